import { sql, type Kysely } from 'kysely';
import { seedReportGoals } from '../report-goals.js';

/**
 * Monitoring: imports of official-statistics tables, the values per indicator, area and year with
 * their corrections, targets, and the work programme (goals, initiatives, milestones, the indicators
 * that measure them, links from catalogue projects). The goals of Abbildung 3 and the initiatives of
 * Abbildungen 4 and 5 of the report "Vielfalt schafft Zukunft" are facts of the cooperation, not demo
 * data, so they are written here (from report-goals.ts, which the tests and the demo seed use alike).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const areas = sql.raw(`'bochum','dortmund','duisburg','essen','gelsenkirchen','muelheim','oberhausen','nrw','ruhr'`);
  await sql`
    create table monitoring_imports (
      id uuid primary key default gen_random_uuid(),
      indicator_key text not null,
      source_table text not null check (char_length(source_table) between 1 and 100),
      source_label text not null check (char_length(source_label) between 1 and 300),
      retrieved_on date not null,
      raw_text text not null,
      mapping jsonb,
      status text not null default 'draft' check (status in ('draft', 'saved', 'rolled_back')),
      row_count integer not null default 0,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      saved_at timestamptz,
      rolled_back_at timestamptz
    )`.execute(db);
  await sql`
    create table monitoring_mappings (
      source_table text primary key,
      mapping jsonb not null,
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table monitoring_values (
      id uuid primary key default gen_random_uuid(),
      indicator_key text not null,
      area text not null check (area in (${areas})),
      year integer not null check (year between 1950 and 2100),
      value double precision,
      sign text check (sign in ('zero', 'unknown', 'secret', 'not_available')),
      source text not null,
      retrieved_on date not null,
      is_demo boolean not null default false,
      import_id uuid references monitoring_imports(id) on delete restrict,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (indicator_key, area, year),
      check (value is not null or sign in ('unknown', 'secret', 'not_available'))
    )`.execute(db);
  await sql`create index monitoring_values_import on monitoring_values (import_id)`.execute(db);
  await sql`
    create table monitoring_corrections (
      id uuid primary key default gen_random_uuid(),
      value_id uuid not null references monitoring_values(id) on delete cascade,
      previous_value double precision,
      previous_sign text,
      new_value double precision,
      reason text not null check (char_length(reason) between 3 and 1000),
      corrected_by uuid references users(id) on delete set null,
      corrected_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index monitoring_corrections_value on monitoring_corrections (value_id)`.execute(db);
  await sql`
    create table monitoring_targets (
      id uuid primary key default gen_random_uuid(),
      indicator_key text not null,
      area text check (area in (${areas})),
      target_value double precision,
      target_year integer check (target_year between 2000 and 2100),
      reference_indicator_key text,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      check ((target_value is not null and target_year is not null) or reference_indicator_key is not null),
      check (reference_indicator_key is null or reference_indicator_key <> indicator_key)
    )`.execute(db);
  await sql`create unique index monitoring_targets_one on monitoring_targets (indicator_key, coalesce(area, ''))`.execute(
    db,
  );
  await sql`
    create table monitoring_goals (
      id uuid primary key default gen_random_uuid(),
      level text not null check (level in ('normative', 'strategic', 'objective')),
      parent_id uuid references monitoring_goals(id) on delete set null,
      title text not null,
      position integer not null
    )`.execute(db);
  await sql`
    create table monitoring_initiatives (
      id uuid primary key default gen_random_uuid(),
      goal_id uuid references monitoring_goals(id) on delete set null,
      title text not null check (char_length(title) between 1 and 300),
      description text not null default '' check (char_length(description) <= 4000),
      field text not null,
      owner_organisation_id uuid references organisations(id) on delete set null,
      owner_label text not null default '',
      cities text[] not null default '{}',
      status text not null default 'proposed'
        check (status in ('proposed', 'planned', 'running', 'completed', 'stopped')),
      source_label text not null default '',
      source_path text not null default '',
      is_demo boolean not null default false,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table monitoring_milestones (
      id uuid primary key default gen_random_uuid(),
      initiative_id uuid not null references monitoring_initiatives(id) on delete cascade,
      title text not null,
      due_on date not null,
      reached_on date
    )`.execute(db);
  await sql`
    create table monitoring_initiative_indicators (
      initiative_id uuid not null references monitoring_initiatives(id) on delete cascade,
      indicator_key text not null,
      primary key (initiative_id, indicator_key)
    )`.execute(db);
  await sql`
    create table monitoring_project_links (
      id uuid primary key default gen_random_uuid(),
      catalogue_entry_id uuid not null references catalogue_entries(id) on delete cascade,
      goal_id uuid references monitoring_goals(id) on delete cascade,
      initiative_id uuid references monitoring_initiatives(id) on delete cascade,
      created_at timestamptz not null default now(),
      check ((goal_id is null) <> (initiative_id is null))
    )`.execute(db);
  await sql`create unique index monitoring_project_links_one
    on monitoring_project_links (catalogue_entry_id, coalesce(goal_id, initiative_id))`.execute(db);

  await seedReportGoals(db);
}
