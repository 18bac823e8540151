import { ALL_LANGUAGES, type SitemapPage, type SitemapSource } from '../../../core/http/sitemap.js';
import { isLocale, type LocaleCode } from '../../../core/i18n/locales.js';
import { ENTRY_KINDS } from '../tables.js';
import { publicEntries } from './public-entries.js';

/**
 * The catalogue's public pages: search and the events calendar in every language, and every published entry in
 * German and in each language the organisation translated it into — never under a language it lacks.
 */
export const catalogueSitemap: SitemapSource = async (services) => {
  const rows = await publicEntries(services.db, ENTRY_KINDS)
    .leftJoin('catalogue_translations as tr', 'tr.entry_id', 'e.id')
    .select(['e.id', 'e.updated_at'])
    .select((eb) => eb.fn.agg<(string | null)[]>('array_agg', ['tr.locale']).as('locales'))
    .groupBy(['e.id', 'e.updated_at'])
    .orderBy('e.id')
    .execute();
  const entries: SitemapPage[] = rows.map((row) => ({
    path: `/eintraege/${row.id}`,
    languages: ['de', ...row.locales.filter((locale): locale is LocaleCode => isLocale(locale))],
    lastModified: row.updated_at,
  }));
  return [
    { path: '/suche', languages: ALL_LANGUAGES },
    { path: '/veranstaltungen', languages: ALL_LANGUAGES },
    ...entries,
  ];
};
