import { sql, type Kysely } from 'kysely';

/**
 * Invitations to join an organisation. Created by '001-foundation' until the table moved to this module; `if not
 * exists` makes this migration a no-op on a database where that older version of '001-foundation' ran.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table if not exists invitations (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      email text not null,
      role text not null check (role in ('member', 'admin')),
      token_hash text not null unique,
      invited_by uuid references users(id) on delete set null,
      expires_at timestamptz not null,
      accepted_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);
}
