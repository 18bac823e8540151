import type { Kysely } from 'kysely';
import type { ApplicationStatus } from '../tables.js';
import type { Database } from '../../../core/db/database.js';
import type { AppServices } from '../../../core/http/types.js';
import { isLocale, type LocaleCode } from '../../../core/i18n/locales.js';
import { getTranslator } from '../../../core/i18n/translator.js';
import { mailDisplayName } from '../../../core/mail/display-name.js';
import { enqueueMail, type EnqueueMailOptions } from '../../../core/mail/mailer.js';
import type { ApplicationRecord } from './records.js';

/**
 * The e-mails of the procedure, each in the recipient's own language, written in the caller's
 * transaction so they exist exactly when the change commits. Mails to a company name the
 * application only by its pseudonym and never carry identity data — not even after the reveal,
 * since a mail cannot be audited; the application page shows it.
 */
export type Mailing = Pick<AppServices, 'queue' | 'config'>;

interface Recipient {
  userId: string;
  email: string;
  name: string;
  locale: LocaleCode;
}

type MailApplication = Pick<ApplicationRecord, 'id' | 'pseudonym' | 'positionTitle' | 'profileId' | 'organisationId'>;

async function applicantOf(db: Kysely<Database>, profileId: string | null): Promise<Recipient | null> {
  if (!profileId) return null;
  const row = await db
    .selectFrom('applicant_profiles as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.id', 'u.email', 'u.display_name', 'u.locale'])
    .where('p.id', '=', profileId)
    .executeTakeFirst();
  return row
    ? { userId: row.id, email: row.email, name: row.display_name, locale: isLocale(row.locale) ? row.locale : 'de' }
    : null;
}

async function companyMembers(db: Kysely<Database>, organisationId: string): Promise<Recipient[]> {
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.display_name', 'u.locale'])
    .where('m.organisation_id', '=', organisationId)
    .orderBy('u.email')
    .execute();
  return rows.map((row) => ({
    userId: row.id,
    email: row.email,
    name: row.display_name,
    locale: isLocale(row.locale) ? row.locale : 'de',
  }));
}

async function send(
  trx: Kysely<Database>,
  mailing: Mailing,
  to: Recipient,
  key: string,
  values: Record<string, string>,
  options: EnqueueMailOptions = {},
): Promise<void> {
  const i18n = getTranslator(to.locale);
  const all = { ...values, name: mailDisplayName(to.name), site: i18n.t('layout.site_name') };
  await enqueueMail(
    mailing.queue,
    trx,
    {
      to: to.email,
      subject: i18n.t(`matching_applications.mail.${key}.subject`, all),
      text: `${i18n.t(`matching_applications.mail.${key}.body`, all)}\n\n${i18n.t('accounts.mail.signature', all)}`,
    },
    options,
  );
}

function linkFor(mailing: Mailing, locale: LocaleCode, side: 'applicant' | 'company', applicationId: string): string {
  return `${mailing.config.baseUrl}/${locale}${side === 'company' ? '/firma' : ''}/bewerbungen/${applicationId}`;
}

function statusValues(
  locale: LocaleCode,
  application: MailApplication,
  status: ApplicationStatus,
  link: string,
  reason: string | null,
): Record<string, string> {
  const { t } = getTranslator(locale);
  const reasonKey = reason ? `matching_applications.mail.reason.${reason}` : null;
  return {
    position: application.positionTitle,
    pseudonym: application.pseudonym,
    status: t(`matching_applications.status.${status}`),
    explanation:
      t(`matching_applications.mail.explain.${status}`) +
      (reasonKey && getTranslator(locale).has(reasonKey) ? `\n\n${t(reasonKey)}` : ''),
    link,
  };
}

/** Tells both sides about a new status — everyone involved except the person who made the change. */
export async function notifyStatusChange(
  trx: Kysely<Database>,
  mailing: Mailing,
  options: {
    application: MailApplication;
    status: ApplicationStatus;
    actorUserId: string | null;
    reason?: string | null;
    notifyCompany?: boolean;
  },
): Promise<void> {
  const { application, status } = options;
  const applicant = await applicantOf(trx, application.profileId);
  if (applicant && applicant.userId !== options.actorUserId) {
    const values = statusValues(
      applicant.locale,
      application,
      status,
      linkFor(mailing, applicant.locale, 'applicant', application.id),
      options.reason ?? null,
    );
    const key =
      options.reason === 'position_closed' ? 'position_closed' : status === 'invited' ? 'invited' : 'applicant_status';
    await send(trx, mailing, applicant, key, values);
  }
  if (options.notifyCompany === false) return;
  for (const member of await companyMembers(trx, application.organisationId)) {
    if (member.userId === options.actorUserId) continue;
    const values = statusValues(
      member.locale,
      application,
      status,
      linkFor(mailing, member.locale, 'company', application.id),
      options.reason ?? null,
    );
    await send(trx, mailing, member, status === 'submitted' ? 'new_application' : 'company_status', values);
  }
}

/**
 * Tells the other side that a message is waiting (without its text: the thread is on the platform),
 * bundled per conversation: at most one mail per recipient and quarter hour, however many messages.
 */
export async function notifyMessage(
  trx: Kysely<Database>,
  mailing: Mailing,
  options: { application: MailApplication; to: 'company' | 'applicant' },
): Promise<void> {
  const { application } = options;
  const recipients =
    options.to === 'applicant'
      ? [await applicantOf(trx, application.profileId)]
      : await companyMembers(trx, application.organisationId);
  for (const recipient of recipients) {
    if (!recipient) continue;
    await send(
      trx,
      mailing,
      recipient,
      `message_to_${options.to}`,
      {
        position: application.positionTitle,
        pseudonym: application.pseudonym,
        link: linkFor(mailing, recipient.locale, options.to, application.id),
      },
      { bundle: `application-messages:${application.id}` },
    );
  }
}
