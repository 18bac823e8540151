import { randomUUID } from 'node:crypto';
import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { CourseContentSchema, type CourseContent, type LessonContent, type LocalisedText } from '../content/index.js';
import { editorField, type LessonEdit } from '../editor-schemas.js';
import { coursesPolicy } from '../policy.js';
import { currentVersion } from '../versions.js';

function withText(text: LocalisedText, edit: LessonEdit, name: string): LocalisedText {
  if (!edit.texts.has(name)) return text;
  const value = edit.texts.get(name) ?? null;
  if (edit.lang === 'de') return { ...text, de: value ?? text.de };
  const next = { ...text };
  if (value) next[edit.lang] = value;
  else delete next[edit.lang];
  return next;
}

/** The lesson with one language's texts (and, in German, its structure and video) replaced. */
function editedLesson(lesson: LessonContent, edit: LessonEdit, video: LessonContent['video']): LessonContent {
  return {
    ...lesson,
    minutes: edit.minutes ?? lesson.minutes,
    title: withText(lesson.title, edit, editorField.title),
    body: withText(lesson.body, edit, editorField.body),
    image: lesson.image ? { ...lesson.image, alt: withText(lesson.image.alt, edit, editorField.alt) } : null,
    video,
    questions: lesson.questions.map((question) => ({
      ...question,
      text: withText(question.text, edit, editorField.question(question.key)),
      options: question.options.map((option) => ({
        ...option,
        text: withText(option.text, edit, editorField.option(question.key, option.key)),
        explanation: withText(option.explanation, edit, editorField.explanation(question.key, option.key)),
        correct: edit.correct.get(editorField.correct(question.key, option.key)) ?? option.correct,
      })),
    })),
  };
}

/**
 * The office saves a lesson in one language. A correction changes the current version in place; a material
 * change (new content, other right answers) publishes a new version, which new participants take and
 * whose certificates name it, while those who started keep theirs. A video is stored only with its captions.
 */
export async function saveLesson(options: {
  services: AppServices;
  actor: UserActor;
  lessonKey: string;
  edit: LessonEdit;
}): Promise<{ version: number; isNewVersion: boolean }> {
  const { services, actor, edit } = options;
  authorize(actor, coursesPolicy, 'edit', undefined);
  const current = await currentVersion(services.db);
  const lesson = current.content.lessons.find((candidate) => candidate.key === options.lessonKey);
  if (!lesson) throw new AppError('not_found');
  let video = edit.removeVideo ? null : lesson.video;
  if (edit.video) {
    const prefix = `courses/videos/${randomUUID()}`;
    await services.storage.put(`${prefix}/video`, edit.video.bytes, edit.video.contentType);
    await services.storage.put(`${prefix}/captions.vtt`, new TextEncoder().encode(edit.video.captions), 'text/vtt');
    video = { videoKey: `${prefix}/video`, videoType: edit.video.contentType, captionsKey: `${prefix}/captions.vtt` };
  }
  const content: CourseContent = CourseContentSchema.parse({
    ...current.content,
    lessons: current.content.lessons.map((candidate) =>
      candidate.key === lesson.key ? editedLesson(candidate, edit, video) : candidate,
    ),
  });
  const isNewVersion = edit.material;
  const version = await services.db.transaction().execute(async (db) => {
    if (isNewVersion) {
      const created = await db
        .insertInto('course_versions')
        .values({
          version: current.version + 1,
          content: JSON.stringify(content),
          change_note: edit.changeNote,
          created_by: actor.userId,
        })
        .returning('version')
        .executeTakeFirstOrThrow();
      return created.version;
    }
    await db
      .updateTable('course_versions')
      .set({ content: JSON.stringify(content), updated_at: new Date() })
      .where('id', '=', current.id)
      .execute();
    return current.version;
  });
  await recordAudit(services.db, {
    actorUserId: actor.userId,
    action: isNewVersion ? 'courses.version_published' : 'courses.lesson_corrected',
    subjectType: 'course_version',
    subjectId: current.id,
    details: { lesson: lesson.key, lang: edit.lang, version },
  });
  return { version, isNewVersion };
}
