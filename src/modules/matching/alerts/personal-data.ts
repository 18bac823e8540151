import type { PersonalDataSource } from '../../../core/privacy/registry.js';
import { deleteInactiveProfiles } from './use-cases/profile-inactivity.js';

/** Alerts are the subscriber's own: exported with their data, deleted with their account or by them. */
export const alertsSource: PersonalDataSource = {
  id: 'matching_alerts',
  purposeKey: 'matching_alerts.privacy.purpose',
  retentionKey: 'matching_alerts.privacy.retention',
  async export(db, userId) {
    const positionAlerts = await db
      .selectFrom('position_alerts')
      .select(['frequency', 'occupations', 'cities', 'kinds', 'locale', 'created_at', 'last_sent_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute();
    const profileDigest = await db
      .selectFrom('profile_digest_subscriptions')
      .select(['frequency', 'locale', 'created_at', 'last_sent_at'])
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return { position_alerts: positionAlerts, profile_digest: profileDigest ?? null };
  },
  async erase(db, userId) {
    await db.deleteFrom('position_alerts').where('user_id', '=', userId).execute();
    await db.deleteFrom('profile_digest_subscriptions').where('user_id', '=', userId).execute();
  },
};

/**
 * The inactivity rule of applicant profiles: the reminder (when it was sent) is exported with the
 * profile owner's data; the nightly retention job deletes profiles inactive for 12 months.
 */
export const profileInactivitySource: PersonalDataSource = {
  id: 'applicant_profile_inactivity',
  purposeKey: 'matching_alerts.privacy.inactivity_purpose',
  retentionKey: 'matching_alerts.privacy.inactivity_retention',
  async export(db, userId) {
    const row = await db
      .selectFrom('profile_confirmation_requests as r')
      .innerJoin('applicant_profiles as p', 'p.id', 'r.profile_id')
      .select(['r.requested_at'])
      .where('p.user_id', '=', userId)
      .executeTakeFirst();
    return { confirmation_requested_at: row?.requested_at ?? null };
  },
  async erase(db, userId) {
    await db
      .deleteFrom('profile_confirmation_requests')
      .where('profile_id', 'in', (eb) => eb.selectFrom('applicant_profiles').select('id').where('user_id', '=', userId))
      .execute();
  },
  purgeExpired: (db, now) => deleteInactiveProfiles(db, now),
};
