import { ALL_LANGUAGES, type SitemapPage, type SitemapSource } from '../../core/http/sitemap.js';
import type { LocaleCode } from '../../core/i18n/locales.js';
import { CAMPAIGNS_PATH, STORIES_PATH } from './views/story-pages.js';

/** The participation hub in every language; published stories and campaigns in German and their translations. */
export const participationSitemap: SitemapSource = async (services) => {
  const { db } = services;
  const translations = await db
    .selectFrom('participation_translations')
    .select(['story_id', 'campaign_id', 'locale'])
    .execute();
  const localesOf = (column: 'story_id' | 'campaign_id', id: string): LocaleCode[] =>
    translations.filter((row) => row[column] === id).map((row) => row.locale);
  const [stories, campaigns] = await Promise.all([
    db
      .selectFrom('participation_stories as item')
      .select(['item.id', 'item.published_at'])
      .where('item.status', '=', 'published')
      .orderBy('item.id')
      .execute(),
    db
      .selectFrom('participation_campaigns as item')
      .select(['item.id', 'item.published_at'])
      .where('item.status', '=', 'published')
      .orderBy('item.id')
      .execute(),
  ]);
  const page =
    (base: string, column: 'story_id' | 'campaign_id') =>
    (row: { id: string; published_at: Date | null }): SitemapPage => ({
      path: `${base}/${row.id}`,
      languages: ['de', ...localesOf(column, row.id)],
      lastModified: row.published_at,
    });
  return [
    { path: '/beteiligung', languages: ALL_LANGUAGES },
    ...stories.map(page(STORIES_PATH, 'story_id')),
    ...campaigns.map(page(CAMPAIGNS_PATH, 'campaign_id')),
  ];
};
