import { sql, type Kysely } from 'kysely';

/**
 * A write generation for the site search's result cache (core/search/result-cache.ts): every
 * statement that writes what a search shows sets `search_writes.n` to its transaction's id, in that
 * transaction, so a reader that sees the new number also sees the new data, and cached results of an
 * older number are dropped. Transaction ids only grow and are never reused, so the number changes
 * even when the table itself was emptied (a truncate of everything, as tests do).
 * This migration counts the catalogue's tables and organisations (their names appear in results);
 * 012-matching-position-search adds positions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table search_writes (
      id boolean primary key default true check (id),
      n bigint not null default 0
    )`.execute(db);
  await sql`insert into search_writes default values`.execute(db);
  await sql`
    create function search_note_write() returns trigger language plpgsql as $$
    begin
      insert into search_writes (id, n) values (true, pg_current_xact_id()::text::bigint)
      on conflict (id) do update set n = excluded.n;
      return null;
    end $$`.execute(db);
  for (const table of ['catalogue_entries', 'catalogue_translations', 'organisations'])
    await sql`
      create trigger ${sql.id(`${table}_search_writes`)}
      after insert or update or delete or truncate on ${sql.id(table)}
      for each statement execute function search_note_write()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['catalogue_entries', 'catalogue_translations', 'organisations'])
    await sql`drop trigger ${sql.id(`${table}_search_writes`)} on ${sql.id(table)}`.execute(db);
  await sql`drop function search_note_write()`.execute(db);
  await sql`drop table search_writes`.execute(db);
}
