import { sql } from 'kysely';
import type { AppServices } from '../../../../core/http/types.js';
import { DEFAULT_LOCALE, isLocale } from '../../../../core/i18n/locales.js';
import { PLATFORM_TIME_ZONE } from '../../../../core/time/calendar-day.js';
import { getTranslator } from '../../../../core/i18n/translator.js';
import { enqueueMail } from '../../../../core/mail/mailer.js';
import { parseSearch, searchQueryString } from '../schemas.js';
import { searchCatalogue } from './search-catalogue.js';

export const DIGEST_QUEUE = 'catalogue-saved-search-digest';
/** At most this many new entries are listed in one mail; the link shows all of them. */
const DIGEST_ITEMS = 10;

/**
 * The daily digest: for every saved search, the entries published since the last digest, mailed
 * in the language the search was saved in. The search reads the committed catalogue through the
 * platform's database, whose search state every search shares (decision 040); then one transaction
 * per search claims it — only if `last_notified_at` is still the time the search started from — moves
 * that time and queues the mail, so a new entry is mailed exactly once, even if the job runs twice at
 * once.
 */
export async function sendSavedSearchDigests(options: {
  services: AppServices;
  now?: Date;
}): Promise<{ mailed: number }> {
  const { services } = options;
  const now = options.now ?? new Date();
  const searches = await services.db
    .selectFrom('saved_searches as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.label', 's.query', 's.locale', 's.last_notified_at', 'u.email', 'u.display_name'])
    // The exact stored time (microseconds), to claim the search only from the time it was searched from.
    .select(sql<string>`s.last_notified_at::text`.as('since'))
    .where('u.email_verified_at', 'is not', null)
    .where('s.last_notified_at', '<', now)
    .orderBy('s.id')
    .execute();
  let mailed = 0;
  for (const search of searches) {
    const locale = isLocale(search.locale) ? search.locale : DEFAULT_LOCALE;
    const { criteria } = parseSearch(search.query);
    const result = await searchCatalogue({
      db: services.db,
      criteria: { ...criteria, sort: 'newest', page: 1 },
      locale,
      // A digest lists only new entries that hold every word, never a partial match.
      partialMatches: false,
      publishedAfter: search.last_notified_at,
      publishedUntil: now,
      pageSize: DIGEST_ITEMS,
    });
    const sent = await services.db.transaction().execute(async (trx) => {
      // Lock the search: a concurrent run skips it, or has moved last_notified_at already.
      const claimed = await trx
        .selectFrom('saved_searches')
        .select('id')
        .where('id', '=', search.id)
        .where(sql<boolean>`last_notified_at = ${search.since}::timestamptz`)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!claimed) return false;
      await trx.updateTable('saved_searches').set({ last_notified_at: now }).where('id', '=', search.id).execute();
      if (result.total === 0) return false;
      const i18n = getTranslator(locale);
      const base = services.config.baseUrl;
      const lines = result.items.map((item) => `- ${item.title}\n  ${base}/${locale}/eintraege/${item.id}`);
      const values = {
        name: search.display_name,
        label: search.label,
        count: result.total,
        site: i18n.t('layout.site_name'),
      };
      const link = `${base}/${locale}/suche?${searchQueryString({ ...criteria, sort: 'newest', page: 1 })}`;
      await enqueueMail(services.queue, trx, {
        to: search.email,
        subject: i18n.t('catalogue_search.digest.subject', values),
        text: [
          i18n.t('catalogue_search.digest.intro', values),
          lines.join('\n'),
          i18n.t('catalogue_search.digest.all_results', { link }),
          i18n.t('catalogue_search.digest.manage', { link: `${base}/${locale}/suche/gespeichert` }),
        ].join('\n\n'),
      });
      return true;
    });
    if (sent) mailed += 1;
  }
  return { mailed };
}

/** Runs the digest every morning at 07:00 Berlin time. */
export async function scheduleSavedSearchDigests(services: AppServices): Promise<void> {
  await services.queue.createQueue(DIGEST_QUEUE);
  await services.queue.schedule(DIGEST_QUEUE, '0 7 * * *', {}, { tz: PLATFORM_TIME_ZONE });
  await services.queue.work(DIGEST_QUEUE, async () => {
    await sendSavedSearchDigests({ services });
  });
}
