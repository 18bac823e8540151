import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { City } from '../../region/index.js';

/**
 * The database as core knows it: the tables core's auth, audit trail, mail outbox and rate-limit store read.
 * Every module adds its own tables to `Database` from its `tables.ts` (TypeScript declaration merging), so
 * core never imports a module and a module's tables are declared next to its migrations.
 */

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export const ORGANISATION_TYPES = ['municipality', 'company', 'provider', 'school', 'cooperation_office'] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
export const MEMBERSHIP_ROLES = ['member', 'admin'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
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
  /** Organisation, role and verification when issued (migration 020-core-session-privileges); null before. */
  privileges: string | null;
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
  /** Files the mail carries (migration 008-core-mail-attachments). */
  attachments: ColumnType<MailAttachmentRow[], string | undefined, string>;
}

/** One file of a mail in the development outbox. */
export interface MailAttachmentRow {
  filename: string;
  contentType: string;
  content: string;
}

/** Rate-limit counters shared by all app processes (migration 007-rate-limits); key is a digest, never an address. */
export interface RateLimitsTable {
  key: string;
  hits: number;
  expires_at: Timestamp;
}

/** One-time keys of posted forms and the answer each got (migration 022-core-form-submissions). */
export interface FormSubmissionsTable {
  key_hash: string;
  created_at: Generated<Date>;
  location: string | null;
}

/** A mail waiting for delivery, sealed (migration 019-core-mail-queue); deleted once delivered. */
export interface MailQueueTable {
  id: Generated<string>;
  queue: string;
  /** Keyed digest of the recipient's address (core/mail/sealed-mail.ts), for export and erasure. */
  recipient_digest: string;
  /** Keyed digest of the bundle (conversation and recipient) a notification belongs to. */
  bundle_digest: string | null;
  /** Address, subject, text and attachments, encrypted. */
  sealed: string;
  created_at: Generated<Date>;
}

/** When each bundle of notification mails last went out (migration 019-core-mail-queue). */
export interface MailBundlesTable {
  digest: string;
  last_sent_at: Timestamp;
}

export interface Database {
  users: UsersTable;
  organisations: OrganisationsTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  auth_tokens: AuthTokensTable;
  audit_log: AuditLogTable;
  dev_outbox: DevOutboxTable;
  rate_limits: RateLimitsTable;
  form_submissions: FormSubmissionsTable;
  mail_queue: MailQueueTable;
  mail_bundles: MailBundlesTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Organisation = Selectable<OrganisationsTable>;
export type Membership = Selectable<MembershipsTable>;
