import type { Actor } from '../../../core/auth/actor.js';
import { allows, definePolicy, roleRules } from '../../../core/auth/policy.js';

/**
 * Who may do what with alerts, as a table: each action lists the only roles that may take it;
 * everybody else — anonymous visitors included — may not.
 *  - individual:       an account without organisation (applicants)
 *  - verified_company: a member of a verified company
 *  - owner:            the person who subscribed
 * A subscription is never visible to anyone but its owner, not even to coordinators.
 */
export const ALERTS_POLICY = {
  subscribe_positions: ['individual'],
  subscribe_profile_digest: ['verified_company'],
  view_subscription: ['owner'],
  delete_subscription: ['owner'],
  confirm_own_profile: ['individual'],
} as const satisfies Record<string, readonly AlertsRole[]>;

export type AlertsRole = 'individual' | 'verified_company' | 'owner';
export type AlertsAction = keyof typeof ALERTS_POLICY;

export function rolesOf(actor: Actor, subject: { ownerUserId?: string } = {}): Set<AlertsRole> {
  const roles = new Set<AlertsRole>();
  if (actor.kind !== 'user') return roles;
  if (actor.organisation === null) roles.add('individual');
  if (actor.organisation?.type === 'company' && actor.organisation.isVerified) roles.add('verified_company');
  if (subject.ownerUserId === actor.userId) roles.add('owner');
  return roles;
}

/** The table above as rules: an action is allowed when the actor holds one of its roles. */
export const alertsPolicy = definePolicy(roleRules(ALERTS_POLICY, rolesOf));

export function can(actor: Actor, action: AlertsAction, subject: { ownerUserId?: string } = {}): boolean {
  return allows(actor, alertsPolicy, action, subject);
}
