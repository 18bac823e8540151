import type { Actor, UserActor } from '../../core/auth/actor.js';
import { allows, definePolicy, type Rule } from '../../core/auth/policy.js';

/**
 * Who may do what on the path to becoming a training company. Reading the path and the precondition check is
 * public; a company's own path and its adviser requests belong to its members; the coordination office (the
 * platform admins and the members of the verified cooperation office) maintains steps and contacts and works
 * the adviser requests.
 */

/** An organisation's own path or request, as the rules see it. */
export interface OwnedRef {
  organisationId: string;
}

const isUser = (actor: Actor): actor is UserActor => actor.kind === 'user';
const isCompanyMember = (actor: Actor) => isUser(actor) && actor.organisation?.type === 'company';
const isMemberOf = (actor: Actor, organisationId: string) =>
  isCompanyMember(actor) && isUser(actor) && actor.organisation?.id === organisationId;
/** The coordination office: platform admins, and staff of the verified cooperation office. */
const isOffice = (actor: Actor) =>
  isUser(actor) &&
  (actor.isPlatformAdmin || (actor.organisation?.type === 'cooperation_office' && actor.organisation.isVerified));

export const trainingPolicy = definePolicy({
  /** Start the own path, tick steps, ask for an adviser: the members of a company. */
  walk_path: (actor) => isCompanyMember(actor),
  /** See and change one organisation's path and requests: its own members only. */
  work_on: (actor, subject: OwnedRef) => isMemberOf(actor, subject.organisationId),
  /** The adviser desk, and taking over and closing a request. */
  handle_requests: (actor) => isOffice(actor),
  /** Edit the steps and the contacts. */
  maintain: (actor) => isOffice(actor),
} satisfies Record<string, Rule>);

export function canWalkPath(actor: Actor): boolean {
  return allows(actor, trainingPolicy, 'walk_path');
}
export function isCoordinationOffice(actor: Actor): boolean {
  return allows(actor, trainingPolicy, 'maintain');
}
