import type { SitemapSource } from '../../core/http/sitemap.js';

/** The public profile of each verified company, in German: the language companies write their profiles in. */
export const companiesSitemap: SitemapSource = async (services) => {
  const rows = await services.db
    .selectFrom('organisations')
    .select(['id', 'updated_at'])
    .where('type', '=', 'company')
    .where('verified_at', 'is not', null)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ path: `/firmen/${row.id}`, languages: ['de'] as const, lastModified: row.updated_at }));
};
