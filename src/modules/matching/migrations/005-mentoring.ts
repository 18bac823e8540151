import { sql, type Kysely } from 'kysely';

/**
 * Mentorships (Ausbildungspatenschaften) between people and between companies, the coordinator's
 * follow-up (session log, problem reports), confidential help against drop-outs, alert
 * subscriptions for applicants and companies, and the reminders of the profile inactivity job.
 * Depends on 003 (applicant_profiles).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One table for both audiences: 'person' (a volunteer or a company's staff member for an
  // applicant or apprentice) and 'company' (a company for an SME). Focus values differ per audience.
  await sql`
    create table mentorship_offers (
      id uuid primary key default gen_random_uuid(),
      audience text not null check (audience in ('person', 'company')),
      mentor_user_id uuid not null references users(id) on delete cascade,
      organisation_id uuid references organisations(id) on delete cascade,
      mentor_kind text not null check (mentor_kind in ('volunteer', 'company_staff', 'company')),
      focus text[] not null check (cardinality(focus) > 0),
      cities text[] not null default '{}',
      languages text[] not null default '{}',
      capacity int not null check (capacity between 1 and 20),
      note text not null default '',
      status text not null default 'open' check (status in ('open', 'closed')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((audience = 'company') = (mentor_kind = 'company')),
      check (mentor_kind = 'volunteer' or organisation_id is not null)
    )`.execute(db);
  await sql`create index mentorship_offers_open on mentorship_offers (audience, created_at) where status = 'open'`.execute(
    db,
  );
  await sql`create index mentorship_offers_mentor on mentorship_offers (mentor_user_id)`.execute(db);

  await sql`
    create table mentorship_requests (
      id uuid primary key default gen_random_uuid(),
      audience text not null check (audience in ('person', 'company')),
      requester_user_id uuid not null references users(id) on delete cascade,
      organisation_id uuid references organisations(id) on delete cascade,
      focus text not null,
      city text check (city in ('bochum', 'dortmund', 'duisburg', 'essen', 'gelsenkirchen', 'muelheim', 'oberhausen')),
      languages text[] not null default '{}',
      note text not null default '',
      status text not null default 'open' check (status in ('open', 'matched', 'withdrawn', 'ended')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (audience = 'person' or organisation_id is not null)
    )`.execute(db);
  await sql`create index mentorship_requests_open on mentorship_requests (audience, created_at) where status = 'open'`.execute(
    db,
  );
  await sql`create index mentorship_requests_requester on mentorship_requests (requester_user_id)`.execute(db);

  await sql`
    create table mentorships (
      id uuid primary key default gen_random_uuid(),
      offer_id uuid not null references mentorship_offers(id) on delete cascade,
      request_id uuid not null unique references mentorship_requests(id) on delete cascade,
      coordinator_user_id uuid references users(id) on delete set null,
      status text not null default 'active' check (status in ('active', 'ended')),
      started_at timestamptz not null default now(),
      ended_at timestamptz,
      end_note text
    )`.execute(db);
  await sql`create index mentorships_offer on mentorships (offer_id) where status = 'active'`.execute(db);

  await sql`
    create table mentorship_sessions (
      id uuid primary key default gen_random_uuid(),
      mentorship_id uuid not null references mentorships(id) on delete cascade,
      held_on date not null,
      topic text not null,
      note text not null default '',
      author_user_id uuid references users(id) on delete set null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index mentorship_sessions_mentorship on mentorship_sessions (mentorship_id, held_on desc)`.execute(
    db,
  );

  // A problem report is seen by its author and the coordinators, not by the other side.
  await sql`
    create table mentorship_problem_reports (
      id uuid primary key default gen_random_uuid(),
      mentorship_id uuid not null references mentorships(id) on delete cascade,
      reporter_user_id uuid references users(id) on delete set null,
      description text not null,
      status text not null default 'open' check (status in ('open', 'resolved')),
      created_at timestamptz not null default now(),
      resolved_at timestamptz,
      resolved_by uuid references users(id) on delete set null
    )`.execute(db);
  await sql`create index mentorship_problem_reports_open on mentorship_problem_reports (created_at) where status = 'open'`.execute(
    db,
  );

  // Confidential: no column names the training company, and no company can read this table.
  await sql`
    create table dropout_help_requests (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      situation text not null,
      reachable text not null default '',
      status text not null default 'open' check (status in ('open', 'assigned', 'closed')),
      mediator_user_id uuid references users(id) on delete set null,
      assigned_by uuid references users(id) on delete set null,
      assigned_at timestamptz,
      closed_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index dropout_help_requests_user on dropout_help_requests (user_id)`.execute(db);

  await sql`
    create table position_alerts (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      frequency text not null check (frequency in ('daily', 'weekly')),
      occupations text[] not null default '{}',
      cities text[] not null default '{}',
      kinds text[] not null default '{}',
      locale text not null,
      created_at timestamptz not null default now(),
      last_sent_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index position_alerts_user on position_alerts (user_id)`.execute(db);

  // One digest subscription per company member; the digest covers the organisation's open positions.
  await sql`
    create table profile_digest_subscriptions (
      user_id uuid primary key references users(id) on delete cascade,
      organisation_id uuid not null references organisations(id) on delete cascade,
      frequency text not null check (frequency in ('daily', 'weekly')),
      locale text not null,
      created_at timestamptz not null default now(),
      last_sent_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table profile_confirmation_requests (
      profile_id uuid primary key references applicant_profiles(id) on delete cascade,
      token_hash text not null unique,
      requested_at timestamptz not null default now()
    )`.execute(db);
}
