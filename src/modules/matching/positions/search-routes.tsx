import type { FastifyInstance } from 'fastify';
import { postedFormValues } from '../../../core/http/forms.js';
import { requireLocalePrefix } from '../../../core/http/locale-scope.js';
import { safeParseInput } from '../../../core/validation.js';
import { PositionSearchSchema } from './search-schemas.js';
import { applicantPostcode } from './use-cases/applicant-postcode.js';
import { helpWithoutResults } from './use-cases/help-without-results.js';
import { searchPositions } from './use-cases/search-positions.js';
import { PositionSearchPage } from './views/search-page.js';

/** How many nearest positions the page offers when nothing is found. */
const NEAREST = 5;

/** GET /stellen: the public position search (see use-cases/search-positions.ts). */
export async function positionSearchRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;

  app.get('/stellen', async (request, reply) => {
    const values = postedFormValues(request.query);
    const actor = request.actor;
    const ownPostcode = actor.kind === 'user' ? await applicantPostcode(services.db, actor.userId) : null;
    const title = request.i18n.t('matching_core.search.title');
    const parsed = safeParseInput(PositionSearchSchema, request.query);
    let errors = parsed.ok ? undefined : parsed.fields;
    if (parsed.ok && parsed.data.near === 'me' && !ownPostcode)
      errors = { near: { key: 'matching_search.validation.near_me_needs_profile' } };
    if (!parsed.ok || errors)
      return reply.renderPage(
        <PositionSearchPage
          values={values}
          errors={errors}
          result={null}
          help={null}
          canUseOwnPostcode={ownPostcode !== null}
        />,
        { title, status: 400 },
      );
    const input = parsed.data;
    const criteria = {
      q: input.q ?? '',
      kind: input.kind,
      occupation: input.occupation,
      city: input.city,
      certificate: input.certificate,
      language: input.language,
      start: input.start,
      radiusKm: input.radius ? Number(input.radius) : undefined,
      origin: input.near === 'me' ? (ownPostcode ?? undefined) : input.postcode,
      page: input.page,
    };
    const result = await searchPositions({ db: services.db, criteria });
    const help = result.total === 0 ? await helpWithoutResults({ db: services.db, criteria, limit: NEAREST }) : null;
    return reply.renderPage(
      <PositionSearchPage values={values} result={result} help={help} canUseOwnPostcode={ownPostcode !== null} />,
      { title: input.q ? request.i18n.t('matching_search.title_with_query', { q: input.q.slice(0, 80) }) : title },
    );
  });
}
