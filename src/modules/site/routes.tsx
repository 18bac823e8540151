import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { UserActor } from '../../core/auth/actor.js';
import { requireUser } from '../../core/auth/guards.js';
import { databaseAnswers, HEALTH_CHECK_TIMEOUT_MS, RETRY_AFTER_SECONDS } from '../../core/db/faults.js';
import { handleForm } from '../../core/http/forms.js';
import { NoQuery } from '../../core/http/openapi.js';
import { requireLocalePrefix } from '../../core/http/locale-scope.js';
import { href } from '../../core/http/page-context.js';
import { getTranslator } from '../../core/i18n/translator.js';
import { personalDataSources } from '../../core/privacy/registry.js';
import { feedbackRefusal } from './feedback-refusal.js';
import { AccessibilityFeedbackSchema } from './schemas.js';
import { submitAccessibilityFeedback } from './use-cases/submit-accessibility-feedback.js';
import { AccessibilityPage } from './views/accessibility-page.js';
import { EasyLanguagePage } from './views/easy-language-page.js';
import { FeedbackListPage } from './views/feedback-list-page.js';
import type { FeedbackFormState } from './views/feedback-form.js';
import { listAccessibilityFeedback } from './use-cases/list-accessibility-feedback.js';
import { loadHomePage } from './use-cases/load-home-page.js';
import { loadStartPage } from './use-cases/load-start-page.js';
import { HomePage } from './views/home-page.js';
import { StartPage } from './views/start-page.js';
import { TrainingHubPage } from './views/training-hub-page.js';
import { ImprintPage } from './views/imprint-page.js';
import { PrivacyPage } from './views/privacy-page.js';

/** An anonymous form that mails the office: limited per address so it cannot be used to flood the inbox. */
export const FEEDBACK_RATE_LIMIT = { max: 20, timeWindow: '1 hour' };

export async function homeRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services, startPages } = app;

  // Mein Bereich: what waits for the reader and everything that is theirs, from every module's sections.
  const renderStart = async (request: FastifyRequest, reply: FastifyReply, actor: UserActor) => {
    const view = await loadStartPage({ services, sections: startPages.sections, actor, i18n: request.i18n });
    return reply.renderPage(<StartPage view={view} />, { title: request.i18n.t('start.title') });
  };

  // The public front door; a signed-in person sees their own start here instead.
  app.get('/', async (request, reply) => {
    const { actor } = request;
    if (actor.kind === 'user') return renderStart(request, reply, actor);
    const { t } = request.i18n;
    const view = await loadHomePage({ services, startPages, i18n: request.i18n });
    return reply.renderPage(<HomePage view={view} />, { title: t('home.title'), description: t('home.lead') });
  });

  // Where signing in leads; an anonymous visitor is sent to sign in (requireUser → the login form).
  app.get('/mein-bereich', { config: { isPrivate: true } }, async (request, reply) =>
    renderStart(request, reply, requireUser(request.actor)),
  );

  // "Ausbilden": the cards the modules for employers who train place in the navigation area 'training'.
  app.get('/ausbilden', async (request, reply) => {
    const { t } = request.i18n;
    return reply.renderPage(<TrainingHubPage />, {
      title: t('training_hub.title'),
      description: t('training_hub.lead'),
    });
  });

  // The office's list of accessibility feedback (each one also reached it by mail).
  app.get('/verwaltung/rueckmeldungen', { config: { isPrivate: true } }, async (request, reply) => {
    const feedback = await listAccessibilityFeedback({ services, actor: requireUser(request.actor) });
    return reply.renderPage(<FeedbackListPage feedback={feedback} />, {
      title: request.i18n.t('start.feedback.title'),
    });
  });
}

/** The pages a German public website must have (BITV 2.0, DDG, DSGVO) and the accessibility feedback form. */
export async function legalRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;

  const renderAccessibility = (request: FastifyRequest, reply: FastifyReply, form: FeedbackFormState, status = 200) => {
    const { t } = request.i18n;
    return reply.renderPage(<AccessibilityPage form={form} />, {
      title: t('legal.accessibility.title'),
      description: t('legal.accessibility.description'),
      status,
    });
  };

  app.setErrorHandler(async (error, request, reply) => {
    const refusal = feedbackRefusal(error, request);
    if (!refusal) throw error;
    return renderAccessibility(request, reply, refusal, refusal.status);
  });

  app.get('/impressum', async (request, reply) => {
    const { t } = request.i18n;
    return reply.renderPage(<ImprintPage />, {
      title: t('legal.imprint.title'),
      description: t('legal.imprint.description'),
    });
  });

  app.get('/datenschutz', async (request, reply) => {
    const { t } = request.i18n;
    const sources = personalDataSources().map(({ id, purposeKey, retentionKey }) => ({ id, purposeKey, retentionKey }));
    return reply.renderPage(<PrivacyPage sources={sources} />, {
      title: t('legal.privacy.title'),
      description: t('legal.privacy.description'),
    });
  });

  app.get('/barrierefreiheit', async (request, reply) => renderAccessibility(request, reply, { values: {} }));

  app.post('/barrierefreiheit', { config: { rateLimit: FEEDBACK_RATE_LIMIT } }, async (request, reply) =>
    handleForm(request, reply, {
      schema: AccessibilityFeedbackSchema,
      title: request.i18n.t('legal.accessibility.title'),
      render: (values, errors) => <AccessibilityPage form={{ values, errors }} />,
      onValid: async (input) => {
        const { actor, i18n } = request;
        const userId = actor.kind === 'user' ? actor.userId : null;
        await submitAccessibilityFeedback({
          db: services.db,
          queue: services.queue,
          input,
          locale: i18n.locale.code,
          userId,
        });
        reply.setFlash('success', 'legal.feedback.thanks');
        // "#main" replaces the form's "#feedback", so the browser shows the thanks at the top of the page.
        return reply.redirect(`${href(i18n.locale.code, '/barrierefreiheit')}#main`, 303);
      },
    }),
  );

  // Leichte Sprache exists in German only; every language prefix shows it, marked lang="de".
  app.get('/leichte-sprache', async (_request, reply) => {
    const { t } = getTranslator('de');
    return reply.renderPage(<EasyLanguagePage />, { title: t('easy.title'), description: t('easy.description') });
  });
}

const HealthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  reason: z.enum(['disk_space_low']).optional().describe('Why the platform cannot serve requests'),
});
const HEALTH_SCHEMA = {
  operationId: 'getHealth',
  summary: 'Whether the platform is up: the database answers and disk space suffices',
  description:
    'For load balancers and monitoring: 200 when the platform can serve requests, else 503 with Retry-After.',
  tags: ['operations'],
  querystring: NoQuery,
  response: {
    200: { description: 'The platform is up', content: { 'application/json': { schema: HealthSchema } } },
    503: {
      description: 'The platform cannot serve requests now',
      content: { 'application/json': { schema: HealthSchema } },
    },
  },
};

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/health', { schema: HEALTH_SCHEMA }, async (_request, reply) => {
    const unavailable = (body: Record<string, string>) =>
      reply
        .status(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send({ status: 'unavailable', ...body });
    if (app.services.diskSpace?.isLow()) return unavailable({ reason: 'disk_space_low' });
    if (await databaseAnswers(app.services.db, HEALTH_CHECK_TIMEOUT_MS)) return reply.send({ status: 'ok' });
    return unavailable({});
  });
}
