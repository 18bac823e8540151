import type { ColumnType, Generated, Selectable } from 'kysely';
import type { NullableTimestamp, Timestamp } from '../../core/db/database.js';
import type { City } from '../../region/index.js';

// Matching's tables, added to core's `Database` by declaration merging.

export const MENTORSHIP_AUDIENCES = ['person', 'company'] as const;
export type MentorshipAudience = (typeof MENTORSHIP_AUDIENCES)[number];
export type MentorKind = 'volunteer' | 'company_staff' | 'company';
export type AlertFrequency = 'daily' | 'weekly';
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface MentorshipOffersTable {
  id: Generated<string>;
  audience: MentorshipAudience;
  mentor_user_id: string;
  organisation_id: string | null;
  mentor_kind: MentorKind;
  focus: ColumnType<string[], string[], string[]>;
  cities: TextArray;
  languages: TextArray;
  capacity: number;
  note: ColumnType<string, string | undefined, string>;
  status: ColumnType<'open' | 'closed', 'open' | 'closed' | undefined, 'open' | 'closed'>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface MentorshipRequestsTable {
  id: Generated<string>;
  audience: MentorshipAudience;
  requester_user_id: string;
  organisation_id: string | null;
  focus: string;
  city: City | null;
  languages: TextArray;
  note: ColumnType<string, string | undefined, string>;
  status: ColumnType<
    'open' | 'matched' | 'withdrawn' | 'ended',
    'open' | 'matched' | 'withdrawn' | 'ended' | undefined,
    'open' | 'matched' | 'withdrawn' | 'ended'
  >;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface MentorshipsTable {
  id: Generated<string>;
  offer_id: string;
  request_id: string;
  coordinator_user_id: string | null;
  status: ColumnType<'active' | 'ended', 'active' | 'ended' | undefined, 'active' | 'ended'>;
  started_at: Generated<Date>;
  ended_at: NullableTimestamp;
  end_note: string | null;
}

export interface MentorshipSessionsTable {
  id: Generated<string>;
  mentorship_id: string;
  held_on: ColumnType<Date, string, string>;
  topic: string;
  note: ColumnType<string, string | undefined, string>;
  author_user_id: string | null;
  created_at: Generated<Date>;
}

export interface MentorshipProblemReportsTable {
  id: Generated<string>;
  mentorship_id: string;
  reporter_user_id: string | null;
  description: string;
  status: ColumnType<'open' | 'resolved', 'open' | 'resolved' | undefined, 'open' | 'resolved'>;
  created_at: Generated<Date>;
  resolved_at: NullableTimestamp;
  resolved_by: string | null;
}

export interface DropoutHelpRequestsTable {
  id: Generated<string>;
  user_id: string;
  situation: string;
  reachable: ColumnType<string, string | undefined, string>;
  status: ColumnType<
    'open' | 'assigned' | 'closed',
    'open' | 'assigned' | 'closed' | undefined,
    'open' | 'assigned' | 'closed'
  >;
  mediator_user_id: string | null;
  assigned_by: string | null;
  assigned_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface PositionAlertsTable {
  id: Generated<string>;
  user_id: string;
  frequency: AlertFrequency;
  occupations: TextArray;
  cities: TextArray;
  kinds: TextArray;
  locale: string;
  created_at: Generated<Date>;
  last_sent_at: Timestamp;
}

export interface ProfileDigestSubscriptionsTable {
  user_id: string;
  organisation_id: string;
  frequency: AlertFrequency;
  locale: string;
  created_at: Generated<Date>;
  last_sent_at: Timestamp;
}

export interface ProfileConfirmationRequestsTable {
  profile_id: string;
  token_hash: string;
  requested_at: Generated<Date>;
}

export const APPLICATION_STATUSES = [
  'submitted',
  'in_review',
  'invited',
  'identity_revealed',
  'interview',
  'offer',
  'contract',
  'declined',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type ApplicationClosedReason = 'position_closed' | 'position_deleted' | 'consent_declined' | 'account_deleted';

export interface ApplicationsTable {
  id: Generated<string>;
  position_id: string | null;
  profile_id: string | null;
  organisation_id: string;
  position_title: string;
  pseudonym: string;
  status: ColumnType<ApplicationStatus, ApplicationStatus | undefined, ApplicationStatus>;
  qualifications: ColumnType<Record<string, unknown>, string, string>;
  locale: ColumnType<string, string | undefined, string>;
  closed_reason: ApplicationClosedReason | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  invited_at: NullableTimestamp;
  consent_at: NullableTimestamp;
  withdrawn_at: NullableTimestamp;
  position_closed_at: NullableTimestamp;
  position_closure_notified_at: NullableTimestamp;
}

export interface ApplicationMessagesTable {
  id: Generated<string>;
  application_id: string;
  sender: 'company' | 'applicant';
  sender_user_id: string | null;
  body: string;
  held_back: ColumnType<boolean, boolean | undefined, boolean>;
  /** When a held-back message was delivered, at the applicant's consent (migration 009). */
  released_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface ApplicationStatusChangesTable {
  id: Generated<string>;
  application_id: string;
  from_status: ApplicationStatus | null;
  to_status: ApplicationStatus;
  actor: 'company' | 'applicant' | 'system';
  actor_user_id: string | null;
  reason: string | null;
  at: Generated<Date>;
}

export const POSITION_KINDS = ['apprenticeship', 'internship', 'school_internship', 'dual_study'] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];
export const POSITION_STATUSES = ['draft', 'published', 'closed'] as const;
export type PositionStatus = (typeof POSITION_STATUSES)[number];
/** NRW school certificates in ascending order (the order is the rank used by matching). */
export const CERTIFICATES = ['none', 'hauptschulabschluss', 'msa', 'fachhochschulreife', 'abitur'] as const;
export type Certificate = (typeof CERTIFICATES)[number];
/**
 * CEFR levels in ascending order, and nothing else: no "mother tongue" level, which would ask for
 * origin rather than ability (German courts treat "deutsche Muttersprache" as indirect
 * discrimination); someone who grew up with a language states C2 (decision 026, migration 021).
 */
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];
export const POSITION_BENEFITS = [
  'mentoring',
  'language_support',
  'part_time',
  'flexible_hours',
  'housing_support',
  'transport_support',
] as const;
export type PositionBenefit = (typeof POSITION_BENEFITS)[number];
export const RECOGNITION_STATUSES = ['recognised', 'partially_recognised', 'in_progress', 'not_started'] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];
export interface LanguageSkill {
  code: string;
  level: LanguageLevel;
}
export interface ApplicantPotentials {
  experience_abroad?: string;
  intercultural?: string;
  volunteering?: string;
  strengths?: string;
}
type JsonColumn<T> = ColumnType<T, string | undefined, string>;
type DateOnly = ColumnType<Date, Date | string, Date | string>;

export interface PostcodeAreasTable {
  postcode: string;
  /** One of the seven cities, or null for a neighbouring town (migration 010). */
  city: City | null;
  place: string;
  latitude: number;
  longitude: number;
  source: string;
}

export interface PostcodeDistancesTable {
  from_postcode: string;
  to_postcode: string;
  km: number;
}

export interface PositionsTable {
  id: Generated<string>;
  organisation_id: string;
  kind: PositionKind;
  occupation_id: string;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  city: City;
  postcode: string;
  address: string | null;
  starts_on: DateOnly;
  places: number;
  required_certificate: ColumnType<Certificate, Certificate | undefined, Certificate>;
  languages: JsonColumn<LanguageSkill[]>;
  benefits: ColumnType<PositionBenefit[], PositionBenefit[] | undefined, PositionBenefit[]>;
  deadline: DateOnly;
  /** Training pay in euros per month, one amount per training year (year 1 first); empty when not stated. */
  training_pay: ColumnType<number[], number[] | undefined, number[]>;
  /** Agreed weekly hours (15–40), null when not stated. */
  weekly_hours: ColumnType<number | null, number | null | undefined, number | null>;
  /** Vocational school (Berufsschule) and the place where it is. */
  school_name: ColumnType<string | null, string | null | undefined, string | null>;
  school_place: ColumnType<string | null, string | null | undefined, string | null>;
  /** What the company offers beyond the benefit checkboxes, in its own words. */
  offer_text: ColumnType<string | null, string | null | undefined, string | null>;
  /** The contact person: shown to an applicant only once the company invited them (see positions/contact.ts). */
  contact_name: ColumnType<string | null, string | null | undefined, string | null>;
  contact_role: ColumnType<string | null, string | null | undefined, string | null>;
  contact_phone: ColumnType<string | null, string | null | undefined, string | null>;
  contact_email: ColumnType<string | null, string | null | undefined, string | null>;
  status: ColumnType<PositionStatus, PositionStatus | undefined, PositionStatus>;
  created_by: string | null;
  published_at: NullableTimestamp;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  closed_at: NullableTimestamp;
}

export interface ApplicantProfilesTable {
  id: Generated<string>;
  user_id: string;
  pseudonym: string;
  interests: ColumnType<string[], string[] | undefined, string[]>;
  certificate: Certificate;
  foreign_certificate: string | null;
  recognition_status: RecognitionStatus | null;
  languages: JsonColumn<LanguageSkill[]>;
  potentials: JsonColumn<ApplicantPotentials>;
  postcode: string;
  travel_km: number;
  available_from: DateOnly;
  preferred_cities: ColumnType<City[], City[] | undefined, City[]>;
  is_active: Generated<boolean>;
  last_confirmed_at: Generated<Date>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /**
   * Free texts from before the form checked them for the own name, and one was found (migration 021):
   * held back from companies until the applicant saves the profile again.
   */
  free_texts_held_back: ColumnType<boolean, boolean | undefined, boolean>;
  /** Generated by the database from certificate / languages; read-only. */
  certificate_rank: ColumnType<number, never, never>;
  language_ranks: ColumnType<Record<string, number>, never, never>;
}

export const TALENT_INVITATION_STATUSES = ['open', 'declined'] as const;
export type TalentInvitationStatus = (typeof TALENT_INVITATION_STATUSES)[number];

/** A company's invitation to a ranked talent to apply to one of its positions (migration 009). */
export interface TalentInvitationsTable {
  id: Generated<string>;
  position_id: string;
  profile_id: string;
  organisation_id: string;
  invited_by: string | null;
  status: ColumnType<TalentInvitationStatus, TalentInvitationStatus | undefined, TalentInvitationStatus>;
  created_at: Generated<Date>;
  expires_at: Date;
  answered_at: NullableTimestamp;
}

/** A position's shortlist: talents a company member saved for it (migration 009). */
export interface SavedTalentsTable {
  position_id: string;
  profile_id: string;
  saved_by: string | null;
  created_at: Generated<Date>;
}

/**
 * The ranking's read copy of active profiles, one row per interest (migration 016): written only by
 * triggers on applicant_profiles, deleted with the profile. Read by rank-candidates.ts.
 */
export interface CandidateInterestsTable {
  occupation_id: string;
  profile_id: string;
  certificate_rank: number;
  /** Bit (place − 1) for every language spoken, places as in LANGUAGE_CODES. */
  language_mask: string;
  travel_km: number;
  available_from: Date;
  postcode: string;
  interests: string[];
  /** The best level per language at its place in LANGUAGE_CODES (0 none, 1 A1 … 6 C2; 7 was "native" until migration 021). */
  language_levels: number[];
  preferred_cities: string[];
  pseudonym: string;
}

/** Stored apart from the profile; never an input to matching or ranking. */
export interface ApplicantIdentitiesTable {
  profile_id: string;
  full_name: string;
  birth_date: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  gender: string | null;
  nationality: string | null;
  address: string | null;
  phone: string | null;
  contact_email: string | null;
  self_declared_migration_history: boolean | null;
  updated_at: Generated<Date>;
}

declare module '../../core/db/database.js' {
  interface Database {
    postcode_areas: PostcodeAreasTable;
    postcode_distances: PostcodeDistancesTable;
    positions: PositionsTable;
    applicant_profiles: ApplicantProfilesTable;
    candidate_interests: CandidateInterestsTable;
    applicant_identities: ApplicantIdentitiesTable;
    applications: ApplicationsTable;
    application_messages: ApplicationMessagesTable;
    application_status_changes: ApplicationStatusChangesTable;
    mentorship_offers: MentorshipOffersTable;
    mentorship_requests: MentorshipRequestsTable;
    mentorships: MentorshipsTable;
    mentorship_sessions: MentorshipSessionsTable;
    mentorship_problem_reports: MentorshipProblemReportsTable;
    dropout_help_requests: DropoutHelpRequestsTable;
    position_alerts: PositionAlertsTable;
    profile_digest_subscriptions: ProfileDigestSubscriptionsTable;
    profile_confirmation_requests: ProfileConfirmationRequestsTable;
    talent_invitations: TalentInvitationsTable;
    saved_talents: SavedTalentsTable;
  }
}

export type Position = Selectable<PositionsTable>;
export type ApplicantProfile = Selectable<ApplicantProfilesTable>;
export type ApplicantIdentity = Selectable<ApplicantIdentitiesTable>;
