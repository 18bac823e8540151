import type { Actor } from '../../core/auth/actor.js';
import { allows, definePolicy, type Refusal, type Rule } from '../../core/auth/policy.js';
import type { EntryStatus } from './tables.js';
import type { OrganisationType } from '../../core/db/database.js';

/**
 * Who may do what with catalogue entries. Verified providers, municipalities, schools and the
 * cooperation office write their own organisation's entries; before anything is public it is
 * reviewed — by the coordination office (every entry) or by a city office (a verified
 * municipality) for the entries that name its city, never its own; nobody edits another
 * organisation's entries; everybody reads what is published.
 */
export type EntryAction = 'view' | 'edit' | 'submit' | 'archive' | 'review' | 'see_history';

export interface EntryRef {
  organisationId: string;
  status: EntryStatus;
  isHidden: boolean;
  /** The cities the entry is for; a city office reviews the entries that name its city. */
  cities: readonly string[];
}

const PUBLISHING_TYPES: readonly OrganisationType[] = ['provider', 'municipality', 'school', 'cooperation_office'];

function isOffice(actor: Actor): boolean {
  return actor.kind === 'user' && actor.organisation?.type === 'cooperation_office' && actor.organisation.isVerified;
}

/** A verified city administration (municipality) with its city: it reviews that city's entries. */
function cityOfficeCity(actor: Actor): string | null {
  if (actor.kind !== 'user' || !actor.organisation) return null;
  const { type, isVerified, city } = actor.organisation;
  return type === 'municipality' && isVerified && city ? city : null;
}

/** The coordination office reviews every entry; a city office those for its city, except its own. */
function reviewsEntry(actor: Actor, entry: EntryRef): boolean {
  if (isOffice(actor)) return true;
  const city = cityOfficeCity(actor);
  return (
    city !== null &&
    entry.cities.includes(city) &&
    actor.kind === 'user' &&
    actor.organisation?.id !== entry.organisationId
  );
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
    (entry.status === 'published' && !entry.isHidden) ||
    isOwn(actor, entry) ||
    isOffice(actor) ||
    (entry.status === 'in_review' && reviewsEntry(actor, entry)),
  edit: (actor, entry: EntryRef) => isOwn(actor, entry) && entry.status !== 'archived',
  submit: (actor, entry: EntryRef) => isOwn(actor, entry) && entry.status === 'draft',
  archive: (actor, entry: EntryRef) => (isOwn(actor, entry) || isOffice(actor)) && entry.status !== 'archived',
  review: (actor, entry: EntryRef) => entry.status === 'in_review' && reviewsEntry(actor, entry),
  /** The review queue: the coordination office sees every entry waiting, a city office its city's. */
  review_queue: (actor) => isOffice(actor) || cityOfficeCity(actor) !== null,
  see_history: (actor, entry: EntryRef) => isOwn(actor, entry) || isOffice(actor),
  /** The office's overview of overlapping projects and its review queue. */
  coordinate: (actor) => isOffice(actor),
} satisfies Record<EntryAction | 'create' | 'coordinate' | 'review_queue', Rule>);

export function canCreateEntries(actor: Actor): boolean {
  return allows(actor, cataloguePolicy, 'create');
}

export function canOnEntry(actor: Actor, action: EntryAction, entry: EntryRef): boolean {
  return allows(actor, cataloguePolicy, action, entry);
}

export function canCoordinate(actor: Actor): boolean {
  return allows(actor, cataloguePolicy, 'coordinate');
}

export function canReviewEntries(actor: Actor): boolean {
  return allows(actor, cataloguePolicy, 'review_queue');
}

/** The city whose entries a city office reviews; null for the coordination office (all) and everyone else. */
export function reviewCityOf(actor: Actor): string | null {
  return isOffice(actor) ? null : cityOfficeCity(actor);
}

/**
 * Why an organisation may not create entries (its type does not publish in the catalogue), with
 * where it can offer what it has instead. Without an organisation the error page's own
 * explanation says more, so none is given here.
 */
export function entryCreationHelp(actor: Actor): Refusal {
  if (actor.kind !== 'user' || !actor.organisation) return {};
  return {
    help: {
      reasonKey: 'catalogue_entries.forbidden.create',
      link: { path: '/mein-bereich', labelKey: 'errors.help.my_area' },
    },
  };
}
