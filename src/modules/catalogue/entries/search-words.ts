import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/schema.js';

/**
 * What publishing must keep current beyond the entry itself: the word list behind the
 * typo-tolerant search (catalogue_words), fed from the published entry's words.
 */
export async function afterEntryPublished(db: Kysely<Database>, entryId: string): Promise<void> {
  void db;
  void entryId;
}
