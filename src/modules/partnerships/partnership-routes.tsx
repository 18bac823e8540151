import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../../core/auth/guards.js';
import type { FieldErrors } from '../../core/errors.js';
import { handleForm, readButtonForm, type FormValues } from '../../core/http/forms.js';
import { parseInput } from '../../core/validation.js';
import { AcceptSchema, ConsentSchema, DeclineSchema, EndSchema, IdParamsSchema, reviewSchema } from './schemas.js';
import { acceptProposal } from './use-cases/accept-proposal.js';
import { declineProposal } from './use-cases/decline-proposal.js';
import { endPartnership } from './use-cases/end-partnership.js';
import { getPartnership } from './use-cases/get-partnership.js';
import { recordReview, reviewActivityIds } from './use-cases/record-review.js';
import { setConsent } from './use-cases/set-consent.js';
import { PartnershipPage, type PartnershipForm } from './views/partnership-page.js';

const BASE = '/bildungspartnerschaften/partnerschaften';

/** One partnership: the answer to a proposal, the agreement, consent to the public list, the review, the end. */
export function partnershipAgreementRoutes(app: FastifyInstance): void {
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    state?: { form: PartnershipForm; values: FormValues; errors: FieldErrors; status: number },
  ) {
    const data = await getPartnership({ services, actor: requireUser(request.actor), partnershipId: id });
    const partner = data.ownSide === 'school' ? data.company.name : data.school.name;
    return reply.renderPage(<PartnershipPage data={data} state={state} />, {
      title: request.i18n.t('partnerships.agreement.title', { partner }),
      ...(state ? { status: state.status } : {}),
    });
  }
  const again =
    (request: FastifyRequest, reply: FastifyReply, id: string, form: PartnershipForm) =>
    (values: FormValues, errors: FieldErrors, status: number) =>
      render(request, reply, id, { form, values, errors, status });
  const back = (request: FastifyRequest, reply: FastifyReply, id: string, flash: string) =>
    reply.setFlash('success', `partnerships.flash.${flash}`).redirect(`/${lang(request)}${BASE}/${id}`, 303);

  app.get(`${BASE}/:id`, async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    return render(request, reply, id);
  });

  app.post(`${BASE}/:id/annehmen`, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    return handleForm(request, reply, {
      schema: AcceptSchema,
      showAgain: again(request, reply, id, 'accept'),
      onValid: async (input) => {
        await acceptProposal({ services, actor, partnershipId: id, input, ip: request.ip });
        return back(request, reply, id, 'accepted');
      },
    });
  });

  app.post(`${BASE}/:id/ablehnen`, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    return handleForm(request, reply, {
      schema: DeclineSchema,
      showAgain: again(request, reply, id, 'decline'),
      onValid: async (input) => {
        await declineProposal({ services, actor, partnershipId: id, reason: input.reason, ip: request.ip });
        return back(request, reply, id, 'declined');
      },
    });
  });

  app.post(`${BASE}/:id/veroeffentlichung`, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    const { consent } = readButtonForm(request, ConsentSchema);
    await setConsent({ services, actor, partnershipId: id, consent: consent === 'yes' });
    return back(request, reply, id, consent === 'yes' ? 'consent_given' : 'consent_withdrawn');
  });

  app.post(`${BASE}/:id/rueckblick`, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    const activityIds = await reviewActivityIds({ services, actor, partnershipId: id });
    return handleForm(request, reply, {
      schema: reviewSchema(activityIds),
      showAgain: again(request, reply, id, 'review'),
      onValid: async (input) => {
        await recordReview({ services, actor, partnershipId: id, input });
        return back(request, reply, id, 'reviewed');
      },
    });
  });

  app.post(`${BASE}/:id/beenden`, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    return handleForm(request, reply, {
      schema: EndSchema,
      showAgain: again(request, reply, id, 'end'),
      onValid: async (input) => {
        await endPartnership({ services, actor, partnershipId: id, reason: input.reason, ip: request.ip });
        return back(request, reply, id, 'ended');
      },
    });
  });
}
