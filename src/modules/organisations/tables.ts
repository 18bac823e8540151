import type { Generated } from 'kysely';
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

declare module '../../core/db/database.js' {
  interface Database {
    invitations: InvitationsTable;
  }
}
