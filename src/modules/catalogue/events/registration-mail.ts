import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { DEFAULT_LOCALE, isLocale } from '../../../core/i18n/locales.js';
import { getTranslator } from '../../../core/i18n/translator.js';
import type { JobQueue } from '../../../core/jobs/boss.js';
import { mailDisplayName } from '../../../core/mail/display-name.js';
import { enqueueMail } from '../../../core/mail/mailer.js';
import { buildEventCalendar } from '../formats/index.js';
import { entryPageUrl } from '../shared/index.js';
import type { EventRow } from './registrations.js';

/** What a registration mail needs of the running platform: the mail queue and the site's address. */
export interface RegistrationMailing {
  queue: JobQueue;
  baseUrl: string;
}

/**
 * What happened to the person's registration: registered, on the waiting list (with the place),
 * or moved up from the waiting list. A place that is theirs comes with the event as an
 * iCalendar file, so it lands in their calendar in one tap; a place on the waiting list does not.
 */
export type RegistrationNews = { kind: 'registered' } | { kind: 'promoted' } | { kind: 'waitlisted'; position: number };

/** Writes the mail in the person's language and queues it inside the caller's transaction. */
export async function mailRegistration(options: {
  trx: Kysely<Database>;
  mailing: RegistrationMailing;
  event: EventRow;
  person: { email: string; locale: string; name: string };
  news: RegistrationNews;
}): Promise<void> {
  const { trx, mailing, event, person, news } = options;
  const i18n = getTranslator(isLocale(person.locale) ? person.locale : DEFAULT_LOCALE);
  const lang = i18n.locale.code;
  const place = [event.address, event.onlineUrl].filter((part): part is string => part !== null).join(' – ');
  const values = {
    name: mailDisplayName(person.name),
    event: event.title,
    when: event.startsAt ? i18n.formatDate(event.startsAt, { dateStyle: 'full', timeStyle: 'short' }) : '',
    place: place || i18n.t('catalogue_events.mail.place_on_page'),
    page: entryPageUrl(mailing.baseUrl, lang, event.id),
    link: `${mailing.baseUrl}/${lang}/veranstaltungen/meine`,
    position: news.kind === 'waitlisted' ? news.position : 0,
    site: i18n.t('layout.site_name'),
  };
  const hasPlace = news.kind !== 'waitlisted';
  const calendar = hasPlace
    ? await buildEventCalendar({ db: trx, baseUrl: mailing.baseUrl, eventId: event.id, lang })
    : null;
  const paragraphs = [
    i18n.t(`catalogue_events.mail.${news.kind}.body`, values),
    ...(calendar ? [i18n.t('catalogue_events.mail.calendar_attached', values)] : []),
    i18n.t('accounts.mail.signature', values),
  ];
  await enqueueMail(mailing.queue, trx, {
    to: person.email,
    subject: i18n.t(`catalogue_events.mail.${news.kind}.subject`, values),
    text: paragraphs.join('\n\n'),
    ...(calendar
      ? {
          attachments: [
            {
              filename: `veranstaltung-${event.id}.ics`,
              contentType: 'text/calendar; charset=utf-8',
              content: calendar,
            },
          ],
        }
      : {}),
  });
}
