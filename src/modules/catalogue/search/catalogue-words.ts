import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/schema.js';

/**
 * Keeps catalogue_words — the distinct words (lexemes) of published entries — filled, so the
 * search can widen a misspelt word to the closest words that really occur. Call it with an entry
 * id after publishing that entry, and without one after bulk changes (demo data, imports): then
 * the table is rebuilt and words of entries no longer public disappear.
 */
export async function refreshCatalogueWords(db: Kysely<Database>, entryId?: string): Promise<void> {
  if (entryId) {
    await sql`
      insert into catalogue_words (word)
      select distinct w from catalogue_entries e, unnest(tsvector_to_array(e.search_vector)) as w
      where e.id = ${entryId} and e.status = 'published' and e.hidden_at is null and char_length(w) between 2 and 60
      on conflict (word) do nothing`.execute(db);
    return;
  }
  // One statement, so a concurrent search sees either the old or the new set of words.
  await sql`
    with fresh as (
      select distinct w from catalogue_entries e, unnest(tsvector_to_array(e.search_vector)) as w
      where e.status = 'published' and e.hidden_at is null and char_length(w) between 2 and 60
    ),
    removed as (delete from catalogue_words c where not exists (select 1 from fresh f where f.w = c.word))
    insert into catalogue_words (word) select w from fresh on conflict (word) do nothing`.execute(db);
}
