import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import type { MentorshipAudience } from '../tables.js';
import { DEFAULT_LOCALE, isLocale } from '../../../core/i18n/locales.js';
import { getTranslator } from '../../../core/i18n/translator.js';
import type { AppServices } from '../../../core/http/types.js';
import { mailDisplayName } from '../../../core/mail/display-name.js';
import { enqueueMail } from '../../../core/mail/mailer.js';
import type { MentoringSubject } from './policy.js';

/** One mentorship with the two people on its sides: what every policy check on it needs. */
export interface MentorshipRecord {
  id: string;
  audience: MentorshipAudience;
  status: 'active' | 'ended';
  focus: string;
  startedAt: Date;
  endedAt: Date | null;
  offerId: string;
  requestId: string;
  mentorUserId: string;
  menteeUserId: string;
  mentorName: string;
  menteeName: string;
  mentorOrganisation: string | null;
  menteeOrganisation: string | null;
}

export async function findMentorship(db: Kysely<Database>, id: string): Promise<MentorshipRecord | null> {
  const row = await db
    .selectFrom('mentorships as m')
    .innerJoin('mentorship_offers as o', 'o.id', 'm.offer_id')
    .innerJoin('mentorship_requests as r', 'r.id', 'm.request_id')
    .innerJoin('users as mentor', 'mentor.id', 'o.mentor_user_id')
    .innerJoin('users as mentee', 'mentee.id', 'r.requester_user_id')
    .leftJoin('organisations as mo', 'mo.id', 'o.organisation_id')
    .leftJoin('organisations as ro', 'ro.id', 'r.organisation_id')
    .select([
      'm.id',
      'm.status',
      'm.started_at',
      'm.ended_at',
      'm.offer_id',
      'm.request_id',
      'o.audience',
      'r.focus',
      'o.mentor_user_id',
      'r.requester_user_id',
      'mentor.display_name as mentor_name',
      'mentee.display_name as mentee_name',
      'mo.name as mentor_org',
      'ro.name as mentee_org',
    ])
    .where('m.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    audience: row.audience,
    status: row.status,
    focus: row.focus,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    offerId: row.offer_id,
    requestId: row.request_id,
    mentorUserId: row.mentor_user_id,
    menteeUserId: row.requester_user_id,
    mentorName: row.mentor_name,
    menteeName: row.mentee_name,
    mentorOrganisation: row.mentor_org,
    menteeOrganisation: row.mentee_org,
  };
}

export function subjectOf(mentorship: MentorshipRecord): MentoringSubject {
  return { mentorUserId: mentorship.mentorUserId, menteeUserId: mentorship.menteeUserId };
}

/** The members of the verified cooperation office: coordinators and mediators. */
export async function listCoordinators(
  db: Kysely<Database>,
): Promise<{ id: string; displayName: string; email: string; locale: string }[]> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('memberships as m', 'm.user_id', 'u.id')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['u.id', 'u.display_name', 'u.email', 'u.locale'])
    .where('o.type', '=', 'cooperation_office')
    .where('o.verified_at', 'is not', null)
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
  return rows.map((row) => ({ id: row.id, displayName: row.display_name, email: row.email, locale: row.locale }));
}

export interface MailRecipient {
  email: string;
  locale: string;
  displayName: string;
}

/**
 * Queues one mail in the recipient's language, inside the caller's transaction. Every message of
 * this module is "<mail>.subject" and "<mail>.body" with the recipient's name, the site name and
 * a link; what the mail says beyond that is passed in `values`.
 */
export async function mailTo(
  services: AppServices,
  db: Kysely<Database>,
  recipient: MailRecipient,
  mail: string,
  options: { path: string; values?: Record<string, string | number> },
): Promise<void> {
  const locale = isLocale(recipient.locale) ? recipient.locale : DEFAULT_LOCALE;
  const i18n = getTranslator(locale);
  const values = {
    ...options.values,
    name: mailDisplayName(recipient.displayName),
    site: i18n.t('layout.site_name'),
    link: `${services.config.baseUrl}/${locale}${options.path}`,
  };
  await enqueueMail(services.queue, db, {
    to: recipient.email,
    subject: i18n.t(`matching_mentoring.mails.${mail}.subject`, values),
    text: i18n.t(`matching_mentoring.mails.${mail}.body`, values),
  });
}

export async function recipientOf(db: Kysely<Database>, userId: string): Promise<MailRecipient> {
  const user = await db
    .selectFrom('users')
    .select(['email', 'locale', 'display_name'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return { email: user.email, locale: user.locale, displayName: user.display_name };
}
