import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import type { AppServices } from '../../../core/http/types.js';
import { isLocale, type LocaleCode } from '../../../core/i18n/locales.js';
import { getTranslator } from '../../../core/i18n/translator.js';
import { mailDisplayName } from '../../../core/mail/display-name.js';
import { enqueueMail } from '../../../core/mail/mailer.js';
import type { TalentInvitationStatus } from '../tables.js';

/** An invitation to apply can be answered for this many days. */
export const TALENT_INVITATION_VALID_DAYS = 30;
/** After it expired (or was answered), an invitation is kept this long for both sides' overview, then deleted. */
export const TALENT_INVITATION_RETENTION_DAYS = 90;

const DAY_MS = 24 * 3_600_000;

export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + TALENT_INVITATION_VALID_DAYS * DAY_MS);
}

/**
 * Where an invitation stands, as both sides read it: still open, applied (an application by the
 * invited profile to the position, sent after the invitation), declined, or expired unanswered.
 */
export type InvitationState = 'open' | 'applied' | 'declined' | 'expired';

export function invitationState(
  row: { status: TalentInvitationStatus; expiresAt: Date; appliedAt: Date | null },
  now: Date,
): InvitationState {
  if (row.appliedAt) return 'applied';
  if (row.status === 'declined') return 'declined';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'open';
}

/** The first application of the invited profile to the position after the invitation, if any. */
export function appliedAtSql() {
  return sql<Date | null>`(select min(a.created_at) from applications a
    where a.position_id = i.position_id and a.profile_id = i.profile_id and a.created_at >= i.created_at)`;
}

/**
 * Tells the invited applicant by mail, in their own language, in the caller's transaction. The
 * mail names the position and the company, and links to the page where the applicant answers.
 */
export async function mailInvitation(
  trx: Kysely<Database>,
  mailing: Pick<AppServices, 'queue' | 'config'>,
  options: { profileId: string; positionTitle: string; organisationName: string; expiresAt: Date },
): Promise<void> {
  const to = await trx
    .selectFrom('applicant_profiles as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.email', 'u.display_name', 'u.locale'])
    .where('p.id', '=', options.profileId)
    .executeTakeFirst();
  if (!to) return;
  const locale: LocaleCode = isLocale(to.locale) ? to.locale : 'de';
  const i18n = getTranslator(locale);
  const values = {
    name: mailDisplayName(to.display_name),
    position: options.positionTitle,
    organisation: options.organisationName,
    until: i18n.formatDate(options.expiresAt),
    link: `${mailing.config.baseUrl}/${locale}/profil/passende-stellen#einladungen`,
    site: i18n.t('layout.site_name'),
  };
  await enqueueMail(mailing.queue, trx, {
    to: to.email,
    subject: i18n.t('matching_talents.mail.invited.subject', values),
    text: `${i18n.t('matching_talents.mail.invited.body', values)}\n\n${i18n.t('accounts.mail.signature', values)}`,
  });
}
