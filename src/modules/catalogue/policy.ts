import type { Actor } from '../../core/auth/actor.js';
import { allows, definePolicy, type Rule } from '../../core/auth/policy.js';
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
function isPublisher(actor: Actor): boolean {
  return (
    actor.kind === 'user' &&
    actor.organisation !== null &&
    actor.organisation.isVerified &&
    PUBLISHING_TYPES.includes(actor.organisation.type)
  );
}

const isOwn = (actor: Actor, entry: EntryRef) =>
  actor.kind === 'user' && actor.organisation?.id === entry.organisationId && isPublisher(actor);

export const cataloguePolicy = definePolicy({
  create: (actor) => isPublisher(actor),
  view: (actor, entry: EntryRef) =>
    (entry.status === 'published' && !entry.isHidden) || isOwn(actor, entry) || isOffice(actor),
  edit: (actor, entry: EntryRef) => isOwn(actor, entry) && entry.status !== 'archived',
  submit: (actor, entry: EntryRef) => isOwn(actor, entry) && entry.status === 'draft',
  archive: (actor, entry: EntryRef) => (isOwn(actor, entry) || isOffice(actor)) && entry.status !== 'archived',
  review: (actor, entry: EntryRef) => isOffice(actor) && entry.status === 'in_review',
  see_history: (actor, entry: EntryRef) => isOwn(actor, entry) || isOffice(actor),
  /** The office's overview of overlapping projects and its review queue. */
  coordinate: (actor) => isOffice(actor),
} satisfies Record<EntryAction | 'create' | 'coordinate', Rule>);

export function canCreateEntries(actor: Actor): boolean {
  return allows(actor, cataloguePolicy, 'create');
}

export function canOnEntry(actor: Actor, action: EntryAction, entry: EntryRef): boolean {
  return allows(actor, cataloguePolicy, action, entry);
}

export function canCoordinate(actor: Actor): boolean {
  return allows(actor, cataloguePolicy, 'coordinate');
}
