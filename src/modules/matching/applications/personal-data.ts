import { sql } from 'kysely';
import type { PersonalDataSource } from '../../../core/privacy/registry.js';
import { notifyStatusChange, type Mailing } from './notify.js';
import { findApplication, writeStatus } from './records.js';
import { canApplicantWithdraw } from './statuses.js';

/** Applications are deleted six months after their position closed or was deleted. */
export const APPLICATION_RETENTION_MONTHS = 6;

/**
 * The registry calls erase() with the deletion transaction only, but the company should learn by
 * mail that a running application was withdrawn. The running platform hands its queue here.
 */
let mailing: Mailing | null = null;

export function useApplicationMailing(current: Mailing): void {
  mailing = current;
}

export const applicationsPersonalData: PersonalDataSource = {
  id: 'applications',
  purposeKey: 'matching_applications.privacy.purpose',
  retentionKey: 'matching_applications.privacy.retention',
  async export(db, userId) {
    const applications = await db
      .selectFrom('applications as a')
      .innerJoin('applicant_profiles as p', 'p.id', 'a.profile_id')
      .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
      .select([
        'a.id',
        'a.position_title',
        'o.name as organisation',
        'a.pseudonym',
        'a.status',
        'a.qualifications',
        'a.created_at',
        'a.updated_at',
        'a.invited_at',
        'a.consent_at',
        'a.withdrawn_at',
      ])
      .where('p.user_id', '=', userId)
      .orderBy('a.created_at')
      .execute();
    const result = [];
    for (const application of applications) {
      const messages = await db
        .selectFrom('application_messages')
        .select(['sender', 'body', 'held_back', 'created_at'])
        .where('application_id', '=', application.id)
        // What the company held back never reached the applicant; it is the company's, not theirs.
        .where((eb) => eb.or([eb('sender', '=', 'applicant'), eb('held_back', '=', false)]))
        .orderBy('created_at')
        .execute();
      const history = await db
        .selectFrom('application_status_changes')
        .select(['from_status', 'to_status', 'actor', 'reason', 'at'])
        .where('application_id', '=', application.id)
        .orderBy('id')
        .execute();
      // Who saw the name and contact (Art. 15(1)(c) GDPR: the recipients): the organisation, when and how.
      // The company's staff member stays unnamed, as their own personal data.
      const identityViews = await db
        .selectFrom('audit_log as l')
        .leftJoin('organisations as o', 'o.id', 'l.organisation_id')
        .select(['o.name as organisation', 'l.at', sql<string>`l.details->>'via'`.as('via')])
        .where('l.action', '=', 'application.identity_viewed')
        .where('l.subject_type', '=', 'application')
        .where('l.subject_id', '=', application.id)
        .orderBy('l.id')
        .execute();
      result.push({ ...application, messages, history, identity_views: identityViews });
    }
    return result;
  },
  async erase(db, userId) {
    const own = await db
      .selectFrom('applications as a')
      .innerJoin('applicant_profiles as p', 'p.id', 'a.profile_id')
      .select('a.id')
      .where('p.user_id', '=', userId)
      .orderBy('a.created_at')
      .forUpdate()
      .execute();
    const now = new Date();
    for (const { id } of own) {
      const application = await findApplication(db, id);
      if (!application) continue;
      if (canApplicantWithdraw(application.status)) {
        await writeStatus(db, application, {
          to: 'withdrawn',
          actor: 'applicant',
          actorUserId: null,
          reason: 'account_deleted',
          now,
          set: { withdrawn_at: now },
        });
        if (mailing)
          await notifyStatusChange(db, mailing, {
            application: { ...application, profileId: null },
            status: 'withdrawn',
            actorUserId: userId,
            reason: 'account_deleted',
          });
      }
      await db.deleteFrom('application_messages').where('application_id', '=', id).execute();
      await db
        .updateTable('applications')
        .set({ profile_id: null, qualifications: '{}', closed_reason: 'account_deleted', updated_at: now })
        .where('id', '=', id)
        .execute();
    }
  },
  async purgeExpired(db, now) {
    const cutoff = new Date(now);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - APPLICATION_RETENTION_MONTHS);
    const result = await db.deleteFrom('applications').where('position_closed_at', '<', cutoff).executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
