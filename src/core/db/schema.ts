import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export const ORGANISATION_TYPES = ['municipality', 'company', 'provider', 'school', 'cooperation_office'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
export const MEMBERSHIP_ROLES = ['member', 'admin'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export const CITIES = ['bochum', 'dortmund', 'duisburg', 'essen', 'gelsenkirchen', 'muelheim', 'oberhausen'] as const;
export type City = (typeof CITIES)[number];
export const TOKEN_PURPOSES = ['confirm_email', 'reset_password'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

export interface UsersTable {
  id: Generated<string>;
  email: string;
  password_hash: string;
  display_name: string;
  locale: string;
  email_verified_at: NullableTimestamp;
  last_login_at: NullableTimestamp;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  type: OrganisationType;
  city: City | null;
  website: string | null;
  verified_at: NullableTimestamp;
  verified_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface MembershipsTable {
  user_id: string;
  organisation_id: string;
  role: MembershipRole;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface AuthTokensTable {
  id: Generated<string>;
  user_id: string;
  purpose: TokenPurpose;
  token_hash: string;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface InvitationsTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  role: MembershipRole;
  token_hash: string;
  invited_by: string | null;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Generated<Date>;
  actor_user_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  organisation_id: string | null;
  ip: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface DevOutboxTable {
  id: Generated<string>;
  at: Generated<Date>;
  to_address: string;
  subject: string;
  text_body: string;
}

export interface AccessibilityFeedbackTable {
  id: Generated<string>;
  created_at: Generated<Date>;
  page_url: string | null;
  message: string;
  contact_email: string | null;
  locale: string;
  user_id: string | null;
}

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

export interface CatalogueWordsTable {
  word: string;
}

export interface Database {
  users: UsersTable;
  organisations: OrganisationsTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  auth_tokens: AuthTokensTable;
  invitations: InvitationsTable;
  audit_log: AuditLogTable;
  dev_outbox: DevOutboxTable;
  accessibility_feedback: AccessibilityFeedbackTable;
  catalogue_entries: CatalogueEntriesTable;
  catalogue_translations: CatalogueTranslationsTable;
  catalogue_revisions: CatalogueRevisionsTable;
  event_registrations: EventRegistrationsTable;
  saved_searches: SavedSearchesTable;
  catalogue_words: CatalogueWordsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Organisation = Selectable<OrganisationsTable>;
export type Membership = Selectable<MembershipsTable>;
export type CatalogueEntry = Selectable<CatalogueEntriesTable>;
export type NewCatalogueEntry = Insertable<CatalogueEntriesTable>;
