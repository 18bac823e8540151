import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { TRANSLATION_LOCALES, type EntryKind, type TranslationLocale } from '../tables.js';
import type { FieldOfAction } from '../taxonomy.js';
import { entryPagePath } from './links.js';

/** A published entry another module links to: its title in the reader's language where translated. */
export interface FittingEntry {
  id: string;
  kind: EntryKind;
  title: string;
  /** 'de' when the title is the German original shown on a page in another language. */
  titleLang: string | null;
  /** The entry's page, language prefix included. */
  href: string;
}

/**
 * Published, visible offers and knowledge (or other kinds) in any of the given fields of action, for
 * modules that recommend next steps (checklists). Entries for the reader's city come first, then the newest.
 */
export async function listFittingEntries(
  db: Kysely<Database>,
  options: {
    kinds: readonly EntryKind[];
    fieldsOfAction: readonly FieldOfAction[];
    locale: string;
    city?: string | null;
    limit: number;
  },
): Promise<FittingEntry[]> {
  const locale = TRANSLATION_LOCALES.find((code) => code === options.locale) ?? null;
  const rows = await db
    .selectFrom('catalogue_entries as e')
    .leftJoin('catalogue_translations as tr', (join) =>
      join.onRef('tr.entry_id', '=', 'e.id').on('tr.locale', '=', sql<TranslationLocale>`${locale}`),
    )
    .select(['e.id', 'e.kind', 'e.title', 'tr.title as translated_title'])
    .where('e.kind', 'in', [...options.kinds])
    .where('e.status', '=', 'published')
    .where('e.hidden_at', 'is', null)
    .where(sql<boolean>`e.fields_of_action && ${sql.val([...options.fieldsOfAction])}::text[]`)
    .orderBy(sql`(${options.city ?? null}::text = any(e.cities)) is true`, 'desc')
    .orderBy('e.published_at', 'desc')
    .orderBy('e.id')
    .limit(options.limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: row.translated_title ?? row.title,
    titleLang: row.translated_title || options.locale === 'de' ? null : 'de',
    href: entryPagePath(options.locale, row.id),
  }));
}
