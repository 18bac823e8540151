import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../../core/auth/guards.js';
import { authorize } from '../../core/auth/policy.js';
import { handleForm, readButtonForm } from '../../core/http/forms.js';
import { requireLocalePrefix } from '../../core/http/locale-scope.js';
import type { AppServices } from '../../core/http/types.js';
import type { Translator } from '../../core/i18n/translator.js';
import { parseInput } from '../../core/validation.js';
import { courseFigureHint } from '../courses/index.js';
import { checklistsPolicy } from './policy.js';
import {
  answerField,
  EmptyFormSchema,
  EvidenceParamsSchema,
  IdParamsSchema,
  parseAnswers,
  StartAssessmentSchema,
  StepQuerySchema,
} from './schemas.js';
import { completeAssessment } from './use-cases/complete-assessment.js';
import { deleteAssessment } from './use-cases/delete-assessment.js';
import { getAssessment, type AssessmentView } from './use-cases/get-assessment.js';
import { getEvidence } from './use-cases/get-evidence.js';
import { listOwnAssessments } from './use-cases/list-own-assessments.js';
import { saveAnswers } from './use-cases/save-answers.js';
import { startAssessment } from './use-cases/start-assessment.js';
import { AnswerStepPage, answerValues, OwnAssessmentsPage, SummaryPage } from './views/assessment-pages.js';
import { QualityPage } from './views/quality-page.js';
import { registerResultRoutes } from './result-routes.js';
import { registerReviewRoutes } from './review-routes.js';

const ASSESSMENTS = '/qualitaet/selbstcheck';

/** The questions the scoring needs that have no answer, with the step that asks them. */
function missingQuestions(view: AssessmentView, fields: Record<string, unknown>, lang: string) {
  return view.questionnaire.definition.dimensions.flatMap((dimension, index) =>
    dimension.questions
      .filter((question) => answerField(question.id) in fields)
      .map((question) => ({ step: index + 1, text: question.text[lang as 'de'] })),
  );
}

/**
 * What the platform knows that helps answering a step: beside the question on intercultural-competence training
 * (c_trained), how many of the organisation's members completed the course "Umgang mit Vielfalt" here.
 */
async function platformHints(
  services: AppServices,
  i18n: Translator,
  view: AssessmentView,
  step: number,
): Promise<Record<string, string>> {
  const questions = view.questionnaire.definition.dimensions[step - 1]?.questions ?? [];
  if (!questions.some((question) => question.id === 'c_trained')) return {};
  return { c_trained: await courseFigureHint(services, i18n, view.assessment.organisation_id) };
}

