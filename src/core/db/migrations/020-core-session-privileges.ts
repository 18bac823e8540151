import { sql, type Kysely } from 'kysely';

/**
 * A session remembers the organisation, role and verification its person had when it was issued
 * (or last renewed). When they change, the session is renewed under a new id (core/auth/sessions.ts), so an id
 * someone learnt before a person gained rights never carries those rights. Null for sessions issued before
 * this migration: their first request records the current state.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table sessions add column privileges text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table sessions drop column if exists privileges`.execute(db);
}
