import type { Kysely } from 'kysely';
import type { Database } from '../../../../core/db/database.js';
import { isLocale } from '../../../../core/i18n/locales.js';
import { getTranslator } from '../../../../core/i18n/translator.js';
import type { JobQueue } from '../../../../core/jobs/boss.js';
import { enqueueMail } from '../../../../core/mail/mailer.js';
import { countByStatus, firstWaitlisted, type EventRow } from '../registrations.js';

export interface PromotionMailing {
  queue: JobQueue;
  baseUrl: string;
}

/**
 * Moves people up from the waiting list while places are free, in the order they signed up,
 * and writes each of them a mail in their own language. Runs inside the caller's transaction,
 * with the event row locked, so the mail exists exactly when the place is theirs.
 */
export async function fillFreePlaces(options: {
  trx: Kysely<Database>;
  event: EventRow;
  mailing: PromotionMailing;
  now?: Date;
}): Promise<string[]> {
  const { trx, event, mailing } = options;
  const { registered } = await countByStatus(trx, event.id);
  const free = event.capacity === null ? Number.MAX_SAFE_INTEGER : event.capacity - registered;
  if (free <= 0) return [];
  const promoted = await firstWaitlisted(trx, event.id, Math.min(free, 10_000));
  if (promoted.length === 0) return [];
  await trx
    .updateTable('event_registrations')
    .set({ status: 'registered', updated_at: options.now ?? new Date() })
    .where(
      'id',
      'in',
      promoted.map((p) => p.id),
    )
    .execute();
  for (const person of promoted) {
    const locale = isLocale(person.locale) ? person.locale : 'de';
    const i18n = getTranslator(locale);
    const values = {
      name: person.display_name,
      event: event.title,
      when: event.startsAt ? i18n.formatDate(event.startsAt, { dateStyle: 'full', timeStyle: 'short' }) : '',
      link: `${mailing.baseUrl}/${locale}/veranstaltungen/meine`,
      site: i18n.t('layout.site_name'),
    };
    await enqueueMail(mailing.queue, trx, {
      to: person.email,
      subject: i18n.t('catalogue_events.mail.promoted.subject', values),
      text: `${i18n.t('catalogue_events.mail.promoted.body', values)}\n\n${i18n.t('accounts.mail.signature', values)}`,
    });
  }
  return promoted.map((p) => p.user_id);
}
