import type { Actor, UserActor } from '../../../core/auth/actor.js';
import { allows, definePolicy, type Rule } from '../../../core/auth/policy.js';
import type { PositionStatus } from '../tables.js';

/**
 * Who may do what with positions — read it as a table:
 *
 * | action           | who                                                                  |
 * |------------------|----------------------------------------------------------------------|
 * | create           | a member of a verified company                                       |
 * | view             | everybody if published and not expired; else members of its company |
 * | edit             | members of its (verified) company, unless closed                     |
 * | publish          | members of its company, while a draft whose deadline is not past     |
 * | close            | members of its company, while published                              |
 * | view_candidates  | members of its company, while published                              |
 * | view_contact     | members of its company; an applicant the company invited (an open    |
 * |                  | application of theirs at 'invited' or later, before it ended)        |
 *
 * Providers, municipalities, schools, the cooperation office, applicants and anonymous visitors
 * create nothing here and never see candidates.
 */
export type PositionAction = 'view' | 'edit' | 'publish' | 'close' | 'view_candidates';

/** A position as the contact rule reads it: whether the reader holds an invitation from its company. */
export interface PositionContactRef extends PositionRef {
  isReaderInvited: boolean;
}

export interface PositionRef {
  organisationId: string;
  status: PositionStatus;
  isExpired: boolean;
}

export function isVerifiedCompanyMember(actor: Actor): actor is UserActor {
  return (
    actor.kind === 'user' &&
    actor.organisation !== null &&
    actor.organisation.type === 'company' &&
    actor.organisation.isVerified
  );
}

const isOwn = (actor: Actor, position: PositionRef) =>
  isVerifiedCompanyMember(actor) && actor.organisation?.id === position.organisationId;

export const positionsPolicy = definePolicy({
  create: (actor) => isVerifiedCompanyMember(actor),
  view: (actor, position: PositionRef) =>
    (position.status === 'published' && !position.isExpired) || isOwn(actor, position),
  edit: (actor, position: PositionRef) => isOwn(actor, position) && position.status !== 'closed',
  publish: (actor, position: PositionRef) =>
    isOwn(actor, position) && position.status === 'draft' && !position.isExpired,
  close: (actor, position: PositionRef) => isOwn(actor, position) && position.status === 'published',
  view_candidates: (actor, position: PositionRef) => isOwn(actor, position) && position.status === 'published',
  view_contact: (actor, position: PositionContactRef) =>
    isOwn(actor, position) || (actor.kind === 'user' && position.isReaderInvited),
} satisfies Record<PositionAction | 'create' | 'view_contact', Rule>);

export function canCreatePositions(actor: Actor): boolean {
  return allows(actor, positionsPolicy, 'create');
}

export function canOnPosition(actor: Actor, action: PositionAction, position: PositionRef): boolean {
  return allows(actor, positionsPolicy, action, position);
}
