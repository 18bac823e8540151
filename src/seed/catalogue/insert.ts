import type { Insertable, Transaction } from 'kysely';
import type { CatalogueEntriesTable, CatalogueTranslationsTable } from '../../modules/catalogue/tables.js';
import type { Database } from '../../core/db/database.js';
import { deferSearchIndex, rebuildSearchIndex } from '../../modules/catalogue/search/index.js';
import type { CatalogueEntryRow } from './types.js';

/** 500 rows × 28 columns stays far below PostgreSQL's 65,535 bind parameters per statement. */
const BATCH_SIZE = 500;

function toEntryColumns(row: CatalogueEntryRow): Insertable<CatalogueEntriesTable> {
  const { translations, details, ...columns } = row;
  void translations;
  return { ...columns, details: JSON.stringify(details) };
}

/**
 * Inserts entries and their translations in batches, in the caller's transaction. The search
 * document is computed by the table's trigger; each translation refreshes its entry's document
 * once more, so translations go in after all entries. The search index is rebuilt once at the end
 * instead of following each row.
 */
export async function insertCatalogueEntries(
  db: Transaction<Database>,
  rows: readonly CatalogueEntryRow[],
  log: (line: string) => void = () => undefined,
): Promise<{ entries: number; translations: number }> {
  await deferSearchIndex(db);
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    await db.insertInto('catalogue_entries').values(batch.map(toEntryColumns)).execute();
    log(`catalogue entries ${start + batch.length}/${rows.length}`);
  }
  const translations: Insertable<CatalogueTranslationsTable>[] = rows.flatMap((row) =>
    row.translations.map((translation) => ({ entry_id: row.id, ...translation, updated_at: row.updated_at })),
  );
  for (let start = 0; start < translations.length; start += BATCH_SIZE) {
    const batch = translations.slice(start, start + BATCH_SIZE);
    await db.insertInto('catalogue_translations').values(batch).execute();
    log(`catalogue translations ${start + batch.length}/${translations.length}`);
  }
  await rebuildSearchIndex(db);
  log('catalogue search index rebuilt');
  return { entries: rows.length, translations: translations.length };
}
