import { sql, type Kysely } from 'kysely';

/**
 * A write generation for the site search's result cache (core/search/result-cache.ts). Every
 * transaction that writes what a search shows adds one row, at its commit (a deferred constraint
 * trigger), numbered from a sequence; the generation a reader sees is the highest number, read in its
 * own snapshot, so a reader that sees the new number also sees the new data, and cached results of an
 * older number are dropped. Writers never wait for each other here: each adds its own row, keyed by its
 * transaction id (a single shared counter row made concurrent writers of entries deadlock). A
 * truncate (tests) counts as a write too. The cache also forgets its results after a short time, which
 * bounds what the one remaining race can do (two writers committing in the other order than they drew
 * their numbers). This migration counts the catalogue's tables and organisations (their names appear in
 * results); 012-matching-position-search adds positions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create sequence search_write_numbers`.execute(db);
  await sql`
    create table search_writes (
      xid bigint primary key,
      n bigint not null
    )`.execute(db);
  await sql`create index search_writes_n on search_writes (n)`.execute(db);
  await sql`
    create function search_note_write() returns trigger language plpgsql as $$
    begin
      insert into search_writes (xid, n) values (pg_current_xact_id()::text::bigint, nextval('search_write_numbers'))
      on conflict (xid) do nothing;
      return null;
    end $$`.execute(db);
  for (const table of SEARCHED_TABLES) await noteWritesOf(db, table);
}

const SEARCHED_TABLES = ['catalogue_entries', 'catalogue_translations', 'organisations'];

async function noteWritesOf(db: Kysely<unknown>, table: string): Promise<void> {
  await sql`
    create constraint trigger ${sql.id(`${table}_search_writes`)}
    after insert or update or delete on ${sql.id(table)}
    deferrable initially deferred
    for each row execute function search_note_write()`.execute(db);
  await sql`
    create trigger ${sql.id(`${table}_search_truncates`)}
    after truncate on ${sql.id(table)}
    for each statement execute function search_note_write()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of SEARCHED_TABLES) {
    await sql`drop trigger ${sql.id(`${table}_search_writes`)} on ${sql.id(table)}`.execute(db);
    await sql`drop trigger ${sql.id(`${table}_search_truncates`)} on ${sql.id(table)}`.execute(db);
  }
  await sql`drop function search_note_write()`.execute(db);
  await sql`drop table search_writes`.execute(db);
  await sql`drop sequence search_write_numbers`.execute(db);
}
