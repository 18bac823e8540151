import type {
  ApplicantPotentials,
  ApplicationStatus,
  Certificate,
  LanguageSkill,
  PositionBenefit,
  PositionKind,
  PositionStatus,
  RecognitionStatus,
} from '../../modules/matching/tables.js';
import type { City } from '../../region/index.js';
import type { Trade } from '../data/trades.js';

/**
 * Rows the matching demo builds in memory before inserting them. JSON columns hold objects here;
 * insert.ts turns them into jsonb. Dates of type `string` are calendar days (YYYY-MM-DD).
 */
export interface SeedOccupation {
  id: string;
  name: string;
}

/** A verified company that publishes positions, with the admin who "wrote" them and its trade (data/trades.ts). */
export interface PositionOwner {
  id: string;
  name: string;
  city: City;
  adminId: string;
  trade: Trade;
}

export interface PositionRow {
  id: string;
  organisation_id: string;
  kind: PositionKind;
  occupation_id: string;
  title: string;
  description: string;
  city: City;
  postcode: string;
  address: string | null;
  starts_on: string;
  places: number;
  required_certificate: Certificate;
  languages: LanguageSkill[];
  benefits: PositionBenefit[];
  deadline: string;
  status: PositionStatus;
  created_by: string | null;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
}

export interface ProfileRow {
  id: string;
  user_id: string;
  pseudonym: string;
  interests: string[];
  certificate: Certificate;
  foreign_certificate: string | null;
  recognition_status: RecognitionStatus | null;
  languages: LanguageSkill[];
  potentials: ApplicantPotentials;
  postcode: string;
  travel_km: number;
  available_from: string;
  preferred_cities: City[];
  is_active: boolean;
  last_confirmed_at: Date;
  created_at: Date;
  updated_at: Date;
}

export interface IdentityRow {
  profile_id: string;
  full_name: string;
  birth_date: string | null;
  gender: string | null;
  nationality: string | null;
  address: string | null;
  phone: string | null;
  contact_email: string | null;
  self_declared_migration_history: boolean | null;
  updated_at: Date;
}

/** The qualifications part of an application, as the application form stores it. */
export type Qualifications = Record<string, unknown>;

export interface ApplicationRow {
  id: string;
  position_id: string;
  profile_id: string;
  organisation_id: string;
  position_title: string;
  pseudonym: string;
  status: ApplicationStatus;
  qualifications: Qualifications;
  locale: string;
  closed_reason: 'position_closed' | 'consent_declined' | null;
  created_at: Date;
  updated_at: Date;
  invited_at: Date | null;
  consent_at: Date | null;
  withdrawn_at: Date | null;
  position_closed_at: Date | null;
}

export interface StatusChangeRow {
  application_id: string;
  from_status: ApplicationStatus | null;
  to_status: ApplicationStatus;
  actor: 'company' | 'applicant' | 'system';
  actor_user_id: string | null;
  reason: string | null;
  at: Date;
}

export interface MessageRow {
  id: string;
  application_id: string;
  sender: 'company' | 'applicant';
  sender_user_id: string | null;
  body: string;
  held_back: boolean;
  created_at: Date;
}

export interface AuditRow {
  actor_user_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  organisation_id: string | null;
  at: Date;
  details: Record<string, unknown>;
}
