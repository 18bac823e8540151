import type { FastifyInstance } from 'fastify';
import { requireUser } from '../../../core/auth/guards.js';
import { postedFormValues } from '../../../core/http/forms.js';
import { requireLocalePrefix } from '../../../core/http/locale-scope.js';
import { parseInput, safeParseInput } from '../../../core/validation.js';
import { loadPositionFor, PositionParamsSchema } from '../positions/index.js';
import { CandidateSearchSchema, isEmptySearch } from './schemas.js';
import { findCandidates } from './use-cases/find-candidates.js';
import { findPositionsForMe } from './use-cases/find-positions-for-me.js';
import { CandidatesPage } from './views/candidates-page.js';
import { MyMatchesPage } from './views/my-matches-page.js';

export async function rankingRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;

  app.get('/stellen/:id/kandidaten', { config: { isPrivate: true } }, async (request, reply) => {
    const { id } = parseInput(PositionParamsSchema, request.params);
    const actor = requireUser(request.actor);
    const values = postedFormValues(request.query);
    const parsed = safeParseInput(CandidateSearchSchema, request.query);
    if (!parsed.ok) {
      const position = await loadPositionFor(services.db, actor, 'view_candidates', id);
      return reply.renderPage(
        <CandidatesPage position={position} values={values} errors={parsed.fields} results={[]} />,
        {
          title: request.i18n.t('matching_core.candidates.title', { title: position.title }),
          status: 400,
        },
      );
    }
    const search = isEmptySearch(parsed.data) ? null : parsed.data;
    const { position, results } = await findCandidates({ services, actor, positionId: id, search });
    return reply.renderPage(<CandidatesPage position={position} values={values} results={results} />, {
      title: request.i18n.t('matching_core.candidates.title', { title: position.title }),
    });
  });

  app.get('/profil/passende-stellen', { config: { isPrivate: true } }, async (request, reply) => {
    const results = await findPositionsForMe({ services, actor: requireUser(request.actor) });
    return reply.renderPage(<MyMatchesPage results={results} />, {
      title: request.i18n.t('matching_core.my_matches.title'),
    });
  });
}
