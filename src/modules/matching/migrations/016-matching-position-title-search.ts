import { sql, type Kysely } from 'kysely';

/**
 * The title's words on their own, for the position search's first relevance tier (positions whose
 * title holds every word come first): a generated vector with a GIN index over the published positions,
 * beside migration 012's vector of title and description.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table positions add column title_vector tsvector
      generated always as (to_tsvector('vr_german'::regconfig, title)) stored`.execute(db);
  await sql`create index positions_title_search on positions using gin (title_vector) where status = 'published'`.execute(
    db,
  );
}
