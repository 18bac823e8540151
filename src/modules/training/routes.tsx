import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../../core/auth/guards.js';
import { authorize } from '../../core/auth/policy.js';
import { handleForm, postedFormValues, readButtonForm } from '../../core/http/forms.js';
import { requireLocalePrefix } from '../../core/http/locale-scope.js';
import { parseInput, safeParseInput } from '../../core/validation.js';
import { trainingPolicy } from './policy.js';
import { AdviserRequestSchema, CheckSchema, IdParamsSchema, StartPathSchema, TickSchema } from './schemas.js';
import { OWN_PATH, TRAINING_PATH } from './start-page.js';
import { checkPreconditions } from './use-cases/check-preconditions.js';
import { getOwnPath, listOwnRequests } from './use-cases/get-own-path.js';
import { listSteps } from './use-cases/list-steps.js';
import { requestAdviser } from './use-cases/request-adviser.js';
import { setStepDone } from './use-cases/set-step-done.js';
import { startPath } from './use-cases/start-path.js';
import { AdviserRequestPage, OwnPathPage } from './views/company-pages.js';
import { CheckResultPage, LandingPage } from './views/public-pages.js';
import { registerOfficeRoutes } from './office-routes.js';

/** The path to becoming a training company: the public page and check, a company's own path and adviser request. */
export async function trainingRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;
  const go = (request: FastifyRequest, reply: FastifyReply, path: string, flash?: string) => {
    if (flash) reply.setFlash('success', flash);
    return reply.redirect(`/${lang(request)}${path}`, 303);
  };
  const requireCompany = (request: FastifyRequest) => {
    const actor = requireUser(request.actor);
    authorize(actor, trainingPolicy, 'walk_path', undefined, {
      help: {
        reasonKey: 'training.refusal.company_only',
        link: { path: '/organisation/neu', labelKey: 'training.landing.register_company' },
      },
    });
    return actor;
  };

  app.get(TRAINING_PATH, async (request, reply) =>
    reply.renderPage(<LandingPage steps={await listSteps({ services, lang: lang(request) })} />, {
      title: request.i18n.t('training.landing.title'),
      description: request.i18n.t('training.landing.intro'),
    }),
  );

  // The check is a GET form: a wrong or missing answer shows the public page again with a message per field.
  app.get(`${TRAINING_PATH}/check`, async (request, reply) => {
    const parsed = safeParseInput(CheckSchema, request.query);
    if (!parsed.ok) {
      const steps = await listSteps({ services, lang: lang(request) });
      return reply.renderPage(
        <LandingPage steps={steps} values={postedFormValues(request.query)} errors={parsed.fields} />,
        {
          title: request.i18n.t('training.landing.title'),
          status: 400,
        },
      );
    }
    const result = await checkPreconditions({
      services,
      occupationId: parsed.data.beruf,
      city: parsed.data.stadt,
      lang: lang(request),
    });
    return reply.renderPage(<CheckResultPage result={result} />, { title: request.i18n.t('training.result.title') });
  });

  app.get(OWN_PATH, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireCompany(request);
    const own = await getOwnPath({ services, actor, lang: lang(request) });
    const requests = await listOwnRequests({ services, actor });
    const values = actor.organisation?.city ? { city: actor.organisation.city } : {};
    return reply.renderPage(<OwnPathPage own={own} requests={requests} values={own ? {} : values} />, {
      title: request.i18n.t('training.own.title'),
    });
  });

  app.post(`${OWN_PATH}/starten`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireCompany(request);
    return handleForm(request, reply, {
      schema: StartPathSchema,
      showAgain: async (values, errors, status) => {
        const own = await getOwnPath({ services, actor, lang: lang(request) });
        const requests = await listOwnRequests({ services, actor });
        return reply.renderPage(<OwnPathPage own={own} requests={requests} values={values} errors={errors} />, {
          title: request.i18n.t('training.own.title'),
          status,
        });
      },
      onValid: async (input) => {
        await startPath({ services, actor, input });
        return go(request, reply, OWN_PATH, 'training.own.started');
      },
    });
  });

  app.post(`${OWN_PATH}/schritte/:id`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireCompany(request);
    const { id } = parseInput(IdParamsSchema, request.params);
    const { done } = readButtonForm(request, TickSchema);
    await setStepDone({ services, actor, stepId: id, done: done === 'yes' });
    reply.setFlash('success', done === 'yes' ? 'training.own.ticked' : 'training.own.reopened');
    return reply.redirect(`/${lang(request)}${OWN_PATH}#checklist-heading`, 303);
  });

  app.get(`${TRAINING_PATH}/beratung`, { config: { isPrivate: true } }, async (request, reply) => {
    requireCompany(request);
    return reply.renderPage(<AdviserRequestPage />, { title: request.i18n.t('training.request.title') });
  });

  app.post(`${TRAINING_PATH}/beratung`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireCompany(request);
    return handleForm(request, reply, {
      schema: AdviserRequestSchema,
      title: request.i18n.t('training.request.title'),
      render: (values, errors) => <AdviserRequestPage values={values} errors={errors} />,
      onValid: async (input) => {
        await requestAdviser({ services, actor, input, ip: request.ip });
        return go(request, reply, OWN_PATH, 'training.request.sent');
      },
    });
  });

  await registerOfficeRoutes(app);
}
