import type { ColumnType, Generated, Selectable } from 'kysely';
import type { MembershipRole, NullableTimestamp, Timestamp } from '../../core/db/database.js';

// The organisations module's own table, added to core's `Database` by declaration merging.

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

/** Commitments a company can name on its public profile; each one is a checkbox the admin ticks. */
export const COMPANY_COMMITMENTS = [
  'charta_der_vielfalt',
  'anonymised_hiring',
  'intercultural_training',
  'language_support',
  'school_partnerships',
] as const;
export type CompanyCommitment = (typeof COMPANY_COMMITMENTS)[number];

/** The public profile of a verified company, written by its admins. One row per organisation. */
export interface CompanyProfilesTable {
  organisation_id: string;
  about: ColumnType<string, string | undefined, string>;
  offers: ColumnType<string, string | undefined, string>;
  commitments: ColumnType<CompanyCommitment[], CompanyCommitment[] | undefined, CompanyCommitment[]>;
  offers_mentoring: ColumnType<boolean, boolean | undefined, boolean>;
  mentoring_note: ColumnType<string, string | undefined, string>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}
export type CompanyProfile = Selectable<CompanyProfilesTable>;

declare module '../../core/db/database.js' {
  interface Database {
    invitations: InvitationsTable;
    company_profiles: CompanyProfilesTable;
  }
}
