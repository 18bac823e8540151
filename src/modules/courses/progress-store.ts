import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/database.js';
import type { LessonState } from './scoring.js';
import type { CourseVersion } from './versions.js';

// Reading and starting a person's progress row; shared by the use-cases that show and change progress.

/**
 * The progress row a person works on: the unfinished one, or the one on the current version; a person who
 * finished an older version starts the current one afresh.
 */
export async function findWorkingProgress(db: Kysely<Database>, userId: string, current: CourseVersion) {
  const rows = await db
    .selectFrom('course_progress')
    .select(['id', 'version_id', 'started_at', 'completed_at'])
    .where('user_id', '=', userId)
    .orderBy('started_at', 'desc')
    .execute();
  return rows.find((row) => row.completed_at === null || row.version_id === current.id) ?? null;
}

/** Lessons read and quizzes answered on one progress row. */
export async function lessonStates(db: Kysely<Database>, progressId: string) {
  const rows = await db
    .selectFrom('course_lesson_progress')
    .select(['lesson_key', 'read_at', 'answers'])
    .where('progress_id', '=', progressId)
    .execute();
  return new Map<string, LessonState>(
    rows.map((row) => [row.lesson_key, { readAt: row.read_at, answers: row.answers }]),
  );
}

/** The progress row to write to: the working one, or a new one on the current version. */
export async function ensureWorkingProgress(db: Kysely<Database>, userId: string, current: CourseVersion) {
  const existing = await findWorkingProgress(db, userId, current);
  if (existing) return existing;
  await db
    .insertInto('course_progress')
    .values({ user_id: userId, version_id: current.id })
    .onConflict((oc) => oc.columns(['user_id', 'version_id']).doNothing())
    .execute();
  const created = await findWorkingProgress(db, userId, current);
  if (!created) throw new Error('No course progress after starting one');
  return created;
}
