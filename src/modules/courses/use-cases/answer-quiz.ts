import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { coursesPolicy } from '../policy.js';
import { ensureWorkingProgress } from '../progress-store.js';
import { scoreQuiz } from '../scoring.js';
import type { QuizAnswers } from '../tables.js';
import { currentVersion, versionById } from '../versions.js';

/**
 * Stores a lesson's quiz answers (a second attempt replaces the first) with their score; answering also
 * counts the lesson as read. The answers were checked against the lesson's questions by the route's parser.
 */
export async function answerQuiz(options: {
  services: AppServices;
  actor: UserActor;
  lessonKey: string;
  answers: QuizAnswers;
  now?: Date;
}): Promise<{ correct: number; total: number }> {
  const { services, actor } = options;
  authorize(actor, coursesPolicy, 'take', undefined);
  const now = options.now ?? new Date();
  return services.db.transaction().execute(async (db) => {
    const current = await currentVersion(db);
    const progress = await ensureWorkingProgress(db, actor.userId, current);
    const version = progress.version_id === current.id ? current : await versionById(db, progress.version_id);
    const lesson = version.content.lessons.find((candidate) => candidate.key === options.lessonKey);
    if (!lesson) throw new AppError('not_found');
    const score = scoreQuiz(lesson.questions, options.answers);
    const stored = {
      answers: JSON.stringify(options.answers),
      correct: score.correct,
      total: score.total,
      answered_at: now,
    };
    await db
      .insertInto('course_lesson_progress')
      .values({ progress_id: progress.id, lesson_key: lesson.key, read_at: now, ...stored })
      .onConflict((oc) =>
        oc.columns(['progress_id', 'lesson_key']).doUpdateSet((eb) => ({
          ...stored,
          read_at: eb.fn.coalesce('course_lesson_progress.read_at', eb.val(now)),
        })),
      )
      .execute();
    await db.updateTable('course_progress').set({ updated_at: now }).where('id', '=', progress.id).execute();
    return score;
  });
}
