import { sql, type Kysely } from 'kysely';

/**
 * The path to becoming a training company (decision 034): the steps with their texts per language and the date
 * of their last review, the contacts the coordination office maintains, each company's own path with the steps
 * it ticked off, and its requests for a personal adviser. The first version of the steps ships in shipped-steps.ts
 * and is stored on first use; from then on the office edits them on the platform.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table training_steps (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique check (slug ~ '^[a-z0-9-]{1,64}$'),
      position integer not null unique check (position >= 1),
      helper_kinds text[] not null default '{}' check (helper_kinds <@ array['chamber', 'city']::text[]),
      reviewed_at timestamptz not null default now(),
      reviewed_by uuid references users(id) on delete set null
    )`.execute(db);
  await sql`
    create table training_step_texts (
      step_id uuid not null references training_steps(id) on delete cascade,
      lang text not null check (lang in ('de', 'en', 'tr', 'ar', 'pl', 'ru', 'uk')),
      title text not null check (char_length(title) between 1 and 120),
      needs text not null check (char_length(needs) between 1 and 1000),
      helpers text not null check (char_length(helpers) between 1 and 1000),
      body text not null check (char_length(body) between 1 and 3000),
      updated_at timestamptz not null default now(),
      primary key (step_id, lang)
    )`.execute(db);
  await sql`
    create table training_contacts (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('chamber_adviser', 'city_contact')),
      chamber text check (chamber is null or char_length(chamber) <= 64),
      city text check (city in ('bochum', 'dortmund', 'duisburg', 'essen', 'gelsenkirchen', 'muelheim', 'oberhausen')),
      name text not null check (char_length(name) between 1 and 120),
      unit text not null check (char_length(unit) between 1 and 200),
      email text not null check (char_length(email) between 3 and 254),
      phone text not null check (char_length(phone) between 3 and 40),
      reviewed_at timestamptz not null default now(),
      reviewed_by uuid references users(id) on delete set null,
      check ((kind = 'chamber_adviser') = (chamber is not null)),
      check ((kind = 'city_contact') = (city is not null))
    )`.execute(db);
  await sql`
    create table training_paths (
      organisation_id uuid primary key references organisations(id) on delete cascade,
      occupation_id text not null check (char_length(occupation_id) <= 64),
      city text not null
        check (city in ('bochum', 'dortmund', 'duisburg', 'essen', 'gelsenkirchen', 'muelheim', 'oberhausen')),
      started_by uuid references users(id) on delete set null,
      started_at timestamptz not null default now(),
      reminded_step_id uuid references training_steps(id) on delete set null,
      reminded_at timestamptz
    )`.execute(db);
  await sql`
    create table training_path_ticks (
      organisation_id uuid not null references training_paths(organisation_id) on delete cascade,
      step_id uuid not null references training_steps(id) on delete cascade,
      ticked_by uuid references users(id) on delete set null,
      ticked_at timestamptz not null default now(),
      primary key (organisation_id, step_id)
    )`.execute(db);
  await sql`
    create table training_adviser_requests (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      requested_by uuid references users(id) on delete set null,
      needs text not null check (char_length(needs) between 1 and 2000),
      contact_preference text not null check (contact_preference in ('email', 'phone', 'visit')),
      phone text check (phone is null or char_length(phone) between 3 and 40),
      consent_at timestamptz not null,
      status text not null default 'open' check (status in ('open', 'in_progress', 'done')),
      taken_by uuid references users(id) on delete set null,
      taken_at timestamptz,
      done_at timestamptz,
      created_at timestamptz not null default now(),
      check ((status = 'done') = (done_at is not null)),
      check (status = 'open' or taken_at is not null)
    )`.execute(db);
  await sql`create index training_adviser_requests_org on training_adviser_requests (organisation_id, created_at desc)`.execute(
    db,
  );
  await sql`create index training_adviser_requests_status on training_adviser_requests (status, created_at)`.execute(
    db,
  );
}
