import { sql, type Kysely } from 'kysely';

/**
 * Long ("flat") tables as GENESIS, the Regionaldatenbank and the Landesdatenbank export them: one line
 * per value, a column naming the indicator (Merkmal, Statistik-Code) and, often, columns of a
 * sub-dimension (sex, age group, nationality group). An import may then hold several indicators, so
 * its indicator is optional (null: named per line). Values of a subgroup are kept in their own table,
 * so every reader of `monitoring_values` (dashboards, targets, corrections, open data) keeps reading
 * totals only; the staging rows of the background job carry the indicator and the subgroup.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const areas = sql.raw(`'bochum','dortmund','duisburg','essen','gelsenkirchen','muelheim','oberhausen','nrw','ruhr'`);
  await sql`alter table monitoring_imports alter column indicator_key drop not null`.execute(db);
  await sql`alter table monitoring_import_rows
    add column indicator_key text not null default '',
    add column breakdown text not null default ''`.execute(db);
  await sql`
    create table monitoring_breakdown_values (
      id uuid primary key default gen_random_uuid(),
      indicator_key text not null,
      area text not null check (area in (${areas})),
      year integer not null check (year between 1950 and 2100),
      breakdown text not null check (char_length(breakdown) between 1 and 300),
      value double precision,
      sign text check (sign in ('zero', 'unknown', 'secret', 'not_available')),
      source text not null,
      retrieved_on date not null,
      import_id uuid not null references monitoring_imports(id) on delete restrict,
      created_at timestamptz not null default now(),
      unique (indicator_key, area, year, breakdown),
      check (value is not null or sign in ('unknown', 'secret', 'not_available'))
    )`.execute(db);
  await sql`create index monitoring_breakdown_values_import on monitoring_breakdown_values (import_id)`.execute(db);
}
