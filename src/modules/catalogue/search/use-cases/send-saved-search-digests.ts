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
 * in the language the search was saved in. The mail is queued and `last_notified_at` moved in one
 * transaction per search, so a new entry is mailed exactly once, even if the job runs again.
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
    .select(['s.id', 's.label', 's.query', 's.locale', 'u.email', 'u.display_name'])
    .where('u.email_verified_at', 'is not', null)
    .where('s.last_notified_at', '<', now)
    .orderBy('s.id')
    .execute();
  let mailed = 0;
  for (const search of searches) {
    const sent = await services.db.transaction().execute(async (trx) => {
      // Lock the search: a concurrent run skips it, and finds last_notified_at moved afterwards.
      const claimed = await trx
        .selectFrom('saved_searches')
        .select('last_notified_at')
        .where('id', '=', search.id)
        .where('last_notified_at', '<', now)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!claimed) return false;
      await trx.updateTable('saved_searches').set({ last_notified_at: now }).where('id', '=', search.id).execute();
      const locale = isLocale(search.locale) ? search.locale : DEFAULT_LOCALE;
      const { criteria } = parseSearch(search.query);
      const result = await searchCatalogue({
        db: trx,
        criteria: { ...criteria, sort: 'newest', page: 1 },
        locale,
        // A digest lists only new entries that hold every word, never a partial match.
        partialMatches: false,
        publishedAfter: claimed.last_notified_at,
        publishedUntil: now,
        pageSize: DIGEST_ITEMS,
      });
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
