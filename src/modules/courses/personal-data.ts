import type { PersonalDataSource } from '../../core/privacy/registry.js';

/** An unfinished course untouched this long is deleted: progress is kept to resume, not to keep. */
export const UNFINISHED_PROGRESS_MONTHS = 24;

/**
 * What the course stores about a person: their progress (lessons read, quiz answers and scores) and their
 * completion certificates (name and organisation as on the day). Export gives all of it; erasure deletes it,
 * so a deleted person's certificate no longer verifies. Unfinished progress untouched for two years is purged;
 * finished progress and certificates stay while the account exists (the person may reset progress any time).
 */
export const coursesPersonalData: PersonalDataSource = {
  id: 'courses',
  purposeKey: 'courses.privacy.purpose',
  retentionKey: 'courses.privacy.retention',
  export: async (db, userId) => ({
    progress: await db
      .selectFrom('course_progress as p')
      .innerJoin('course_versions as v', 'v.id', 'p.version_id')
      .select(['p.id', 'v.version', 'p.started_at', 'p.updated_at', 'p.completed_at'])
      .where('p.user_id', '=', userId)
      .execute(),
    lessons: await db
      .selectFrom('course_lesson_progress as l')
      .innerJoin('course_progress as p', 'p.id', 'l.progress_id')
      .select(['l.progress_id', 'l.lesson_key', 'l.read_at', 'l.answers', 'l.correct', 'l.total', 'l.answered_at'])
      .where('p.user_id', '=', userId)
      .execute(),
    certificates: await db
      .selectFrom('course_certificates')
      .select(['person_name', 'organisation_name', 'version', 'score', 'code', 'issued_at', 'revoked_at'])
      .where('user_id', '=', userId)
      .execute(),
  }),
  erase: async (db, userId) => {
    await db.deleteFrom('course_certificates').where('user_id', '=', userId).execute();
    await db.deleteFrom('course_progress').where('user_id', '=', userId).execute();
    await db.updateTable('course_certificates').set({ revoked_by: null }).where('revoked_by', '=', userId).execute();
    await db.updateTable('course_versions').set({ created_by: null }).where('created_by', '=', userId).execute();
  },
  purgeExpired: async (db, now) => {
    const limit = new Date(now);
    limit.setUTCMonth(limit.getUTCMonth() - UNFINISHED_PROGRESS_MONTHS);
    const result = await db
      .deleteFrom('course_progress')
      .where('completed_at', 'is', null)
      .where('updated_at', '<', limit)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
