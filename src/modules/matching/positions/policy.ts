import type { Actor, UserActor } from '../../../core/auth/actor.js';
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
 *
 * Providers, municipalities, schools, the cooperation office, applicants and anonymous visitors
 * create nothing here and never see candidates.
 */
export type PositionAction = 'view' | 'edit' | 'publish' | 'close' | 'view_candidates';

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

export function canCreatePositions(actor: Actor): boolean {
  return isVerifiedCompanyMember(actor);
}

export function canOnPosition(actor: Actor, action: PositionAction, position: PositionRef): boolean {
  const own = isVerifiedCompanyMember(actor) && actor.organisation?.id === position.organisationId;
  switch (action) {
    case 'view':
      return (position.status === 'published' && !position.isExpired) || own;
    case 'edit':
      return own && position.status !== 'closed';
    case 'publish':
      return own && position.status === 'draft' && !position.isExpired;
    case 'close':
      return own && position.status === 'published';
    case 'view_candidates':
      return own && position.status === 'published';
  }
}
