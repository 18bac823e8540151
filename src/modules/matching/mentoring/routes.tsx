import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireUser } from '../../../core/auth/guards.js';
import { authorize } from '../../../core/auth/policy.js';
import type { MentorshipAudience } from '../tables.js';
import type { FieldErrors } from '../../../core/errors.js';
import { handleForm, readButtonForm, type FormValues } from '../../../core/http/forms.js';
import { requireLocalePrefix } from '../../../core/http/locale-scope.js';
import { parseInput } from '../../../core/validation.js';
import { coordinationRoutes } from './coordination-routes.js';
import { dropoutHelpRoutes } from './dropout-help-routes.js';
import { mentorshipRoutes } from './mentorship-routes.js';
import { can, mentoringPolicy } from './policy.js';
import {
  CompanyOfferSchema,
  CompanyRequestSchema,
  EmptyFormSchema,
  IdParamsSchema,
  type OfferInput,
  type RequestInput,
  PersonOfferSchema,
  PersonRequestSchema,
  SecondChanceQuerySchema,
} from './schemas.js';
import { closeOffer } from './use-cases/close-offer.js';
import { createOffer } from './use-cases/create-offer.js';
import { createRequest } from './use-cases/create-request.js';
import { listMyMentoring } from './use-cases/list-my-mentoring.js';
import { listSecondChance } from './use-cases/list-second-chance.js';
import { withdrawRequest } from './use-cases/withdraw-request.js';
import { OfferFormPage, RequestFormPage } from './views/form-pages.js';
import { OverviewPage } from './views/overview-page.js';
import { SecondChancePage } from './views/second-chance-page.js';

/** Mentorships, the coordinator's desk, confidential help against drop-outs and the second chance. */
export async function mentoringRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;
  const t = (request: FastifyRequest, key: string) => request.i18n.t(key);

  app.get('/mentoring', async (request, reply) => {
    const { actor } = request;
    const mine = actor.kind === 'user' ? await listMyMentoring({ services, actor }) : null;
    const links = {
      canOffer: can(actor, 'offer_mentorship'),
      canRequest: can(actor, 'request_mentorship'),
      canCompanyMentoring: can(actor, 'offer_company_mentoring'),
      canAskHelp: can(actor, 'ask_dropout_help'),
      canCoordinate: can(actor, 'coordinate'),
    };
    return reply.renderPage(<OverviewPage mine={mine} links={links} />, {
      title: t(request, 'matching_mentoring.overview.title'),
      description: t(request, 'matching_mentoring.overview.lead'),
    });
  });

  // Offers and requests, for people ('person') and between companies ('company').
  const forms: { path: string; audience: MentorshipAudience; kind: 'offer' | 'request' }[] = [
    { path: '/mentoring/angebot', audience: 'person', kind: 'offer' },
    { path: '/mentoring/anfrage', audience: 'person', kind: 'request' },
    { path: '/mentoring/unternehmen/angebot', audience: 'company', kind: 'offer' },
    { path: '/mentoring/unternehmen/anfrage', audience: 'company', kind: 'request' },
  ];
  for (const form of forms) {
    const action =
      form.kind === 'offer'
        ? form.audience === 'person'
          ? 'offer_mentorship'
          : 'offer_company_mentoring'
        : form.audience === 'person'
          ? 'request_mentorship'
          : 'request_company_mentoring';
    const refusedKey = `matching_mentoring.errors.${action}`;
    const title = (request: FastifyRequest) =>
      t(request, `matching_mentoring.${form.kind}_form.${form.audience}.title`);
    const page = (values: FormValues, errors?: FieldErrors) =>
      form.kind === 'offer' ? (
        <OfferFormPage audience={form.audience} values={values} errors={errors} />
      ) : (
        <RequestFormPage audience={form.audience} values={values} errors={errors} />
      );
    app.get(form.path, async (request, reply) => {
      authorize(requireUser(request.actor), mentoringPolicy, action, undefined, { messageKey: refusedKey });
      return reply.renderPage(page({}), { title: title(request) });
    });
    app.post(form.path, async (request, reply) => {
      const actor = requireUser(request.actor);
      authorize(actor, mentoringPolicy, action, undefined, { messageKey: refusedKey });
      const done = () =>
        reply
          .setFlash('success', `matching_mentoring.flash.${form.kind}_saved`)
          .redirect(`/${lang(request)}/mentoring`, 303);
      const shown = { render: page, title: title(request) };
      const offer = async (input: OfferInput) => {
        await createOffer({ services, actor, audience: form.audience, input });
        return done();
      };
      const ask = async (input: RequestInput) => {
        await createRequest({ services, actor, audience: form.audience, input });
        return done();
      };
      if (form.kind === 'offer') {
        const schema = form.audience === 'person' ? PersonOfferSchema : CompanyOfferSchema;
        return handleForm<OfferInput>(request, reply, { schema, ...shown, onValid: offer });
      }
      const schema = form.audience === 'person' ? PersonRequestSchema : CompanyRequestSchema;
      return handleForm<RequestInput>(request, reply, { schema, ...shown, onValid: ask });
    });
  }

  app.post('/mentoring/angebote/:id/schliessen', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    await closeOffer({ services, actor, offerId: id });
    return reply
      .setFlash('success', 'matching_mentoring.flash.offer_closed')
      .redirect(`/${lang(request)}/mentoring`, 303);
  });

  app.post('/mentoring/anfragen/:id/zurueckziehen', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    await withdrawRequest({ services, actor, requestId: id });
    return reply
      .setFlash('success', 'matching_mentoring.flash.request_withdrawn')
      .redirect(`/${lang(request)}/mentoring`, 303);
  });

  mentorshipRoutes(app);
  coordinationRoutes(app);
  dropoutHelpRoutes(app);

  // Second chance after an apprenticeship that ended early: open to everyone, nothing is stored.
  app.get('/mentoring/zweite-chance', async (request, reply) => {
    const { city } = parseInput(SecondChanceQuerySchema, request.query);
    const data = await listSecondChance({ services, city, locale: lang(request) });
    return reply.renderPage(<SecondChancePage data={data} city={city} />, {
      title: t(request, 'matching_mentoring.second_chance.title'),
      description: t(request, 'matching_mentoring.second_chance.lead'),
    });
  });
}
