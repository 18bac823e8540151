import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireUser } from '../../../core/auth/guards.js';
import { postedFormValues, readButtonForm } from '../../../core/http/forms.js';
import { requireLocalePrefix } from '../../../core/http/locale-scope.js';
import { parseInput, safeParseInput } from '../../../core/validation.js';
import { loadPositionFor, PositionParamsSchema } from '../positions/index.js';
import { CandidateSearchSchema, isEmptySearch } from './schemas.js';
import {
  CandidatePageSchema,
  EmptyTalentFormSchema,
  InvitationParamsSchema,
  CANDIDATES_PER_PAGE,
  InviteTalentFormSchema,
  MAX_CANDIDATES,
  SaveTalentFormSchema,
} from './talent-schemas.js';
import { declineTalentInvitation } from './use-cases/decline-talent-invitation.js';
import { findCandidates } from './use-cases/find-candidates.js';
import { findPositionsForMe } from './use-cases/find-positions-for-me.js';
import { inviteTalent } from './use-cases/invite-talent.js';
import { listMyInvitations } from './use-cases/list-my-invitations.js';
import { listPositionTalents } from './use-cases/list-position-talents.js';
import { saveTalent } from './use-cases/save-talent.js';
import { CandidatesPage } from './views/candidates-page.js';
import { MyMatchesPage } from './views/my-matches-page.js';
import { TalentsPage } from './views/talents-page.js';

/** The query of a request without the parameters named: the search a page or button carries along. */
function queryWithout(request: FastifyRequest, ...names: string[]): string {
  const params = new URLSearchParams(request.url.split('?')[1] ?? '');
  for (const name of names) params.delete(name);
  return params.toString();
}

/** The page number of the candidate list (1 without `?page`); a bad one is a 400, as any bad search field. */
function pageOf(request: FastifyRequest): { page: number; query: Record<string, unknown> } {
  const { page, ...query } = request.query as Record<string, unknown>;
  return { page: page === undefined ? 1 : parseInput(CandidatePageSchema, page), query };
}

export async function rankingRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;

  app.get('/stellen/:id/kandidaten', { config: { isPrivate: true } }, async (request, reply) => {
    const { id } = parseInput(PositionParamsSchema, request.params);
    const actor = requireUser(request.actor);
    // Authorised first: whoever may not see the candidates learns nothing from a bad page number either.
    const position = await loadPositionFor(services.db, actor, 'view_candidates', id);
    const { page, query } = pageOf(request);
    const values = postedFormValues(query);
    const parsed = safeParseInput(CandidateSearchSchema, query);
    const search = parsed.ok && !isEmptySearch(parsed.data) ? parsed.data : null;
    // The lists of invited and saved talents and the ranking need only the position: asked at once.
    const [talents, ranked] = await Promise.all([
      listPositionTalents({ services, actor, position }),
      parsed.ok
        ? findCandidates({
            services,
            actor,
            position,
            search,
            limit: MAX_CANDIDATES,
            page: { number: page, size: CANDIDATES_PER_PAGE },
          })
        : null,
    ]);
    const common = {
      position,
      values,
      query: queryWithout(request, 'page'),
      invited: talents.invited,
      savedProfileIds: new Set(talents.saved.map((s) => s.profileId)),
    };
    const title = request.i18n.t('matching_core.candidates.title', { title: position.title });
    if (!parsed.ok || !ranked) {
      return reply.renderPage(
        <CandidatesPage
          {...common}
          errors={parsed.ok ? undefined : parsed.fields}
          results={[]}
          count={0}
          page={page}
          isSearch={true}
        />,
        { title, status: 400 },
      );
    }
    return reply.renderPage(
      <CandidatesPage
        {...common}
        results={ranked.results}
        count={ranked.count}
        page={ranked.page.number}
        isSearch={search !== null}
      />,
      { title },
    );
  });

  /** Where a card's button returns to: the talents overview, or the candidate page with its search, page and card. */
  const returnPath = (request: FastifyRequest, lang: string, id: string, profileId: string) =>
    (request.query as Record<string, unknown>).back === 'talente'
      ? `/${lang}/stellen/${id}/talente`
      : `/${lang}/stellen/${id}/kandidaten${queryWithout(request, 'back') ? `?${queryWithout(request, 'back')}` : ''}#talent-${profileId}`;

  app.post('/stellen/:id/kandidaten/einladen', { config: { isPrivate: true } }, async (request, reply) => {
    const { id, lang } = parseInput(PositionParamsSchema, request.params);
    const actor = requireUser(request.actor);
    const { profile } = readButtonForm(request, InviteTalentFormSchema);
    await inviteTalent({ services, actor, positionId: id, profileId: profile });
    return reply
      .setFlash('success', 'matching_talents.flash.invited')
      .redirect(returnPath(request, lang, id, profile), 303);
  });

  app.post('/stellen/:id/kandidaten/merken', { config: { isPrivate: true } }, async (request, reply) => {
    const { id, lang } = parseInput(PositionParamsSchema, request.params);
    const actor = requireUser(request.actor);
    const { profile, saved } = readButtonForm(request, SaveTalentFormSchema);
    await saveTalent({ services, actor, positionId: id, profileId: profile, saved: saved === '1' });
    return reply
      .setFlash('success', saved === '1' ? 'matching_talents.flash.saved' : 'matching_talents.flash.unsaved')
      .redirect(returnPath(request, lang, id, profile), 303);
  });

  app.get('/stellen/:id/talente', { config: { isPrivate: true } }, async (request, reply) => {
    const { id } = parseInput(PositionParamsSchema, request.params);
    const talents = await listPositionTalents({ services, actor: requireUser(request.actor), positionId: id });
    return reply.renderPage(<TalentsPage talents={talents} />, {
      title: request.i18n.t('matching_talents.overview.title', { title: talents.position.title }),
    });
  });

  app.get('/profil/passende-stellen', { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    // Independent of each other: asked at once.
    const [results, invitations] = await Promise.all([
      findPositionsForMe({ services, actor }),
      listMyInvitations({ services, actor }),
    ]);
    return reply.renderPage(<MyMatchesPage results={results} invitations={invitations} />, {
      title: request.i18n.t('matching_core.my_matches.title'),
    });
  });

  app.post('/profil/einladungen/:id/ablehnen', { config: { isPrivate: true } }, async (request, reply) => {
    const { id, lang } = parseInput(InvitationParamsSchema, request.params);
    readButtonForm(request, EmptyTalentFormSchema);
    await declineTalentInvitation({ services, actor: requireUser(request.actor), id });
    return reply
      .setFlash('success', 'matching_talents.flash.declined')
      .redirect(`/${lang}/profil/passende-stellen#einladungen`, 303);
  });
}
