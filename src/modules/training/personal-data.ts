import type { PersonalDataSource } from '../../core/privacy/registry.js';

/** Done adviser requests are deleted this many months after they were closed. */
export const DONE_REQUEST_RETENTION_MONTHS = 12;

/**
 * What the path to becoming a training company stores about a person: the adviser requests they sent (what the
 * company needs, how to reach it, a telephone number when a call was wished), the requests they took over or
 * closed in the office, and who started a path or ticked a step. The path belongs to the company. On erasure the
 * person's reference leaves the records and a telephone number they left is removed; a done request is deleted
 * twelve months after it was closed.
 */
export const trainingPersonalData: PersonalDataSource = {
  id: 'training',
  purposeKey: 'training.privacy.purpose',
  retentionKey: 'training.privacy.retention',
  export: async (db, userId) => ({
    adviserRequests: await db
      .selectFrom('training_adviser_requests')
      .select(['id', 'needs', 'contact_preference', 'phone', 'consent_at', 'status', 'created_at'])
      .where('requested_by', '=', userId)
      .orderBy('created_at')
      .execute(),
    requestsHandled: await db
      .selectFrom('training_adviser_requests')
      .select(['id', 'status', 'taken_at', 'done_at'])
      .where('taken_by', '=', userId)
      .execute(),
    pathsStarted: await db
      .selectFrom('training_paths')
      .select(['organisation_id', 'occupation_id', 'city', 'started_at'])
      .where('started_by', '=', userId)
      .execute(),
    stepsTicked: await db
      .selectFrom('training_path_ticks')
      .select(['organisation_id', 'step_id', 'ticked_at'])
      .where('ticked_by', '=', userId)
      .execute(),
  }),
  erase: async (db, userId) => {
    await db
      .updateTable('training_adviser_requests')
      .set({ requested_by: null, phone: null })
      .where('requested_by', '=', userId)
      .execute();
    await db.updateTable('training_adviser_requests').set({ taken_by: null }).where('taken_by', '=', userId).execute();
    await db.updateTable('training_paths').set({ started_by: null }).where('started_by', '=', userId).execute();
    await db.updateTable('training_path_ticks').set({ ticked_by: null }).where('ticked_by', '=', userId).execute();
    await db.updateTable('training_steps').set({ reviewed_by: null }).where('reviewed_by', '=', userId).execute();
    await db.updateTable('training_contacts').set({ reviewed_by: null }).where('reviewed_by', '=', userId).execute();
  },
  purgeExpired: async (db, now) => {
    const cutoff = new Date(now);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - DONE_REQUEST_RETENTION_MONTHS);
    const result = await db
      .deleteFrom('training_adviser_requests')
      .where('status', '=', 'done')
      .where('done_at', '<', cutoff)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
