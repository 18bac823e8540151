import type { ColumnType, Generated, Selectable } from 'kysely';
import type { NullableTimestamp, Timestamp } from '../../core/db/database.js';
import type { City } from '../../region/index.js';

// The participation module's tables (migration 015-participation), added to core's `Database` by declaration merging.

export const REGISTRATION_KINDS = ['invitation', 'open'] as const;
export type RegistrationKind = (typeof REGISTRATION_KINDS)[number];
export const VOTING_MODES = ['dots', 'approval'] as const;
export type VotingMode = (typeof VOTING_MODES)[number];
export const ROUND_STATUSES = ['draft', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export interface ForumsTable {
  id: Generated<string>;
  organisation_id: string;
  title: string;
  agenda: ColumnType<string, string | undefined, string>;
  starts_at: Timestamp;
  ends_at: Timestamp;
  place: string | null;
  online_url: string | null;
  registration: RegistrationKind;
  minutes: ColumnType<string, string | undefined, string>;
  created_by: string | null;
  created_at: Generated<Date>;
}
export type Forum = Selectable<ForumsTable>;

export interface RoundsTable {
  id: Generated<string>;
  forum_id: string;
  question: string;
  mode: VotingMode;
  points_per_participant: number;
  max_per_option: number;
  status: ColumnType<RoundStatus, RoundStatus | undefined, RoundStatus>;
  rules_frozen_at: NullableTimestamp;
  opened_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  proposed_at: NullableTimestamp;
  created_at: Generated<Date>;
}
export type Round = Selectable<RoundsTable>;

export interface OptionsTable {
  id: Generated<string>;
  round_id: string;
  label: string;
  position: number;
}

export interface ParticipantsTable {
  id: Generated<string>;
  forum_id: string;
  label: string;
  code_hash: string;
  session_hash: string | null;
  joined_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface BallotsTable {
  round_id: string;
  participant_id: string;
  points_used: number;
  cast_at: Generated<Date>;
}

export interface VotesTable {
  round_id: string;
  participant_id: string;
  option_id: string;
  points: number;
}

export const AWARD_STATUSES = ['call', 'jury', 'decided'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];
export const ENTRY_KINDS = ['nomination', 'self'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ELIGIBILITY = ['pending', 'eligible', 'ineligible'] as const;
export type Eligibility = (typeof ELIGIBILITY)[number];
/** The award's criteria, in the order of the call: the founder's path, jobs and apprenticeship places, staff, development, civic engagement. */
export const CRITERIA = ['founder_path', 'jobs', 'staff', 'development', 'civic'] as const;
export type Criterion = (typeof CRITERIA)[number];

export interface AwardRoundsTable {
  id: Generated<string>;
  year: number;
  call_text: ColumnType<string, string | undefined, string>;
  closes_on: ColumnType<Date, string, string>;
  status: ColumnType<AwardStatus, AwardStatus | undefined, AwardStatus>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface AwardEntriesTable {
  id: Generated<string>;
  round_id: string;
  kind: EntryKind;
  business_name: string;
  city: City;
  founded_year: number;
  founder_path: string;
  jobs_created: number;
  apprenticeships_created: number;
  staff_commitment: string;
  business_development: string;
  civic_engagement: string;
  /** Null once erased (account deletion, retention); see migration 018. */
  submitter_name: string | null;
  submitter_email: string | null;
  /** The account the nomination was sent from, when its sender was signed in. */
  submitter_user_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** When the sender agreed to the processing (null for entries from before migration 018). */
  consented_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  eligibility: ColumnType<Eligibility, Eligibility | undefined, Eligibility>;
  eligibility_reason: string | null;
  checked_by: string | null;
  winner: ColumnType<boolean, boolean | undefined, boolean>;
  story_id: string | null;
  created_at: Generated<Date>;
}
export type AwardEntry = Selectable<AwardEntriesTable>;

export interface JurorsTable {
  round_id: string;
  user_id: string;
  invited_by: string | null;
  created_at: Generated<Date>;
}
export interface ConflictsTable {
  entry_id: string;
  user_id: string;
  declared_at: Generated<Date>;
}
export interface ScoreSubmissionsTable {
  entry_id: string;
  user_id: string;
  submitted_at: Generated<Date>;
}
export interface ScoresTable {
  entry_id: string;
  user_id: string;
  criterion: Criterion;
  score: number;
}

export const PUBLISHING_STATUSES = ['draft', 'in_review', 'published'] as const;
export type PublishingStatus = (typeof PUBLISHING_STATUSES)[number];
/** The three fields of work the forums chose (mission report): potentials instead of deficits, transparency, keeping potentials in the region. */
export const FIELDS_OF_WORK = ['potentials', 'transparency', 'retention'] as const;
export type FieldOfWork = (typeof FIELDS_OF_WORK)[number];
export const TRANSLATED_LOCALES = ['en', 'tr', 'ar', 'pl', 'ru', 'uk'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

export interface CampaignsTable {
  id: Generated<string>;
  organisation_id: string;
  title: string;
  summary: string;
  body: ColumnType<string, string | undefined, string>;
  status: ColumnType<PublishingStatus, PublishingStatus | undefined, PublishingStatus>;
  created_by: string | null;
  reviewed_by: string | null;
  published_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface StoriesTable {
  id: Generated<string>;
  organisation_id: string;
  campaign_id: string | null;
  title: string;
  summary: string;
  body: ColumnType<string, string | undefined, string>;
  field_of_action: FieldOfWork;
  catalogue_entry_id: string | null;
  image_key: string | null;
  image_alt: string | null;
  status: ColumnType<PublishingStatus, PublishingStatus | undefined, PublishingStatus>;
  created_by: string | null;
  reviewed_by: string | null;
  published_at: NullableTimestamp;
  created_at: Generated<Date>;
}
export type Story = Selectable<StoriesTable>;

export interface TranslationsTable {
  id: Generated<string>;
  campaign_id: string | null;
  story_id: string | null;
  locale: TranslatedLocale;
  title: string;
  summary: string;
  body: ColumnType<string, string | undefined, string>;
}

declare module '../../core/db/database.js' {
  interface Database {
    participation_forums: ForumsTable;
    participation_rounds: RoundsTable;
    participation_options: OptionsTable;
    participation_participants: ParticipantsTable;
    participation_ballots: BallotsTable;
    participation_votes: VotesTable;
    participation_award_rounds: AwardRoundsTable;
    participation_award_entries: AwardEntriesTable;
    participation_jurors: JurorsTable;
    participation_conflicts: ConflictsTable;
    participation_score_submissions: ScoreSubmissionsTable;
    participation_scores: ScoresTable;
    participation_campaigns: CampaignsTable;
    participation_stories: StoriesTable;
    participation_translations: TranslationsTable;
  }
}
