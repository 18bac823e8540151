import type { PersonalDataSource } from '../../../core/privacy/registry.js';
import { presentOwnProfile } from './present.js';

/**
 * The applicant profile and its personal part. Export: both, as the applicant sees them.
 * Erasure: the profile row; the identity goes with it (on delete cascade). Inactivity deletion
 * (12 months) is run by the alerts part's job.
 */
export const applicantProfilesPersonalData: PersonalDataSource = {
  id: 'matching_profiles',
  purposeKey: 'matching_core.privacy.purpose',
  retentionKey: 'matching_core.privacy.retention',
  async export(db, userId) {
    const profile = await db
      .selectFrom('applicant_profiles')
      .selectAll()
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!profile) return null;
    const identity = await db
      .selectFrom('applicant_identities')
      .selectAll()
      .where('profile_id', '=', profile.id)
      .executeTakeFirst();
    if (!identity) return null;
    return presentOwnProfile(profile, identity);
  },
  async erase(db, userId) {
    await db.deleteFrom('applicant_profiles').where('user_id', '=', userId).execute();
  },
};
