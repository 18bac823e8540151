import { sql, type Kysely } from 'kysely';

/**
 * Feedback sent from the accessibility statement. Created by '001-foundation' until the table moved to this module;
 * `if not exists` makes this migration a no-op on a database where that older version of '001-foundation' ran.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table if not exists accessibility_feedback (
      id uuid primary key default gen_random_uuid(),
      created_at timestamptz not null default now(),
      page_url text,
      message text not null,
      contact_email text,
      locale text not null,
      user_id uuid references users(id) on delete set null
    )`.execute(db);
}
