import { sql, type Kysely } from 'kysely';

/**
 * School–company partnerships (decision 035): what schools seek and companies offer (listings), the
 * partnership between one school and one company with its agreed activities and dates, and the yearly
 * review each side records per activity. An organisation's deletion takes its listings and partnerships
 * with it; a person's deletion leaves the records and removes only the reference to them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const kinds = sql.raw(
    `'internship', 'application_training', 'workplace_visit', 'career_exploration', 'parents_evening'`,
  );
  await sql`
    create table partnership_listings (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      side text not null check (side in ('school', 'company')),
      activities text[] not null check (cardinality(activities) >= 1 and activities <@ array[${kinds}]::text[]),
      grades integer[] not null default '{}' check (grades <@ array[5,6,7,8,9,10,11,12,13]),
      pupils integer not null check (pupils between 1 and 400),
      months integer[] not null check (cardinality(months) >= 1 and months <@ array[1,2,3,4,5,6,7,8,9,10,11,12]),
      postcode text not null check (postcode ~ '^[0-9]{5}$'),
      city text not null check (city in ('bochum', 'dortmund', 'duisburg', 'essen', 'gelsenkirchen', 'muelheim', 'oberhausen')),
      occupations text check (char_length(occupations) <= 300),
      note text check (char_length(note) <= 1000),
      status text not null default 'open' check (status in ('open', 'closed')),
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index partnership_listings_open on partnership_listings (side, city) where status = 'open'`.execute(
    db,
  );
  await sql`create index partnership_listings_org on partnership_listings (organisation_id)`.execute(db);
  await sql`
    create table partnerships (
      id uuid primary key default gen_random_uuid(),
      school_id uuid not null references organisations(id) on delete cascade,
      company_id uuid not null references organisations(id) on delete cascade,
      school_listing_id uuid references partnership_listings(id) on delete set null,
      company_listing_id uuid references partnership_listings(id) on delete set null,
      proposed_by text not null check (proposed_by in ('school', 'company')),
      status text not null default 'proposed' check (status in ('proposed', 'active', 'declined', 'ended')),
      message text check (char_length(message) <= 1000),
      decline_reason text check (char_length(decline_reason) <= 1000),
      end_reason text check (char_length(end_reason) <= 1000),
      school_contact_name text check (char_length(school_contact_name) <= 120),
      school_contact_email text check (char_length(school_contact_email) <= 254),
      school_contact_phone text check (char_length(school_contact_phone) <= 40),
      school_contact_by uuid references users(id) on delete set null,
      company_contact_name text check (char_length(company_contact_name) <= 120),
      company_contact_email text check (char_length(company_contact_email) <= 254),
      company_contact_phone text check (char_length(company_contact_phone) <= 40),
      company_contact_by uuid references users(id) on delete set null,
      school_consent boolean not null default false,
      company_consent boolean not null default false,
      proposed_at timestamptz not null default now(),
      answered_at timestamptz,
      ended_at timestamptz,
      review_due_on date,
      check (school_id <> company_id),
      check ((status = 'active') = (review_due_on is not null))
    )`.execute(db);
  // One open or running partnership per pair: a second proposal between the same two is refused.
  await sql`
    create unique index partnerships_one_per_pair on partnerships (school_id, company_id)
      where status in ('proposed', 'active')`.execute(db);
  await sql`create index partnerships_company on partnerships (company_id)`.execute(db);
  await sql`
    create index partnerships_public on partnerships (status) where status = 'active' and school_consent and company_consent`.execute(
    db,
  );
  await sql`
    create table partnership_activities (
      id uuid primary key default gen_random_uuid(),
      partnership_id uuid not null references partnerships(id) on delete cascade,
      kind text not null check (kind in (${kinds})),
      planned_on date not null,
      position integer not null check (position between 1 and 6),
      unique (partnership_id, position)
    )`.execute(db);
  await sql`
    create table partnership_reviews (
      id uuid primary key default gen_random_uuid(),
      partnership_id uuid not null references partnerships(id) on delete cascade,
      activity_id uuid not null references partnership_activities(id) on delete cascade,
      side text not null check (side in ('school', 'company')),
      round_due_on date not null,
      took_place boolean not null,
      pupils integer check (pupils between 0 and 400),
      note text check (char_length(note) <= 1000),
      recorded_by uuid references users(id) on delete set null,
      recorded_at timestamptz not null default now(),
      unique (activity_id, side, round_due_on)
    )`.execute(db);
}
