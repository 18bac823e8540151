import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { NullableTimestamp } from '../../core/db/database.js';

// The catalogue's tables, added to core's `Database` by declaration merging.

export const ENTRY_KINDS = ['actor', 'offer', 'project', 'funding', 'knowledge', 'event'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ENTRY_STATUSES = ['draft', 'in_review', 'published', 'archived'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
export const TRANSLATION_LOCALES = ['en', 'tr', 'ar', 'pl', 'ru', 'uk'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];
type DateColumn = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface CatalogueEntriesTable {
  id: Generated<string>;
  kind: EntryKind;
  organisation_id: string;
  status: ColumnType<EntryStatus, EntryStatus | undefined, EntryStatus>;
  title: string;
  summary: string;
  body: ColumnType<string, string | undefined, string>;
  fields_of_action: ColumnType<string[], string[] | undefined, string[]>;
  target_groups: ColumnType<string[], string[] | undefined, string[]>;
  cities: ColumnType<string[], string[] | undefined, string[]>;
  languages: ColumnType<string[], string[] | undefined, string[]>;
  cost: 'free' | 'fee' | null;
  format: 'in_person' | 'online' | 'hybrid' | null;
  contact_email: string | null;
  contact_phone: string | null;
  website: string | null;
  accessibility_notes: string | null;
  valid_from: DateColumn;
  valid_until: DateColumn;
  starts_at: NullableTimestamp;
  ends_at: NullableTimestamp;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  review_note: string | null;
  published_at: NullableTimestamp;
  last_confirmed_at: Generated<Date>;
  stale_notified_at: NullableTimestamp;
  hidden_at: NullableTimestamp;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  search_vector: ColumnType<string, never, never>;
  /** Titles and summaries only, for ranking (migration 003). */
  rank_vector: ColumnType<string, never, never>;
  /** The entry's bit in the search index's sets (migration 006). */
  search_slot: ColumnType<number, never, never>;
}

export interface CatalogueTranslationsTable {
  entry_id: string;
  locale: TranslationLocale;
  title: string;
  summary: string;
  body: ColumnType<string, string | undefined, string>;
  updated_at: Generated<Date>;
}

export interface CatalogueRevisionsTable {
  id: Generated<string>;
  entry_id: string;
  at: Generated<Date>;
  actor_user_id: string | null;
  action: string;
  status: EntryStatus;
  note: string | null;
  snapshot: ColumnType<Record<string, unknown>, string, string>;
}

export interface EventRegistrationsTable {
  id: Generated<string>;
  entry_id: string;
  user_id: string;
  status: 'registered' | 'waitlisted' | 'cancelled';
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SavedSearchesTable {
  id: Generated<string>;
  user_id: string;
  query: ColumnType<Record<string, unknown>, string, string>;
  label: string;
  locale: string;
  created_at: Generated<Date>;
  last_notified_at: Generated<Date>;
}

/** The catalogue search index: per property, a bit string of the entries that have it (migration 006). */
export interface CatalogueSearchSetsTable {
  dim: string;
  value: string;
  members: ColumnType<string, never, never>;
}

/** The version of what a catalogue search shows (migration 034): a new random token per change. */
export interface CatalogueSearchVersionTable {
  only_row: ColumnType<boolean, never, never>;
  token: ColumnType<string, never, never>;
}

/** The site search's write generation (migration 012): set by every write to what a search shows. */
export interface SearchWritesTable {
  xid: ColumnType<string, never, never>;
  n: ColumnType<string, never, never>;
}

declare module '../../core/db/database.js' {
  interface Database {
    catalogue_entries: CatalogueEntriesTable;
    catalogue_translations: CatalogueTranslationsTable;
    catalogue_revisions: CatalogueRevisionsTable;
    event_registrations: EventRegistrationsTable;
    saved_searches: SavedSearchesTable;
    catalogue_search_sets: CatalogueSearchSetsTable;
    catalogue_search_version: CatalogueSearchVersionTable;
    search_writes: SearchWritesTable;
  }
}

export type CatalogueEntry = Selectable<CatalogueEntriesTable>;
export type NewCatalogueEntry = Insertable<CatalogueEntriesTable>;
