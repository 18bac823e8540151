import { sql, type Kysely } from 'kysely';
import { generateToken, hashToken } from '../../../../core/auth/tokens.js';
import type { Database } from '../../../../core/db/database.js';
import type { AppServices } from '../../../../core/http/types.js';
import { DEFAULT_LOCALE, isLocale } from '../../../../core/i18n/locales.js';
import { getTranslator } from '../../../../core/i18n/translator.js';
import { enqueueMail } from '../../../../core/mail/mailer.js';
import { rowByRow } from './row-by-row.js';
import { days } from '../../../../core/time/durations.js';

/**
 * A profile untouched (neither confirmed nor edited) for 6 months is asked to confirm; after 12
 * months it is deleted — but never sooner than 30 days after the reminder, so nobody loses a
 * profile without a warning, even after the job had been down.
 */
export const INACTIVITY = { remindAfterMonths: 6, deleteAfterMonths: 12, minNoticeDays: 30 } as const;

const monthsBefore = (now: Date, months: number) => {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
};

/** The moment of the profile's last sign of life. */
const lastActive = sql<Date>`greatest(p.last_confirmed_at, p.updated_at)`;

/** An inactive profile to remind, and whom to mail in which language. */
interface InactiveProfile {
  id: string;
  email: string;
  display_name: string;
  locale: string;
  last_active: Date;
}

/**
 * Mails a confirm link to every profile inactive for 6 months that has not been reminded since.
 * Each profile is reminded in its own transaction; one that fails is rolled back (no reminder, no
 * mail), logged by its id only, and the others are reminded all the same (`rowByRow`); then the run
 * fails naming how many failed, so the job queue retries it, and the retry reminds only those.
 */
export async function remindInactiveProfiles(options: {
  services: AppServices;
  now?: Date;
}): Promise<{ reminded: number }> {
  const { services } = options;
  const now = options.now ?? new Date();
  const threshold = monthsBefore(now, INACTIVITY.remindAfterMonths);
  const profiles = await services.db
    .selectFrom('applicant_profiles as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .leftJoin('profile_confirmation_requests as r', 'r.profile_id', 'p.id')
    .select(['p.id', 'u.email', 'u.display_name', 'u.locale', lastActive.as('last_active')])
    .where(lastActive, '<', threshold)
    .where((eb) => eb.or([eb('r.profile_id', 'is', null), eb('r.requested_at', '<', lastActive)]))
    .orderBy('p.id')
    .execute();
  let reminded = 0;
  const run = rowByRow(services.logger, 'could not be reminded and stays due');
  for (const profile of profiles) {
    if (
      await run.attempt({ table: 'applicant_profiles', column: 'id', value: profile.id }, () =>
        remindOne(services, profile, now),
      )
    )
      reminded += 1;
  }
  run.finish(
    (failed) =>
      `applicant_profiles: ${failed} inactive ${failed === 1 ? 'profile' : 'profiles'} could not be reminded (${reminded} reminded), see the log`,
  );
  return { reminded };
}

/** Stores a fresh confirm token for the profile and queues its reminder, in one transaction; true once queued. */
async function remindOne(services: AppServices, profile: InactiveProfile, now: Date): Promise<true> {
  const token = generateToken();
  await services.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('profile_confirmation_requests')
      .values({ profile_id: profile.id, token_hash: hashToken(token), requested_at: now })
      .onConflict((oc) => oc.column('profile_id').doUpdateSet({ token_hash: hashToken(token), requested_at: now }))
      .execute();
    const locale = isLocale(profile.locale) ? profile.locale : DEFAULT_LOCALE;
    const { t } = getTranslator(locale);
    const deleteOn = new Date(
      Math.max(
        now.getTime() + days(INACTIVITY.minNoticeDays),
        monthsBefore(new Date(profile.last_active), -INACTIVITY.deleteAfterMonths).getTime(),
      ),
    );
    const values = {
      name: profile.display_name,
      site: t('layout.site_name'),
      link: `${services.config.baseUrl}/${locale}/benachrichtigungen/profil-bestaetigen?token=${token}`,
      date: getTranslator(locale).formatDate(deleteOn, { dateStyle: 'long' }),
    };
    await enqueueMail(services.queue, trx, {
      to: profile.email,
      subject: t('matching_alerts.mails.confirm.subject', values),
      text: t('matching_alerts.mails.confirm.body', values),
    });
  });
  return true;
}

/** Marks a profile as confirmed now: by the token from the mail, or by its signed-in owner. */
export async function confirmProfile(options: {
  services: AppServices;
  token?: string;
  userId?: string;
  now?: Date;
}): Promise<boolean> {
  const { db } = options.services;
  const now = options.now ?? new Date();
  let query = db
    .selectFrom('applicant_profiles as p')
    .leftJoin('profile_confirmation_requests as r', 'r.profile_id', 'p.id')
    .select('p.id');
  if (options.token) query = query.where('r.token_hash', '=', hashToken(options.token));
  else if (options.userId) query = query.where('p.user_id', '=', options.userId);
  else return false;
  const profile = await query.executeTakeFirst();
  if (!profile) return false;
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('applicant_profiles').set({ last_confirmed_at: now }).where('id', '=', profile.id).execute();
    await trx.deleteFrom('profile_confirmation_requests').where('profile_id', '=', profile.id).execute();
  });
  return true;
}

/** When the signed-in applicant's profile was last active, and whether a reminder is open. */
export async function getProfileActivity(
  db: Kysely<Database>,
  userId: string,
): Promise<{ lastActive: Date; isReminded: boolean } | null> {
  const row = await db
    .selectFrom('applicant_profiles as p')
    .leftJoin('profile_confirmation_requests as r', 'r.profile_id', 'p.id')
    .select([lastActive.as('last_active'), 'r.profile_id as reminded'])
    .where('p.user_id', '=', userId)
    .executeTakeFirst();
  return row ? { lastActive: new Date(row.last_active), isReminded: row.reminded !== null } : null;
}

/** Deletes profiles inactive for 12 months whose reminder went out at least 30 days ago (with their identity). */
export async function deleteInactiveProfiles(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('applicant_profiles')
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('applicant_profiles as p')
        .innerJoin('profile_confirmation_requests as r', 'r.profile_id', 'p.id')
        .select('p.id')
        .where(lastActive, '<', monthsBefore(now, INACTIVITY.deleteAfterMonths))
        .where('r.requested_at', '<', new Date(now.getTime() - days(INACTIVITY.minNoticeDays)))
        .where('r.requested_at', '>=', lastActive),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
