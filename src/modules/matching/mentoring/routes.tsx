import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodType, ZodTypeDef } from 'zod';
import { requireUser } from '../../../core/auth/guards.js';
import type { MentorshipAudience } from '../tables.js';
import { AppError, type FieldErrors } from '../../../core/errors.js';
import { postedFormValues, type FormValues } from '../../../core/http/forms.js';
import { requireLocalePrefix } from '../../../core/http/locale-scope.js';
import { parseInput, safeParseInput, withoutCsrf } from '../../../core/validation.js';
import { can } from './policy.js';
import {
  AssignMediatorSchema,
  CompanyOfferSchema,
  CompanyRequestSchema,
  DropoutHelpSchema,
  EmptyFormSchema,
  EndMentorshipSchema,
  IdParamsSchema,
  MatchSchema,
  type OfferInput,
  type RequestInput,
  PersonOfferSchema,
  PersonRequestSchema,
  ProblemSchema,
  SecondChanceQuerySchema,
  SessionSchema,
} from './schemas.js';
import { askDropoutHelp } from './use-cases/ask-dropout-help.js';
import { assignMediator } from './use-cases/assign-mediator.js';
import { closeDropoutRequest } from './use-cases/close-dropout-request.js';
import { closeOffer } from './use-cases/close-offer.js';
import { createOffer } from './use-cases/create-offer.js';
import { createRequest } from './use-cases/create-request.js';
import { endMentorship } from './use-cases/end-mentorship.js';
import { getDropoutRequest } from './use-cases/get-dropout-request.js';
import { getMentorship } from './use-cases/get-mentorship.js';
import { listCoordination } from './use-cases/list-coordination.js';
import { listMyMentoring } from './use-cases/list-my-mentoring.js';
import { listSecondChance } from './use-cases/list-second-chance.js';
import { logSession } from './use-cases/log-session.js';
import { matchMentorship } from './use-cases/match-mentorship.js';
import { reportProblem } from './use-cases/report-problem.js';
import { resolveProblem } from './use-cases/resolve-problem.js';
import { withdrawRequest } from './use-cases/withdraw-request.js';
import { CoordinationPage } from './views/coordination-page.js';
import { HelpFormPage, OfferFormPage, RequestFormPage } from './views/form-pages.js';
import { HelpRequestPage } from './views/help-request-page.js';
import { MentorshipPage, type MentorshipFormState } from './views/mentorship-page.js';
import { OverviewPage } from './views/overview-page.js';
import { SecondChancePage } from './views/second-chance-page.js';

type Parsed<T> = { ok: true; data: T } | { ok: false; values: FormValues; errors: FieldErrors; status: number };

/**
 * Validates a posted form and runs the use-case; an input problem from either comes back as
 * values and messages per field, so the page can show the form again with a 4xx status.
 */
