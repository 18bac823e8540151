import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../core/db/database.js';

/**
 * The search index (catalogue_search_sets, migration 006) follows every change of an entry by
 * itself, through a trigger that applies the change when its transaction commits (so a search
 * inside that same transaction does not see it yet). Loading thousands of entries at once is
 * faster without it: switch it off for the loading transaction, then rebuild the whole index in
 * one statement before commit; changes after the rebuild are followed again.
 */
export async function deferSearchIndex(trx: Transaction<Database>): Promise<void> {
  await sql`select set_config('vr.catalogue_search_bulk', 'on', true)`.execute(trx);
}

export async function rebuildSearchIndex(db: Kysely<Database>): Promise<void> {
  await sql`select set_config('vr.catalogue_search_bulk', 'off', true)`.execute(db);
  await sql`select catalogue_search_rebuild()`.execute(db);
}
