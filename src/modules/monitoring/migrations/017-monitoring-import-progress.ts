import { sql, type Kysely } from 'kysely';

/**
 * Large imports are saved by a background job with visible progress. An import waiting for or in the
 * hands of the job is "saving"; its checked rows are written in batches to a staging table (each batch
 * counted in `progress_done`), and one last transaction moves them into `monitoring_values`, so a
 * reader never sees half an import and a failure leaves no value behind.
 *
 * The dashboards read every value on each request; `monitoring_data_version` counts the writes to the
 * values and corrections (a statement trigger, so an import of thousands of rows counts once), and the
 * readers keep what they read until the number changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table monitoring_imports drop constraint monitoring_imports_status_check`.execute(db);
  await sql`alter table monitoring_imports add constraint monitoring_imports_status_check
    check (status in ('draft', 'saving', 'saved', 'rolled_back'))`.execute(db);
  await sql`alter table monitoring_imports
    add column progress_done integer not null default 0 check (progress_done >= 0),
    add column progress_total integer not null default 0 check (progress_total >= 0),
    add column failed_at timestamptz`.execute(db);
  await sql`
    create table monitoring_import_rows (
      import_id uuid not null references monitoring_imports(id) on delete cascade,
      line integer not null,
      area text not null,
      year integer not null,
      value double precision,
      sign text,
      primary key (import_id, line)
    )`.execute(db);
  await sql`
    create table monitoring_data_version (
      id boolean primary key default true check (id),
      version bigint not null
    )`.execute(db);
  await sql`
    create function monitoring_bump_data_version() returns trigger language plpgsql as $$
    begin
      insert into monitoring_data_version (id, version) values (true, 1)
        on conflict (id) do update set version = monitoring_data_version.version + 1;
      return null;
    end $$`.execute(db);
  for (const table of ['monitoring_values', 'monitoring_corrections']) {
    await sql`create trigger ${sql.id(`${table}_data_version`)}
      after insert or update or delete on ${sql.id(table)}
      for each statement execute function monitoring_bump_data_version()`.execute(db);
    await sql`create trigger ${sql.id(`${table}_data_version_truncate`)}
      after truncate on ${sql.id(table)}
      for each statement execute function monitoring_bump_data_version()`.execute(db);
  }
}
