import type { UserActor } from '../../../../core/auth/actor.js';
import type { CatalogueEntry, TranslationLocale } from '../../tables.js';
import type { AppServices } from '../../../../core/http/types.js';
import { canOnEntry } from '../../policy.js';
import { authoriseEntry } from '../authorise.js';
import { entryRef, loadEntry } from '../entry-records.js';
import type { RevisionView } from '../present.js';
import { listRevisions } from './get-entry-page.js';

export interface EntryEditData {
  entry: CatalogueEntry;
  translations: Partial<Record<TranslationLocale, { title: string; summary: string; body: string }>>;
  history: RevisionView[];
  can: { submit: boolean; archive: boolean };
}

/** What the owner's edit page needs: the entry, its translations and its history. */
export async function getEntryForEdit(options: {
  services: AppServices;
  actor: UserActor;
  entryId: string;
}): Promise<EntryEditData> {
  const { services, actor } = options;
  const entry = await loadEntry(services.db, options.entryId);
  authoriseEntry(actor, 'edit', entry);
  const rows = await services.db
    .selectFrom('catalogue_translations')
    .select(['locale', 'title', 'summary', 'body'])
    .where('entry_id', '=', entry.id)
    .execute();
  const translations: EntryEditData['translations'] = {};
  for (const row of rows) translations[row.locale] = { title: row.title, summary: row.summary, body: row.body };
  const ref = entryRef(entry);
  return {
    entry,
    translations,
    history: await listRevisions(services, entry.id),
    can: { submit: canOnEntry(actor, 'submit', ref), archive: canOnEntry(actor, 'archive', ref) },
  };
}
