import { sql, type Kysely } from 'kysely';

/**
 * Core's tables: accounts, sessions and tokens, organisations and memberships, the audit trail and the dev outbox.
 * This migration once also created `invitations` and `accessibility_feedback`; they now belong to the
 * organisations and site modules ('001-organisations-invitations', '001-site-accessibility-feedback'), whose
 * migrations create them only if they do not exist yet (see docs/decisions/014-migrations-owned-by-modules.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists unaccent`.execute(db);
  await sql`create extension if not exists pg_trgm`.execute(db);

  await sql`
    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      password_hash text not null,
      display_name text not null,
      locale text not null default 'de',
      email_verified_at timestamptz,
      last_login_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index users_email_key on users (lower(email))`.execute(db);

  await sql`
    create table organisations (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      type text not null check (type in ('municipality', 'company', 'provider', 'school', 'cooperation_office')),
      city text check (city in ('bochum', 'dortmund', 'duisburg', 'essen', 'gelsenkirchen', 'muelheim', 'oberhausen')),
      website text,
      verified_at timestamptz,
      verified_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  // The cooperation has exactly one municipality account per city.
  await sql`create unique index organisations_one_municipality_per_city on organisations (city) where type = 'municipality'`.execute(
    db,
  );

  await sql`
    create table memberships (
      user_id uuid not null references users(id) on delete cascade,
      organisation_id uuid not null references organisations(id) on delete cascade,
      role text not null check (role in ('member', 'admin')),
      created_at timestamptz not null default now(),
      primary key (user_id, organisation_id)
    )`.execute(db);
  // One organisation per account keeps every permission question answerable from one row.
  await sql`create unique index memberships_one_per_user on memberships (user_id)`.execute(db);
  await sql`create index memberships_organisation on memberships (organisation_id)`.execute(db);

  await sql`
    create table sessions (
      id text primary key,
      user_id uuid not null references users(id) on delete cascade,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    )`.execute(db);
  await sql`create index sessions_user on sessions (user_id)`.execute(db);

  await sql`
    create table auth_tokens (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      purpose text not null check (purpose in ('confirm_email', 'reset_password')),
      token_hash text not null unique,
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table audit_log (
      id bigserial primary key,
      at timestamptz not null default now(),
      actor_user_id uuid,
      action text not null,
      subject_type text not null,
      subject_id text,
      organisation_id uuid,
      ip text,
      details jsonb not null default '{}'::jsonb
    )`.execute(db);
  await sql`create index audit_log_at on audit_log (at desc)`.execute(db);
  await sql`create index audit_log_actor on audit_log (actor_user_id)`.execute(db);

  await sql`
    create table dev_outbox (
      id bigserial primary key,
      at timestamptz not null default now(),
      to_address text not null,
      subject text not null,
      text_body text not null
    )`.execute(db);
}
