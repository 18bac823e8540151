import { ALL_LANGUAGES, type SitemapSource } from '../../../core/http/sitemap.js';
import { todayString } from './records.js';

/** The positions list in every language, and each open published position in German, the language it is written in. */
export const positionsSitemap: SitemapSource = async (services) => {
  const rows = await services.db
    .selectFrom('positions')
    .select(['id', 'updated_at'])
    .where('status', '=', 'published')
    .where('deadline', '>=', todayString() as unknown as Date)
    .orderBy('id')
    .execute();
  return [
    { path: '/stellen', languages: ALL_LANGUAGES },
    ...rows.map((row) => ({ path: `/stellen/${row.id}`, languages: ['de'] as const, lastModified: row.updated_at })),
  ];
};
