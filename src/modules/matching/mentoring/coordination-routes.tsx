import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authorize } from '../../../core/auth/policy.js';
import { requireUser } from '../../../core/auth/guards.js';
import { handleForm, singleValue } from '../../../core/http/forms.js';
import { mentoringPolicy } from './policy.js';
import { MatchSchema } from './schemas.js';
import { listCoordination } from './use-cases/list-coordination.js';
import { matchMentorship } from './use-cases/match-mentorship.js';
import { CoordinationPage } from './views/coordination-page.js';

/** The coordinator's desk: open requests and offers, matching them into mentorships. */
export function coordinationRoutes(app: FastifyInstance): void {
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;
  const title = (request: FastifyRequest) => request.i18n.t('matching_mentoring.coordination.title');

  app.get('/mentoring/koordination', async (request, reply) => {
    const data = await listCoordination({ services, actor: requireUser(request.actor) });
    return reply.renderPage(<CoordinationPage data={data} />, { title: title(request) });
  });

  app.post('/mentoring/koordination/vermitteln', async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, mentoringPolicy, 'match', undefined);
    return handleForm(request, reply, {
      schema: MatchSchema,
      showAgain: async (values, errors, status) => {
        const data = await listCoordination({ services, actor });
        const state = {
          requestId: singleValue(values.request_id) ?? '',
          offerId: singleValue(values.offer_id) ?? '',
          errors,
        };
        return reply.renderPage(<CoordinationPage data={data} state={state} />, { title: title(request), status });
      },
      onValid: async (input) => {
        const mentorshipId = await matchMentorship({
          services,
          actor,
          requestId: input.request_id,
          offerId: input.offer_id,
          ip: request.ip,
        });
        return reply
          .setFlash('success', 'matching_mentoring.flash.matched')
          .redirect(`/${lang(request)}/mentoring/patenschaften/${mentorshipId}`, 303);
      },
    });
  });
}
