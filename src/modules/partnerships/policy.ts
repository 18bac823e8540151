import type { Actor } from '../../core/auth/actor.js';
import { allows, definePolicy, roleRules } from '../../core/auth/policy.js';
import type { ListingSide } from './tables.js';

/**
 * Who may do what around school–company partnerships, as a table: each action lists the only roles
 * that may take it; everybody else — anonymous visitors, applicants, providers, municipalities — may not.
 *
 * Roles of the person asking:
 *  - school:  a member (admin or member) of a verified school
 *  - company: a member of a verified company
 * Roles towards one partnership:
 *  - party:     a member of the school or the company of the partnership
 *  - recipient: a member of the side that did not propose (answers the proposal)
 *  - proposer:  a member of the side that proposed (waits for the answer)
 * Roles towards one listing:
 *  - owner: a member of the organisation that published it
 *
 * The public list needs no role: it shows only what both sides consented to publish.
 */
export const PARTNERSHIPS_POLICY = {
  publish_listing: ['school', 'company'],
  see_matches: ['school', 'company'],
  manage_listing: ['owner'],
  propose: ['school', 'company'],
  view_partnership: ['party'],
  answer_proposal: ['recipient'],
  set_consent: ['party'],
  record_review: ['party'],
  end_partnership: ['party'],
} as const satisfies Record<string, readonly PartnershipsRole[]>;

export type PartnershipsRole = 'school' | 'company' | 'owner' | 'party' | 'recipient' | 'proposer';
export type PartnershipsAction = keyof typeof PARTNERSHIPS_POLICY;

/** The organisations a record belongs to; only the fields that matter for the action are needed. */
export interface PartnershipsSubject {
  ownerOrganisationId?: string;
  schoolId?: string;
  companyId?: string;
  proposedBy?: ListingSide;
}

/** The side the actor's organisation can take: a verified school or a verified company, else none. */
export function sideOf(actor: Actor): ListingSide | null {
  if (actor.kind !== 'user' || !actor.organisation?.isVerified) return null;
  if (actor.organisation.type === 'school') return 'school';
  if (actor.organisation.type === 'company') return 'company';
  return null;
}

export function rolesOf(actor: Actor, subject: PartnershipsSubject = {}): Set<PartnershipsRole> {
  const roles = new Set<PartnershipsRole>();
  const side = sideOf(actor);
  if (actor.kind !== 'user' || side === null || !actor.organisation) return roles;
  roles.add(side);
  const own = actor.organisation.id;
  if (subject.ownerOrganisationId === own) roles.add('owner');
  const partySide = subject.schoolId === own ? 'school' : subject.companyId === own ? 'company' : null;
  if (partySide !== null && partySide === side) {
    roles.add('party');
    if (subject.proposedBy !== undefined) roles.add(subject.proposedBy === partySide ? 'proposer' : 'recipient');
  }
  return roles;
}

/** The table above as rules: an action is allowed when the actor holds one of its roles. */
export const partnershipsPolicy = definePolicy(roleRules(PARTNERSHIPS_POLICY, rolesOf));

export function can(actor: Actor, action: PartnershipsAction, subject: PartnershipsSubject = {}): boolean {
  return allows(actor, partnershipsPolicy, action, subject);
}
