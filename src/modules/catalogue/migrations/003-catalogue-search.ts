import { sql, type Kysely } from 'kysely';

/**
 * Faster catalogue search: a small ranking document beside the full search document.
 *
 * search_vector holds title, summary, body, cities and every translation; at about 1 KB it is
 * mostly stored out of line, and ranking a broad query ("Ausbildung", half the catalogue) had to
 * fetch and decompress it for every match. rank_vector holds only the titles (A) and summaries (B),
 * German and translated, small enough to stay in the row. Matching still uses search_vector, so
 * a word found only in the body still finds the entry; it is ranked from rank_vector.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table catalogue_entries add column rank_vector tsvector not null default ''::tsvector`.execute(db);
  // What a search reads for every match stays in the row: out of line, each value would cost a
  // TOAST lookup per match (arrays too: beside a long body, the row spills them out).
  for (const column of ['rank_vector', 'fields_of_action', 'target_groups', 'cities', 'languages']) {
    await sql`alter table catalogue_entries alter column ${sql.id(column)} set storage main`.execute(db);
  }
  await sql`
    create function catalogue_rank_document(e catalogue_entries) returns tsvector language sql stable as $$
      select
        setweight(to_tsvector('vr_german', e.title), 'A') ||
        setweight(to_tsvector('vr_german', e.summary), 'B') ||
        coalesce((
          select setweight(to_tsvector('vr_simple', string_agg(t.title, ' ')), 'A') ||
                 setweight(to_tsvector('vr_simple', string_agg(t.summary, ' ')), 'B')
          from catalogue_translations t where t.entry_id = e.id
        ), ''::tsvector)
    $$`.execute(db);
  // Same trigger, same moments (its own columns, the cities and a translation's change): both documents.
  await sql`
    create or replace function catalogue_entries_search_trigger() returns trigger language plpgsql as $$
    begin
      new.search_vector := catalogue_search_document(new);
      new.rank_vector := catalogue_rank_document(new);
      return new;
    end $$`.execute(db);
  await sql`update catalogue_entries e set rank_vector = catalogue_rank_document(e)`.execute(db);
}
