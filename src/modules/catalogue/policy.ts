import type { Actor } from '../../core/auth/actor.js';
import type { EntryStatus } from './tables.js';
import type { OrganisationType } from '../../core/db/database.js';

/**
 * Who may do what with catalogue entries. Verified providers, municipalities, schools and the
 * cooperation office write their own organisation's entries; the office reviews before anything
 * is public; nobody edits another organisation's entries; everybody reads what is published.
 */
export type EntryAction = 'view' | 'edit' | 'submit' | 'archive' | 'review' | 'see_history';

export interface EntryRef {
  organisationId: string;
  status: EntryStatus;
  isHidden: boolean;
}

const PUBLISHING_TYPES: readonly OrganisationType[] = ['provider', 'municipality', 'school', 'cooperation_office'];

function isOffice(actor: Actor): boolean {
  return actor.kind === 'user' && actor.organisation?.type === 'cooperation_office' && actor.organisation.isVerified;
}

/** May this person create entries at all (for their own organisation)? */
export function canCreateEntries(actor: Actor): boolean {
  return (
    actor.kind === 'user' &&
    actor.organisation !== null &&
    actor.organisation.isVerified &&
    PUBLISHING_TYPES.includes(actor.organisation.type)
  );
}

export function canOnEntry(actor: Actor, action: EntryAction, entry: EntryRef): boolean {
  const own = actor.kind === 'user' && actor.organisation?.id === entry.organisationId && canCreateEntries(actor);
  switch (action) {
    case 'view':
      return (entry.status === 'published' && !entry.isHidden) || own || isOffice(actor);
    case 'edit':
      return own && entry.status !== 'archived';
    case 'submit':
      return own && entry.status === 'draft';
    case 'archive':
      return (own || isOffice(actor)) && entry.status !== 'archived';
    case 'review':
      return isOffice(actor) && entry.status === 'in_review';
    case 'see_history':
      return own || isOffice(actor);
  }
}

/** The office's overview of overlapping projects and its review queue. */
export function canCoordinate(actor: Actor): boolean {
  return isOffice(actor);
}
