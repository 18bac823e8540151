import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import { isCoordinator } from '../policy.js';
import type { PublishingStatus, TranslatedLocale } from '../tables.js';

export interface TextLine {
  kind: 'campaign' | 'story';
  id: string;
  title: string;
  summary: string;
  /** The language title and summary are in: the reader's, where translated, else German. */
  lang: string;
  status: PublishingStatus;
  publishedAt: Date | null;
  /** A story with a picture (shown in the lists as decoration; the story page carries its alternative text). */
  hasImage: boolean;
}

interface LineRow {
  id: string;
  title: string;
  summary: string;
  status: PublishingStatus;
  published_at: Date | null;
  lang?: string | null;
  image_key?: string | null;
}

const lines = (kind: 'campaign' | 'story') => (rows: LineRow[]) =>
  rows.map((row): TextLine => ({
    kind,
    id: row.id,
    title: row.title,
    summary: row.summary,
    lang: row.lang ?? 'de',
    status: row.status,
    publishedAt: row.published_at,
    hasImage: Boolean(row.image_key),
  }));

/**
 * Published stories, newest first, in the reader's language where translated: all of them (paged) or a
 * campaign's. The public list, the home page and a campaign's page show the same cards.
 */
export async function listPublishedStories(options: {
  services: AppServices;
  locale: string;
  campaignId?: string;
  limit?: number;
  offset?: number;
}): Promise<TextLine[]> {
  let query = options.services.db
    .selectFrom('participation_stories as s')
    .leftJoin('participation_translations as t', (join) =>
      join.onRef('t.story_id', '=', 's.id').on('t.locale', '=', options.locale as TranslatedLocale),
    )
    .select((eb) => [
      's.id',
      eb.fn.coalesce('t.title', 's.title').as('title'),
      eb.fn.coalesce('t.summary', 's.summary').as('summary'),
      eb.ref('t.locale').as('lang'),
      's.status',
      's.published_at',
      's.image_key',
    ])
    .where('s.status', '=', 'published')
    .orderBy('s.published_at', 'desc');
  if (options.campaignId) query = query.where('s.campaign_id', '=', options.campaignId);
  if (options.limit !== undefined) query = query.limit(options.limit).offset(options.offset ?? 0);
  return lines('story')(await query.execute());
}

/** Published campaigns and stories, newest first (the public list and the home page), in the reader's language where translated. */
export async function listPublishedTexts(options: {
  services: AppServices;
  locale?: string;
  limit?: number;
  offset?: number;
}): Promise<{ campaigns: TextLine[]; stories: TextLine[]; storyCount: number }> {
  const { db } = options.services;
  const locale = options.locale ?? 'de';
  const [campaigns, stories, count] = await Promise.all([
    db
      .selectFrom('participation_campaigns as c')
      .leftJoin('participation_translations as t', (join) =>
        join.onRef('t.campaign_id', '=', 'c.id').on('t.locale', '=', locale as TranslatedLocale),
      )
      .select((eb) => [
        'c.id',
        eb.fn.coalesce('t.title', 'c.title').as('title'),
        eb.fn.coalesce('t.summary', 'c.summary').as('summary'),
        eb.ref('t.locale').as('lang'),
        'c.status',
        'c.published_at',
      ])
      .where('c.status', '=', 'published')
      .orderBy('c.published_at', 'desc')
      .execute(),
    listPublishedStories({ services: options.services, locale, limit: options.limit ?? 24, offset: options.offset }),
    countPublishedStories(options.services),
  ]);
  return { campaigns: lines('campaign')(campaigns), stories, storyCount: count };
}

/** How many stories are published (the home page's figure). */
export async function countPublishedStories(services: AppServices): Promise<number> {
  const row = await services.db
    .selectFrom('participation_stories')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'published')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The reader's organisation's campaigns and stories in every status, and for the office what waits for review. */
export async function listOwnTexts(options: {
  services: AppServices;
  actor: UserActor;
}): Promise<{ own: TextLine[]; toReview: TextLine[] }> {
  const { db } = options.services;
  const organisationId = options.actor.organisation?.id;
  if (!organisationId) return { own: [], toReview: [] };
  const columns = ['id', 'title', 'summary', 'status', 'published_at'] as const;
  const [campaigns, stories] = await Promise.all([
    db
      .selectFrom('participation_campaigns')
      .select(columns)
      .where('organisation_id', '=', organisationId)
      .orderBy('created_at', 'desc')
      .execute(),
    db
      .selectFrom('participation_stories')
      .select(columns)
      .where('organisation_id', '=', organisationId)
      .orderBy('created_at', 'desc')
      .execute(),
  ]);
  let toReview: TextLine[] = [];
  if (isCoordinator(options.actor)) {
    const [c, s] = await Promise.all([
      db
        .selectFrom('participation_campaigns')
        .select(columns)
        .where('status', '=', 'in_review')
        .where('created_by', '!=', options.actor.userId)
        .execute(),
      db
        .selectFrom('participation_stories')
        .select(columns)
        .where('status', '=', 'in_review')
        .where('created_by', '!=', options.actor.userId)
        .execute(),
    ]);
    toReview = [...lines('campaign')(c), ...lines('story')(s)];
  }
  return { own: [...lines('campaign')(campaigns), ...lines('story')(stories)], toReview };
}
