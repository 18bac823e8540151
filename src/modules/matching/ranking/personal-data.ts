import type { PersonalDataSource } from '../../../core/privacy/registry.js';
import { TALENT_INVITATION_RETENTION_DAYS } from './invitations.js';

/**
 * Invitations to apply and shortlists name a profile, so they are the applicant's personal data:
 * exported with the account, erased with it, and invitations deleted some time after they expired
 * or were answered. The export says which company invited or saved the person for which position.
 */
export const talentInvitationsPersonalData: PersonalDataSource = {
  id: 'talent_invitations',
  purposeKey: 'matching_talents.privacy.purpose',
  retentionKey: 'matching_talents.privacy.retention',
  async export(db, userId) {
    const invitations = await db
      .selectFrom('talent_invitations as i')
      .innerJoin('applicant_profiles as p', 'p.id', 'i.profile_id')
      .innerJoin('positions as pos', 'pos.id', 'i.position_id')
      .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
      .select([
        'pos.title as position',
        'o.name as organisation',
        'i.status',
        'i.created_at',
        'i.expires_at',
        'i.answered_at',
      ])
      .where('p.user_id', '=', userId)
      .orderBy('i.created_at')
      .execute();
    const saved = await db
      .selectFrom('saved_talents as s')
      .innerJoin('applicant_profiles as p', 'p.id', 's.profile_id')
      .innerJoin('positions as pos', 'pos.id', 's.position_id')
      .innerJoin('organisations as o', 'o.id', 'pos.organisation_id')
      .select(['pos.title as position', 'o.name as organisation', 's.created_at'])
      .where('p.user_id', '=', userId)
      .orderBy('s.created_at')
      .execute();
    return { invitations, saved_by_companies: saved };
  },
  async erase(db, userId) {
    const profiles = db.selectFrom('applicant_profiles').select('id').where('user_id', '=', userId);
    await db.deleteFrom('talent_invitations').where('profile_id', 'in', profiles).execute();
    await db.deleteFrom('saved_talents').where('profile_id', 'in', profiles).execute();
  },
  async purgeExpired(db, now) {
    const cutoff = new Date(now.getTime() - TALENT_INVITATION_RETENTION_DAYS * 24 * 3_600_000);
    const result = await db
      .deleteFrom('talent_invitations')
      .where((eb) => eb.or([eb('expires_at', '<', cutoff), eb('answered_at', '<', cutoff)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
