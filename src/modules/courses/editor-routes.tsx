import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireUser } from '../../core/auth/guards.js';
import { authorize } from '../../core/auth/policy.js';
import { AppError } from '../../core/errors.js';
import { handleForm } from '../../core/http/forms.js';
import { LOCALE_CODES } from '../../core/i18n/locales.js';
import { parseInput } from '../../core/validation.js';
import { parseLessonEdit } from './editor-schemas.js';
import { coursesPolicy } from './policy.js';
import { LessonParamsSchema, RevokeSchema } from './schemas.js';
import { revokeCourseCertificate } from './use-cases/revoke-course-certificate.js';
import { saveLesson } from './use-cases/save-lesson.js';
import { currentVersion } from './versions.js';
import { EDITOR_PATH, EditorPage, lessonEditValues, LessonEditorPage } from './views/editor-pages.js';
import { lessonPath } from './views/overview-page.js';

const LanguageQuerySchema = z.object({ sprache: z.enum(LOCALE_CODES).default('de') }).strict();

/** The office's editing: lessons per language, new versions, revoking certificates; and the lessons' videos. */
export async function registerEditorRoutes(app: FastifyInstance): Promise<void> {
  const { services } = app;
  const lang = (request: FastifyRequest) => request.i18n.locale.code;

  const versionsList = () =>
    services.db
      .selectFrom('course_versions')
      .select(['version', 'change_note as changeNote', 'created_at as createdAt'])
      .orderBy('version', 'desc')
      .execute();

  app.get(EDITOR_PATH, { config: { isPrivate: true } }, async (request, reply) => {
    authorize(requireUser(request.actor), coursesPolicy, 'edit', undefined);
    const version = await currentVersion(services.db);
    return reply.renderPage(<EditorPage version={version} versions={await versionsList()} />, {
      title: request.i18n.t('courses.admin.title'),
    });
  });

  app.post(`${EDITOR_PATH}/widerrufen`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, coursesPolicy, 'revoke', undefined);
    const version = await currentVersion(services.db);
    const versions = await versionsList();
    return handleForm(request, reply, {
      schema: RevokeSchema,
      render: (values, errors) => <EditorPage version={version} versions={versions} values={values} errors={errors} />,
      title: request.i18n.t('courses.admin.title'),
      onValid: async (input) => {
        await revokeCourseCertificate({ services, actor, code: input.code });
        return reply.setFlash('success', 'courses.admin.revoked').redirect(`/${lang(request)}${EDITOR_PATH}`, 303);
      },
    });
  });

  const lessonOf = async (key: string) => {
    const lesson = (await currentVersion(services.db)).content.lessons.find((candidate) => candidate.key === key);
    if (!lesson) throw new AppError('not_found');
    return lesson;
  };

  app.get(`${EDITOR_PATH}/lektionen/:key`, { config: { isPrivate: true } }, async (request, reply) => {
    authorize(requireUser(request.actor), coursesPolicy, 'edit', undefined);
    const { key } = parseInput(LessonParamsSchema, request.params);
    const { sprache } = parseInput(LanguageQuerySchema, request.query);
    const lesson = await lessonOf(key);
    return reply.renderPage(
      <LessonEditorPage lesson={lesson} code={sprache} values={lessonEditValues(lesson, sprache)} />,
      {
        title: request.i18n.t('courses.admin.edit_title'),
      },
    );
  });

  app.post(`${EDITOR_PATH}/lektionen/:key`, { config: { isPrivate: true } }, async (request, reply) => {
    const actor = requireUser(request.actor);
    authorize(actor, coursesPolicy, 'edit', undefined);
    const { key } = parseInput(LessonParamsSchema, request.params);
    const { sprache } = parseInput(LanguageQuerySchema, request.query);
    const lesson = await lessonOf(key);
    return handleForm(request, reply, {
      schema: (body) => parseLessonEdit(lesson, sprache, body),
      render: (values, errors) => <LessonEditorPage lesson={lesson} code={sprache} values={values} errors={errors} />,
      title: request.i18n.t('courses.admin.edit_title'),
      onValid: async (edit) => {
        const saved = await saveLesson({ services, actor, lessonKey: key, edit });
        reply.setFlash('success', saved.isNewVersion ? 'courses.admin.saved_new_version' : 'courses.admin.saved');
        return reply.redirect(`/${lang(request)}${EDITOR_PATH}`, 303);
      },
    });
  });

  /** A lesson's video and its captions, for everybody who may read the lesson. */
  const videoFile = (kind: 'video' | 'captions') => async (request: FastifyRequest) => {
    const { key } = parseInput(LessonParamsSchema, request.params);
    const video = (await lessonOf(key)).video;
    if (!video) throw new AppError('not_found');
    const file = await services.storage.get(kind === 'video' ? video.videoKey : video.captionsKey);
    if (!file) throw new AppError('not_found');
    return { file, type: kind === 'video' ? video.videoType : 'text/vtt; charset=utf-8' };
  };
  app.get(`${lessonPath(':key')}/video`, async (request, reply) => {
    const { file, type } = await videoFile('video')(request);
    return reply.header('content-type', type).send(Buffer.from(file.bytes));
  });
  app.get(`${lessonPath(':key')}/untertitel.vtt`, async (request, reply) => {
    const { file, type } = await videoFile('captions')(request);
    return reply.header('content-type', type).send(Buffer.from(file.bytes));
  });
}
