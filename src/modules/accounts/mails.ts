import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/database.js';
import type { AppServices } from '../../core/http/types.js';
import { isLocale, DEFAULT_LOCALE } from '../../core/i18n/locales.js';
import { getTranslator } from '../../core/i18n/translator.js';
import { mailDisplayName } from '../../core/mail/display-name.js';
import { enqueueMail } from '../../core/mail/mailer.js';

export type AccountMailKind = 'confirm' | 'already_registered' | 'reset' | 'password_changed' | 'account_deleted';

/**
 * Writes an account mail in the recipient's language and queues it inside the caller's transaction,
 * in the account mails' own queue (served before notifications). The display name is limited to
 * one short line; the confirmation mail, which goes to any address typed in, leaves it out.
 */
export async function sendAccountMail(
  services: AppServices,
  db: Kysely<Database>,
  mail: { kind: AccountMailKind; to: string; locale: string; name: string; path?: string },
): Promise<void> {
  const i18n = getTranslator(isLocale(mail.locale) ? mail.locale : DEFAULT_LOCALE);
  const link = mail.path ? `${services.config.baseUrl}/${i18n.locale.code}${mail.path}` : '';
  const values = { name: mailDisplayName(mail.name), link, site: i18n.t('layout.site_name') };
  await enqueueMail(
    services.queue,
    db,
    {
      to: mail.to,
      subject: i18n.t(`accounts.mail.${mail.kind}.subject`, values),
      text: `${i18n.t(`accounts.mail.${mail.kind}.body`, values)}\n\n${i18n.t('accounts.mail.signature', values)}`,
    },
    { priority: 'account' },
  );
}

/** The confirmation link's path (after the language prefix), leading back to the page that asked, if any. */
export function confirmationPath(token: string, returnPath: string | null): string {
  const path = `/konto/bestaetigen?token=${token}`;
  return returnPath ? `${path}&next=${encodeURIComponent(returnPath)}` : path;
}
