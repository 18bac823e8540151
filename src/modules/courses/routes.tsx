import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireUser } from '../../core/auth/guards.js';
import { allows, authorize } from '../../core/auth/policy.js';
import { AppError } from '../../core/errors.js';
import { handleForm, readButtonForm } from '../../core/http/forms.js';
import { requireLocalePrefix } from '../../core/http/locale-scope.js';
import { parseInput } from '../../core/validation.js';
import { renderCourseCertificatePdf } from './certificate-pdf.js';
import { pick } from './content/index.js';
import { ILLUSTRATIONS, readIllustration, type Illustration } from './illustrations/index.js';
import { coursesPolicy } from './policy.js';
import { EmptyFormSchema, IdParamsSchema, IllustrationParamsSchema, LessonParamsSchema, parseQuiz } from './schemas.js';
import { answerQuiz } from './use-cases/answer-quiz.js';
import { getCompletionFigure } from './use-cases/count-completions.js';
import { getOwnCertificate } from './use-cases/get-own-certificate.js';
import { getOwnProgress, type OwnProgress } from './use-cases/get-own-progress.js';
import { issueCourseCertificate } from './use-cases/issue-certificate.js';
import { markLessonRead } from './use-cases/mark-lesson-read.js';
import { resetProgress } from './use-cases/reset-progress.js';
import { currentVersion, versionById } from './versions.js';
import { registerEditorRoutes } from './editor-routes.js';
import { FinishPage } from './views/finish-page.js';
import { LessonPage, type LessonView } from './views/lesson-page.js';
import { COURSE_PATH, lessonPath, OverviewPage } from './views/overview-page.js';

const RetryQuerySchema = z.object({ wiederholen: z.literal('1').optional() }).strict();

/** The course: the public overview and lessons, quizzes, progress, the end with the certificate. */
export async function courseRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;
  const go = (request: FastifyRequest, reply: FastifyReply, path: string, flash?: string) => {
    if (flash) reply.setFlash('success', flash);
    return reply.redirect(`/${lang(request)}${path}`, 303);
  };
  const ownProgress = (request: FastifyRequest): Promise<OwnProgress | null> =>
    allows(request.actor, coursesPolicy, 'take')
      ? getOwnProgress({ services, actor: requireUser(request.actor) })
      : Promise.resolve(null);

  app.get(COURSE_PATH, async (request, reply) => {
    const version = await currentVersion(services.db);
    const progress = await ownProgress(request);
    const actor = request.actor;
    const figure =
      actor.kind === 'user' &&
      actor.organisation &&
      allows(actor, coursesPolicy, 'see_figures', { organisationId: actor.organisation.id })
        ? await getCompletionFigure({ services, actor, organisationId: actor.organisation.id })
        : null;
    return reply.renderPage(<OverviewPage version={version} progress={progress} figure={figure} />, {
      title: pick(version.content.title, lang(request)).text,
      description: pick(version.content.summary, lang(request)).text,
    });
  });

  /** The lesson as this visitor sees it: in the version they work on, with their answers. */
  async function lessonView(request: FastifyRequest, key: string): Promise<LessonView> {
    const progress = await ownProgress(request);
    const version = progress?.version ?? (await currentVersion(services.db));
    const index = version.content.lessons.findIndex((lesson) => lesson.key === key);
    const lesson = version.content.lessons[index];
    if (!lesson) throw new AppError('not_found');
    return {
      version,
      lesson,
      index,
      answers: progress?.answers.get(key) ?? null,
      isRead: Boolean(progress?.summary.lessons.find((state) => state.key === key)?.isRead),
    };
  }
  const lessonTitle = (view: LessonView, request: FastifyRequest) => pick(view.lesson.title, lang(request)).text;

  app.get(`${COURSE_PATH}/lektionen/:key`, async (request, reply) => {
    const { key } = parseInput(LessonParamsSchema, request.params);
    const { wiederholen } = parseInput(RetryQuerySchema, request.query);
    const view = await lessonView(request, key);
    return reply.renderPage(<LessonPage view={view} retry={wiederholen === '1'} />, {
      title: lessonTitle(view, request),
    });
  });

  app.post(`${COURSE_PATH}/lektionen/:key/gelesen`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { key } = parseInput(LessonParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    await markLessonRead({ services, actor, lessonKey: key });
    return go(request, reply, lessonPath(key), 'courses.lesson.marked_read');
  });

  app.post(`${COURSE_PATH}/lektionen/:key/quiz`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, coursesPolicy, 'take', undefined, {
      help: {
        reasonKey: 'courses.refusal.no_organisation',
        link: { path: '/organisation/neu', labelKey: 'courses.overview.register_organisation' },
      },
    });
    const { key } = parseInput(LessonParamsSchema, request.params);
    const view = await lessonView(request, key);
    return handleForm(request, reply, {
      schema: (body) => parseQuiz(view.lesson.questions, body),
      showAgain: async (values, errors, status) =>
        reply.renderPage(<LessonPage view={view} retry values={values} errors={errors} />, {
          title: lessonTitle(view, request),
          status,
        }),
      onValid: async (answers) => {
        const score = await answerQuiz({ services, actor, lessonKey: key, answers });
        reply.setFlash(
          'success',
          score.correct === score.total ? 'courses.quiz.saved_all_right' : 'courses.quiz.saved',
        );
        return reply.redirect(`/${lang(request)}${lessonPath(key)}#quiz-heading`, 303);
      },
    });
  });

  app.get(`${COURSE_PATH}/abschluss`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, coursesPolicy, 'take', undefined, {
      help: {
        reasonKey: 'courses.refusal.no_organisation',
        link: { path: '/organisation/neu', labelKey: 'courses.overview.register_organisation' },
      },
    });
    const progress = await getOwnProgress({ services, actor });
    return reply.renderPage(<FinishPage progress={progress} />, { title: request.i18n.t('courses.finish.title') });
  });

  app.post(`${COURSE_PATH}/abschluss`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    readButtonForm(request, EmptyFormSchema);
    await issueCourseCertificate({ services, actor });
    return go(request, reply, `${COURSE_PATH}/abschluss`, 'courses.finish.issued');
  });

  app.post(`${COURSE_PATH}/neu-beginnen`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    readButtonForm(request, EmptyFormSchema);
    await resetProgress({ services, actor });
    return go(request, reply, COURSE_PATH, 'courses.overview.reset_done');
  });

  app.get(`${COURSE_PATH}/zertifikate/:id/pdf`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(IdParamsSchema, request.params);
    const certificate = await getOwnCertificate({ services, actor, certificateId: id });
    const version = await versionById(services.db, certificate.version_id);
    const pdf = await renderCourseCertificatePdf(
      {
        personName: certificate.person_name,
        organisationName: certificate.organisation_name,
        courseTitle: version.content.title,
        version: certificate.version,
        code: certificate.code,
        issuedAt: certificate.issued_at,
        verifyUrl: `${services.config.baseUrl}/${lang(request)}/qualitaet/zertifikat-pruefen?code=${certificate.code}`,
      },
      request.i18n,
    );
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="kurs-zertifikat-${certificate.code}.pdf"`)
      .send(pdf);
  });

  app.get(`${COURSE_PATH}/bilder/:file`, async (request, reply) => {
    const { file } = parseInput(IllustrationParamsSchema, request.params);
    if (!(ILLUSTRATIONS as readonly string[]).includes(file)) throw new AppError('not_found');
    return reply
      .header('content-type', 'image/svg+xml')
      .header('cache-control', 'public, max-age=86400')
      .send(readIllustration(file as Illustration));
  });

  await registerEditorRoutes(app);
}
