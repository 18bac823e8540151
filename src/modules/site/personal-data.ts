import type { PersonalDataSource } from '../../core/privacy/registry.js';
import { FEEDBACK_RETENTION_YEARS } from './office.js';

/**
 * Accessibility feedback as a personal-data source: what a signed-in user sent is part of their
 * export and goes with their account; every feedback is deleted after the retention period.
 * Anonymous feedback has no account to export it from and only ends by retention.
 */
export const accessibilityFeedbackSource: PersonalDataSource = {
  id: 'accessibility_feedback',
  purposeKey: 'legal.sources.accessibility_feedback.purpose',
  retentionKey: 'legal.sources.accessibility_feedback.retention',
  async export(db, userId) {
    return db
      .selectFrom('accessibility_feedback')
      .select(['created_at', 'page_url', 'message', 'contact_email', 'locale'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute();
  },
  async erase(db, userId) {
    await db.deleteFrom('accessibility_feedback').where('user_id', '=', userId).execute();
  },
  async purgeExpired(db, now) {
    const cutoff = new Date(now);
    cutoff.setUTCFullYear(cutoff.getUTCFullYear() - FEEDBACK_RETENTION_YEARS);
    const result = await db.deleteFrom('accessibility_feedback').where('created_at', '<', cutoff).executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
