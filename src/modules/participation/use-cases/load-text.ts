import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { AppError } from '../../../core/errors.js';
import type { FieldOfWork, PublishingStatus, TranslatedLocale } from '../tables.js';

/** Campaigns and stories share their publishing workflow and translations; a story has a little more. */
export type TextKind = 'campaign' | 'story';

export const TEXT_TABLE = { campaign: 'participation_campaigns', story: 'participation_stories' } as const;

export interface TextTranslation {
  locale: TranslatedLocale;
  title: string;
  summary: string;
  body: string;
}

export interface TextItem {
  kind: TextKind;
  id: string;
  organisationId: string;
  title: string;
  summary: string;
  body: string;
  status: PublishingStatus;
  createdBy: string | null;
  publishedAt: Date | null;
  /** Stories only. */
  fieldOfAction: FieldOfWork | null;
  campaignId: string | null;
  catalogueEntryId: string | null;
  imageKey: string | null;
  imageAlt: string | null;
  translations: TextTranslation[];
}

/** A campaign or story with its translations, or not_found. Shared by the texts' use-cases. */
export async function loadText(db: Kysely<Database>, kind: TextKind, id: string): Promise<TextItem> {
  const story =
    kind === 'story'
      ? await db.selectFrom('participation_stories').selectAll().where('id', '=', id).executeTakeFirst()
      : undefined;
  const base =
    story ??
    (kind === 'campaign'
      ? await db.selectFrom('participation_campaigns').selectAll().where('id', '=', id).executeTakeFirst()
      : undefined);
  if (!base) throw new AppError('not_found');
  const translations = await db
    .selectFrom('participation_translations')
    .select(['locale', 'title', 'summary', 'body'])
    .where(kind === 'story' ? 'story_id' : 'campaign_id', '=', id)
    .orderBy('locale')
    .execute();
  return {
    kind,
    id: base.id,
    organisationId: base.organisation_id,
    title: base.title,
    summary: base.summary,
    body: base.body,
    status: base.status,
    createdBy: base.created_by,
    publishedAt: base.published_at,
    fieldOfAction: story?.field_of_action ?? null,
    campaignId: story?.campaign_id ?? null,
    catalogueEntryId: story?.catalogue_entry_id ?? null,
    imageKey: story?.image_key ?? null,
    imageAlt: story?.image_alt ?? null,
    translations,
  };
}

export const textRef = (item: TextItem) => ({
  organisationId: item.organisationId,
  createdBy: item.createdBy,
  status: item.status,
});
