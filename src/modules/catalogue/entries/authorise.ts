import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { CatalogueEntry } from '../tables.js';
import { cataloguePolicy, type EntryAction } from '../policy.js';
import { entryRef } from './entry-records.js';

/**
 * An entry the actor may not even see does not exist for them (404, so ids reveal nothing);
 * one they see but may not act on answers 403.
 */
export function authoriseEntry(actor: Actor, action: EntryAction, entry: CatalogueEntry): void {
  const ref = entryRef(entry);
  authorize(actor, cataloguePolicy, 'view', ref, { code: 'not_found' });
  authorize(actor, cataloguePolicy, action, ref);
}
