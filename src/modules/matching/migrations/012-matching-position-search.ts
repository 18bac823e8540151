import { sql, type Kysely } from 'kysely';

/**
 * Full-text search of positions with the catalogue's German configuration: titles weigh A,
 * descriptions B, in a generated column with a GIN index over the published positions. The
 * occupation names are matched in the search itself (from src/region), so they need no copy here.
 * Writes to positions raise the site search's write counter (012-catalogue-search-writes).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table positions add column search_vector tsvector generated always as (
      setweight(to_tsvector('vr_german'::regconfig, title), 'A') ||
      setweight(to_tsvector('vr_german'::regconfig, description), 'B')
    ) stored`.execute(db);
  await sql`create index positions_search on positions using gin (search_vector) where status = 'published'`.execute(
    db,
  );
  await sql`create index positions_published_deadline on positions (published_at desc, id) where status = 'published'`.execute(
    db,
  );
  await sql`
    create constraint trigger positions_search_writes
    after insert or update or delete on positions
    deferrable initially deferred
    for each row execute function search_note_write()`.execute(db);
  await sql`
    create trigger positions_search_truncates
    after truncate on positions
    for each statement execute function search_note_write()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger positions_search_writes on positions`.execute(db);
  await sql`drop trigger positions_search_truncates on positions`.execute(db);
  await sql`drop index positions_published_deadline`.execute(db);
  await sql`drop index positions_search`.execute(db);
  await sql`alter table positions drop column search_vector`.execute(db);
}
