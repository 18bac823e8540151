import { sql } from 'kysely';
import type { HomeListItem, HomePageContext } from '../../../core/modules/start-page.js';
import { TRANSLATION_LOCALES, type EntryKind, type TranslationLocale } from '../tables.js';

export interface PublishedEntryLine {
  id: string;
  cities: string[];
  publishedAt: Date | null;
  startsAt: Date | null;
}

/**
 * A few published, visible entries of a kind for the home page: the newest (offers) or the next to
 * come (events), with the title in the reader's language where a translation exists and marked as
 * German where not. `detail` writes the line under the title.
 */
export async function listPublishedForHome(
  context: HomePageContext,
  options: { kind: EntryKind; order: 'newest' | 'upcoming'; limit: number },
  detail: (entry: PublishedEntryLine) => string,
): Promise<HomeListItem[]> {
  const { services, i18n, now } = context;
  const locale = TRANSLATION_LOCALES.find((code) => code === i18n.locale.code) ?? null;
  let query = services.db
    .selectFrom('catalogue_entries as e')
    .leftJoin('catalogue_translations as tr', (join) =>
      join.onRef('tr.entry_id', '=', 'e.id').on('tr.locale', '=', sql<TranslationLocale>`${locale}`),
    )
    .select(['e.id', 'e.title', 'e.cities', 'e.published_at', 'e.starts_at', 'tr.title as translated_title'])
    .where('e.kind', '=', options.kind)
    .where('e.status', '=', 'published')
    .where('e.hidden_at', 'is', null);
  query =
    options.order === 'newest'
      ? query.where('e.published_at', 'is not', null).orderBy('e.published_at', 'desc')
      : query.where('e.starts_at', '>', now).orderBy('e.starts_at');
  const rows = await query.orderBy('e.id').limit(options.limit).execute();
  return rows.map((row) => ({
    title: row.translated_title ?? row.title,
    ...(row.translated_title || i18n.locale.code === 'de' ? {} : { titleLang: 'de' }),
    detail: detail({ id: row.id, cities: row.cities, publishedAt: row.published_at, startsAt: row.starts_at }),
    path: `/eintraege/${row.id}`,
  }));
}