/** Quality standards: the public page, self-assessment in steps; results, reviews and certificates in their own files. */
export async function checklistRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;
  const go = (request: FastifyRequest, reply: FastifyReply, path: string, flash?: string) => {
    if (flash) reply.setFlash('success', flash);
    return reply.redirect(`/${lang(request)}${path}`, 303);
  };

  app.get('/qualitaet', async (request, reply) =>
    reply.renderPage(<QualityPage />, {
      title: request.i18n.t('checklists.landing.title'),
      description: request.i18n.t('checklists.landing.intro'),
    }),
  );

  app.get(ASSESSMENTS, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, checklistsPolicy, 'assess', undefined, {
      help: {
        reasonKey: 'checklists.refusal.no_organisation',
        link: { path: '/organisation/neu', labelKey: 'checklists.landing.register_organisation' },
      },
    });
    const assessments = await listOwnAssessments({ services, actor });
    return reply.renderPage(<OwnAssessmentsPage assessments={assessments} />, {
      title: request.i18n.t('checklists.own.title'),
    });
  });

  app.post(`${ASSESSMENTS}/neu`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, checklistsPolicy, 'assess', undefined);
    return handleForm(request, reply, {
      schema: StartAssessmentSchema,
      showAgain: async (values, errors, status) => {
        const assessments = await listOwnAssessments({ services, actor });
        return reply.renderPage(<OwnAssessmentsPage assessments={assessments} values={values} errors={errors} />, {
          title: request.i18n.t('checklists.own.title'),
          status,
        });
      },
      onValid: async (input) => {
        const { id, isNew } = await startAssessment({ services, actor, input });
        return go(
          request,
          reply,
          `${ASSESSMENTS}/${id}?schritt=1`,
          isNew ? 'checklists.start.started' : 'checklists.start.continued',
        );
      },
    });
  });

  app.get(`${ASSESSMENTS}/:id`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    const { schritt } = parseInput(StepQuerySchema, request.query);
    const view = await getAssessment({ services, actor, assessmentId: id });
    if (view.assessment.status === 'completed') return go(request, reply, `${ASSESSMENTS}/${id}/ergebnis`);
    // Without a step: where the person left off (the first step with an open question).
    const step = schritt ?? Math.max(1, view.dimensionProgress.findIndex((entry) => entry.answered < entry.total) + 1);
    const questions = view.questionnaire.definition.dimensions[step - 1]?.questions ?? [];
    const hints = await platformHints(services, request.i18n, view, step);
    return reply.renderPage(
      <AnswerStepPage view={view} step={step} values={answerValues(questions, view.answers)} platformHints={hints} />,
      { title: request.i18n.t('checklists.own.title') },
    );
  });

  app.post(`${ASSESSMENTS}/:id`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    const step = parseInput(StepQuerySchema, request.query).schritt ?? 1;
    const view = await getAssessment({ services, actor, assessmentId: id });
    const questions = view.questionnaire.definition.dimensions[step - 1]?.questions ?? [];
    return handleForm(request, reply, {
      schema: (body) => parseAnswers(questions, body),
      showAgain: async (values, errors, status) =>
        reply.renderPage(
          <AnswerStepPage
            view={view}
            step={step}
            values={values}
            errors={errors}
            platformHints={await platformHints(services, request.i18n, view, step)}
          />,
          {
            title: request.i18n.t('checklists.own.title'),
            status,
          },
        ),
      onValid: async (answers) => {
        await saveAnswers({ services, actor, assessmentId: id, answers });
        if (answers.then === 'pause') return go(request, reply, ASSESSMENTS, 'checklists.answer.paused');
        const steps = view.questionnaire.definition.dimensions.length;
        return step < steps
          ? go(request, reply, `${ASSESSMENTS}/${id}?schritt=${step + 1}`, 'checklists.answer.saved')
          : go(request, reply, `${ASSESSMENTS}/${id}/uebersicht`, 'checklists.answer.saved');
      },
    });
  });

  app.get(`${ASSESSMENTS}/:id/nachweise/:question`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id, question } = parseInput(EvidenceParamsSchema, request.params);
    const file = await getEvidence({ services, actor, assessmentId: id, questionId: question });
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${question}.${file.contentType.split('/')[1] ?? 'bin'}"`)
      .header('x-content-type-options', 'nosniff')
      .send(Buffer.from(file.bytes));
  });

  app.get(`${ASSESSMENTS}/:id/uebersicht`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    const view = await getAssessment({ services, actor, assessmentId: id });
    if (view.assessment.status === 'completed') return go(request, reply, `${ASSESSMENTS}/${id}/ergebnis`);
    return reply.renderPage(<SummaryPage view={view} />, { title: request.i18n.t('checklists.summary.title') });
  });

  app.post(`${ASSESSMENTS}/:id/abschliessen`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    return handleForm(request, reply, {
      schema: EmptyFormSchema,
      showAgain: async (_values, errors, status) => {
        const view = await getAssessment({ services, actor, assessmentId: id });
        return reply.renderPage(<SummaryPage view={view} missing={missingQuestions(view, errors, lang(request))} />, {
          title: request.i18n.t('checklists.summary.title'),
          status,
        });
      },
      onValid: async () => {
        await completeAssessment({ services, actor, assessmentId: id });
        return go(request, reply, `${ASSESSMENTS}/${id}/ergebnis`, 'checklists.summary.completed');
      },
    });
  });

  app.post(`${ASSESSMENTS}/:id/loeschen`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    await deleteAssessment({ services, actor, assessmentId: id });
    return go(request, reply, ASSESSMENTS, 'checklists.summary.deleted');
  });

  await registerResultRoutes(app);
  await registerReviewRoutes(app);
}
