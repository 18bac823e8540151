import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import type { NewCatalogueEntry, TranslationLocale } from '../tables.js';
import { createOrganisation } from '../../../seed/factories.js';

/**
 * Test data for the search: entries inserted directly (published, with a publication date), as the
 * publishing workflow would leave them (the search index follows by itself).
 */
export async function insertEntries(
  db: Kysely<Database>,
  entries: (Partial<NewCatalogueEntry> & {
    title: string;
    translations?: { locale: TranslationLocale; title: string; summary: string }[];
  })[],
): Promise<string[]> {
  const organisation = await createOrganisation(db, { type: 'provider', verified_at: new Date() });
  const ids: string[] = [];
  for (const [n, { translations, ...entry }] of entries.entries()) {
    const row = await db
      .insertInto('catalogue_entries')
      .values({
        kind: 'offer',
        organisation_id: organisation.id,
        status: 'published',
        summary: 'Ein Angebot der Städtekooperation.',
        published_at: new Date(Date.now() - (n + 1) * 60_000),
        ...entry,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const translation of translations ?? [])
      await db
        .insertInto('catalogue_translations')
        .values({ entry_id: row.id, ...translation })
        .execute();
    ids.push(row.id);
  }
  return ids;
}
