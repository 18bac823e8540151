import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import { isCoordinator } from '../policy.js';
import type { PublishingStatus } from '../tables.js';

export interface TextLine {
  kind: 'campaign' | 'story';
  id: string;
  title: string;
  summary: string;
  status: PublishingStatus;
  publishedAt: Date | null;
}

const lines =
  (kind: 'campaign' | 'story') => (rows: Omit<TextLine, 'kind' | 'publishedAt'>[] & { published_at?: Date | null }[]) =>
    rows.map((row) => ({ ...row, kind, publishedAt: (row as { published_at?: Date | null }).published_at ?? null }));

/** Published campaigns and stories, newest first (the public list and the home page). */
export async function listPublishedTexts(options: {
  services: AppServices;
  limit?: number;
  offset?: number;
}): Promise<{ campaigns: TextLine[]; stories: TextLine[]; storyCount: number }> {
  const { db } = options.services;
  const [campaigns, stories, count] = await Promise.all([
    db
      .selectFrom('participation_campaigns')
      .select(['id', 'title', 'summary', 'status', 'published_at'])
      .where('status', '=', 'published')
      .orderBy('published_at', 'desc')
      .execute(),
    db
      .selectFrom('participation_stories')
      .select(['id', 'title', 'summary', 'status', 'published_at'])
      .where('status', '=', 'published')
      .orderBy('published_at', 'desc')
      .limit(options.limit ?? 24)
      .offset(options.offset ?? 0)
      .execute(),
    db
      .selectFrom('participation_stories')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow(),
  ]);
  return { campaigns: lines('campaign')(campaigns), stories: lines('story')(stories), storyCount: Number(count.n) };
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