async function attempt<T, R>(
  request: FastifyRequest,
  schema: ZodType<T, ZodTypeDef, unknown>,
  run: (input: T) => Promise<R>,
): Promise<{ ok: true; result: R } | Extract<Parsed<T>, { ok: false }>> {
  const values = postedFormValues(request.body);
  const parsed = safeParseInput(schema, withoutCsrf(request.body));
  if (!parsed.ok) return { ok: false, values, errors: parsed.fields, status: 400 };
  try {
    return { ok: true, result: await run(parsed.data) };
  } catch (error) {
    if (error instanceof AppError && error.fields)
      return { ok: false, values, errors: error.fields, status: error.status };
    throw error;
  }
}

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
    const title = (request: FastifyRequest) =>
      t(request, `matching_mentoring.${form.kind}_form.${form.audience}.title`);
    const page = (values: FormValues, errors?: FieldErrors) =>
      form.kind === 'offer' ? (
        <OfferFormPage audience={form.audience} values={values} errors={errors} />
      ) : (
        <RequestFormPage audience={form.audience} values={values} errors={errors} />
      );
    app.get(form.path, async (request, reply) => {
      if (!can(requireUser(request.actor), action))
        throw new AppError('forbidden', { messageKey: `matching_mentoring.errors.${action}` });
      return reply.renderPage(page({}), { title: title(request) });
    });
    app.post(form.path, async (request, reply) => {
      const actor = requireUser(request.actor);
      if (!can(actor, action)) throw new AppError('forbidden', { messageKey: `matching_mentoring.errors.${action}` });
      const offer = (input: OfferInput) => createOffer({ services, actor, audience: form.audience, input });
      const ask = (input: RequestInput) => createRequest({ services, actor, audience: form.audience, input });
      const outcome =
        form.kind === 'offer'
          ? form.audience === 'person'
            ? await attempt(request, PersonOfferSchema, offer)
            : await attempt(request, CompanyOfferSchema, offer)
          : form.audience === 'person'
            ? await attempt(request, PersonRequestSchema, ask)
            : await attempt(request, CompanyRequestSchema, ask);
      if (!outcome.ok)
        return reply.renderPage(page(outcome.values, outcome.errors), {
          title: title(request),
          status: outcome.status,
        });
      return reply
        .setFlash('success', `matching_mentoring.flash.${form.kind}_saved`)
        .redirect(`/${lang(request)}/mentoring`, 303);
    });
  }

  app.post('/mentoring/angebote/:id/schliessen', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    parseInput(EmptyFormSchema, withoutCsrf(request.body));
    await closeOffer({ services, actor, offerId: id });
    return reply
      .setFlash('success', 'matching_mentoring.flash.offer_closed')
      .redirect(`/${lang(request)}/mentoring`, 303);
  });

  app.post('/mentoring/anfragen/:id/zurueckziehen', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    parseInput(EmptyFormSchema, withoutCsrf(request.body));
    await withdrawRequest({ services, actor, requestId: id });
    return reply
      .setFlash('success', 'matching_mentoring.flash.request_withdrawn')
      .redirect(`/${lang(request)}/mentoring`, 303);
  });

  // One mentorship and its follow-up.
  async function renderMentorship(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    state?: MentorshipFormState & { status: number },
  ) {
    const data = await getMentorship({ services, actor: requireUser(request.actor), mentorshipId: id });
    return reply.renderPage(<MentorshipPage data={data} state={state} />, {
      title: request.i18n.t('matching_mentoring.mentorship.title', {
        focus: request.i18n.t(`matching_mentoring.focus.${data.mentorship.focus}`),
      }),
      ...(state ? { status: state.status } : {}),
    });
  }

  app.get('/mentoring/patenschaften/:id', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    return renderMentorship(request, reply, id);
  });

  app.post('/mentoring/patenschaften/:id/sitzungen', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    const outcome = await attempt(request, SessionSchema, (input) =>
      logSession({ services, actor, mentorshipId: id, input }),
    );
    if (!outcome.ok)
      return renderMentorship(request, reply, id, {
        form: 'session',
        values: outcome.values,
        errors: outcome.errors,
        status: outcome.status,
      });
    return reply
      .setFlash('success', 'matching_mentoring.flash.session_saved')
      .redirect(`/${lang(request)}/mentoring/patenschaften/${id}`, 303);
  });

  app.post('/mentoring/patenschaften/:id/probleme', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    const outcome = await attempt(request, ProblemSchema, (input) =>
      reportProblem({ services, actor, mentorshipId: id, description: input.description }),
    );
    if (!outcome.ok)
      return renderMentorship(request, reply, id, {
        form: 'problem',
        values: outcome.values,
        errors: outcome.errors,
        status: outcome.status,
      });
    return reply
      .setFlash('success', 'matching_mentoring.flash.problem_reported')
      .redirect(`/${lang(request)}/mentoring/patenschaften/${id}`, 303);
  });

  app.post('/mentoring/patenschaften/:id/beenden', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    const outcome = await attempt(request, EndMentorshipSchema, (input) =>
      endMentorship({ services, actor, mentorshipId: id, endNote: input.end_note, ip: request.ip }),
    );
    if (!outcome.ok)
      return renderMentorship(request, reply, id, {
        form: 'end',
        values: outcome.values,
        errors: outcome.errors,
        status: outcome.status,
      });
    return reply
      .setFlash('success', 'matching_mentoring.flash.mentorship_ended')
      .redirect(`/${lang(request)}/mentoring/koordination`, 303);
  });

  app.post('/mentoring/probleme/:id/erledigt', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    parseInput(EmptyFormSchema, withoutCsrf(request.body));
    const mentorshipId = await resolveProblem({ services, actor, problemId: id });
    return reply
      .setFlash('success', 'matching_mentoring.flash.problem_resolved')
      .redirect(`/${lang(request)}/mentoring/patenschaften/${mentorshipId}`, 303);
  });

  // The coordinator's desk.
  app.get('/mentoring/koordination', async (request, reply) => {
    const data = await listCoordination({ services, actor: requireUser(request.actor) });
    return reply.renderPage(<CoordinationPage data={data} />, {
      title: t(request, 'matching_mentoring.coordination.title'),
    });
  });

  app.post('/mentoring/koordination/vermitteln', async (request, reply) => {
    const actor = requireUser(request.actor);
    if (!can(actor, 'match')) throw new AppError('forbidden');
    const outcome = await attempt(request, MatchSchema, (input) =>
      matchMentorship({ services, actor, requestId: input.request_id, offerId: input.offer_id, ip: request.ip }),
    );
    if (!outcome.ok) {
      const data = await listCoordination({ services, actor });
      const state = {
        requestId: String(outcome.values.request_id ?? ''),
        offerId: String(outcome.values.offer_id ?? ''),
        errors: outcome.errors,
      };
      return reply.renderPage(<CoordinationPage data={data} state={state} />, {
        title: t(request, 'matching_mentoring.coordination.title'),
        status: outcome.status,
      });
    }
    return reply
      .setFlash('success', 'matching_mentoring.flash.matched')
      .redirect(`/${lang(request)}/mentoring/patenschaften/${outcome.result}`, 303);
  });

  // Confidential help against drop-outs.
  app.get('/mentoring/abbruch-verhindern', async (request, reply) => {
    if (!can(requireUser(request.actor), 'ask_dropout_help'))
      throw new AppError('forbidden', { messageKey: 'matching_mentoring.errors.ask_dropout_help' });
    return reply.renderPage(<HelpFormPage values={{}} />, { title: t(request, 'matching_mentoring.help_form.title') });
  });

  app.post('/mentoring/abbruch-verhindern', async (request, reply) => {
    const actor = requireUser(request.actor);
    if (!can(actor, 'ask_dropout_help'))
      throw new AppError('forbidden', { messageKey: 'matching_mentoring.errors.ask_dropout_help' });
    const outcome = await attempt(request, DropoutHelpSchema, (input) => askDropoutHelp({ services, actor, input }));
    if (!outcome.ok)
      return reply.renderPage(<HelpFormPage values={outcome.values} errors={outcome.errors} />, {
        title: t(request, 'matching_mentoring.help_form.title'),
        status: outcome.status,
      });
    return reply
      .setFlash('success', 'matching_mentoring.flash.help_requested')
      .redirect(`/${lang(request)}/mentoring`, 303);
  });

  app.get('/mentoring/koordination/hilfe/:id', async (request, reply) => {
    const { id } = parseInput(IdParamsSchema, request.params);
    const help = await getDropoutRequest({
      services,
      actor: requireUser(request.actor),
      requestId: id,
      ip: request.ip,
    });
    return reply.renderPage(<HelpRequestPage request={help} />, {
      title: t(request, 'matching_mentoring.help_request.title'),
    });
  });

  app.post('/mentoring/koordination/hilfe/:id/vermittlung', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    const outcome = await attempt(request, AssignMediatorSchema, (input) =>
      assignMediator({ services, actor, requestId: id, mediatorUserId: input.mediator_user_id, ip: request.ip }),
    );
    if (!outcome.ok) {
      const help = await getDropoutRequest({ services, actor, requestId: id, ip: request.ip });
      return reply.renderPage(<HelpRequestPage request={help} errors={outcome.errors} />, {
        title: t(request, 'matching_mentoring.help_request.title'),
        status: outcome.status,
      });
    }
    return reply
      .setFlash('success', 'matching_mentoring.flash.mediator_assigned')
      .redirect(`/${lang(request)}/mentoring/koordination/hilfe/${id}`, 303);
  });

  app.post('/mentoring/koordination/hilfe/:id/abschliessen', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    parseInput(EmptyFormSchema, withoutCsrf(request.body));
    await closeDropoutRequest({ services, actor, requestId: id, ip: request.ip });
    return reply
      .setFlash('success', 'matching_mentoring.flash.help_closed')
      .redirect(`/${lang(request)}/mentoring/koordination`, 303);
  });

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
