import type { PersonalDataSource } from '../../core/privacy/registry.js';
import { days } from '../../core/time/durations.js';
import { deleteEndedSessions } from '../../core/auth/sessions.js';

/** What the accounts module stores about a person, how it is exported, erased and expired. */
export const accountPersonalData: PersonalDataSource = {
  id: 'account',
  purposeKey: 'accounts.privacy.purpose',
  retentionKey: 'accounts.privacy.retention',
  async export(db, userId) {
    const user = await db
      .selectFrom('users')
      .select(['email', 'display_name', 'locale', 'email_verified_at', 'last_login_at', 'created_at', 'updated_at'])
      .where('id', '=', userId)
      .executeTakeFirst();
    const membership = await db
      .selectFrom('memberships as m')
      .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
      .select(['o.name as organisation', 'o.type as organisation_type', 'm.role', 'm.created_at as member_since'])
      .where('m.user_id', '=', userId)
      .executeTakeFirst();
    const sessions = await db
      .selectFrom('sessions')
      .select(['created_at', 'last_seen_at', 'expires_at'])
      .where('user_id', '=', userId)
      .execute();
    const activity = await db
      .selectFrom('audit_log')
      .select(['at', 'action', 'subject_type', 'ip'])
      .where('actor_user_id', '=', userId)
      .orderBy('at', 'desc')
      .limit(1000)
      .execute();
    return { user, membership: membership ?? null, sessions, activity };
  },
  async erase(db, userId) {
    await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await db.deleteFrom('auth_tokens').where('user_id', '=', userId).execute();
    await db.deleteFrom('memberships').where('user_id', '=', userId).execute();
    // The audit trail keeps what happened, but no longer where from.
    await db.updateTable('audit_log').set({ ip: null }).where('actor_user_id', '=', userId).execute();
  },
  async purgeExpired(db, now, settings) {
    // Past the absolute end or idle for longer than the configured timeout.
    const sessions = await deleteEndedSessions(db, now, settings?.sessionIdleMs);
    const tokens = await db
      .deleteFrom('auth_tokens')
      .where('expires_at', '<', new Date(now.getTime() - days(1)))
      .executeTakeFirst();
    // Registrations never confirmed are removed after 30 days.
    const unconfirmed = await db
      .deleteFrom('users')
      .where('email_verified_at', 'is', null)
      .where('created_at', '<', new Date(now.getTime() - days(30)))
      .executeTakeFirst();
    // Login IP addresses are kept 90 days, audit entries 3 years.
    await db
      .updateTable('audit_log')
      .set({ ip: null })
      .where('at', '<', new Date(now.getTime() - days(90)))
      .where('ip', 'is not', null)
      .execute();
    const audit = await db
      .deleteFrom('audit_log')
      .where('at', '<', new Date(now.getTime() - days(3 * 365)))
      .executeTakeFirst();
    return sessions + Number(tokens.numDeletedRows) + Number(unconfirmed.numDeletedRows) + Number(audit.numDeletedRows);
  },
};
