import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { coursesPolicy } from '../policy.js';
import { ensureWorkingProgress } from '../progress-store.js';
import { currentVersion, versionById } from '../versions.js';

/** Notes that the person has read a lesson (starting their progress on the first one). */
export async function markLessonRead(options: {
  services: AppServices;
  actor: UserActor;
  lessonKey: string;
  now?: Date;
}) {
  const { services, actor } = options;
  authorize(actor, coursesPolicy, 'take', undefined);
  const now = options.now ?? new Date();
  await services.db.transaction().execute(async (db) => {
    const current = await currentVersion(db);
    const progress = await ensureWorkingProgress(db, actor.userId, current);
    const version = progress.version_id === current.id ? current : await versionById(db, progress.version_id);
    if (!version.content.lessons.some((lesson) => lesson.key === options.lessonKey)) throw new AppError('not_found');
    await db
      .insertInto('course_lesson_progress')
      .values({ progress_id: progress.id, lesson_key: options.lessonKey, read_at: now })
      .onConflict((oc) =>
        oc.columns(['progress_id', 'lesson_key']).doUpdateSet((eb) => ({
          read_at: eb.fn.coalesce('course_lesson_progress.read_at', eb.val(now)),
        })),
      )
      .execute();
    await db.updateTable('course_progress').set({ updated_at: now }).where('id', '=', progress.id).execute();
  });
}
