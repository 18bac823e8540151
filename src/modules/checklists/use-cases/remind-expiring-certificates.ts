import type { AppServices } from '../../../core/http/types.js';
import { getTranslator } from '../../../core/i18n/translator.js';
import { isLocale } from '../../../core/i18n/locales.js';
import { enqueueMail } from '../../../core/mail/mailer.js';

/** The reminder goes out this many months before a certificate expires. */
export const REMIND_MONTHS_BEFORE = 3;

function monthsLater(at: Date, months: number): Date {
  const later = new Date(at);
  later.setUTCMonth(later.getUTCMonth() + months);
  return later;
}

/**
 * Reminds the admins of organisations whose certificate expires within three months, once per certificate,
 * each in their own language. Row by row: a failure for one certificate never stops the rest.
 */
export async function remindExpiringCertificates(options: {
  services: Pick<AppServices, 'db' | 'queue' | 'config' | 'logger'>;
  now?: Date;
}): Promise<number> {
  const { services } = options;
  const now = options.now ?? new Date();
  const due = await services.db
    .selectFrom('checklist_certificates')
    .select(['id', 'organisation_id', 'organisation_name', 'code', 'valid_until'])
    .where('revoked_at', 'is', null)
    .where('reminded_at', 'is', null)
    .where('valid_until', '>', now)
    .where('valid_until', '<=', monthsLater(now, REMIND_MONTHS_BEFORE))
    .execute();
  let sent = 0;
  for (const certificate of due) {
    try {
      await services.db.transaction().execute(async (trx) => {
        const admins = await trx
          .selectFrom('memberships as m')
          .innerJoin('users as u', 'u.id', 'm.user_id')
          .select(['u.email', 'u.locale'])
          .where('m.organisation_id', '=', certificate.organisation_id)
          .where('m.role', '=', 'admin')
          .execute();
        for (const admin of admins) {
          const i18n = getTranslator(isLocale(admin.locale) ? admin.locale : 'de');
          await enqueueMail(services.queue, trx, {
            to: admin.email,
            subject: i18n.t('checklists_certificate.reminder.subject', { name: certificate.organisation_name }),
            text: i18n.t('checklists_certificate.reminder.body', {
              name: certificate.organisation_name,
              until: i18n.formatDate(certificate.valid_until, { dateStyle: 'long' }),
              code: certificate.code,
              link: `${services.config.baseUrl}/${i18n.locale.code}/qualitaet`,
            }),
          });
        }
        await trx
          .updateTable('checklist_certificates')
          .set({ reminded_at: now })
          .where('id', '=', certificate.id)
          .execute();
      });
      sent += 1;
    } catch (error) {
      services.logger.error({ err: error, certificate: certificate.id }, 'certificate reminder failed');
    }
  }
  return sent;
}
