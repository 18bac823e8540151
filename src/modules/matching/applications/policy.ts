import type { Actor } from '../../../core/auth/actor.js';

/**
 * Who may do what with an application. Read it as a table: the company side is every member
 * (any role) of the organisation that published the position; the applicant side is the person
 * whose profile applied. Nobody else — not the cooperation office, not a provider, not another
 * company, not another applicant, not an anonymous visitor — may do anything with it.
 *
 * | action            | company member | applicant (owner) |
 * |-------------------|----------------|-------------------|
 * | apply             | –              | any user without organisation |
 * | view_as_company   | yes            | –                 |
 * | set_status        | yes            | –                 |
 * | message_as_company| yes            | –                 |
 * | view_as_applicant | –              | yes               |
 * | answer_invitation | –              | yes               |
 * | withdraw          | –              | yes               |
 * | message_as_applicant | –           | yes               |
 */
export type CompanyAction = 'view_as_company' | 'set_status' | 'message_as_company';
export type ApplicantAction = 'view_as_applicant' | 'answer_invitation' | 'withdraw' | 'message_as_applicant';
export type ApplicationAction = CompanyAction | ApplicantAction;

export interface ApplicationRef {
  organisationId: string;
  /** The user whose profile applied; null once the account was deleted. */
  ownerUserId: string | null;
}

const COMPANY_ACTIONS: readonly ApplicationAction[] = ['view_as_company', 'set_status', 'message_as_company'];

export function can(actor: Actor, action: ApplicationAction, application: ApplicationRef): boolean {
  if (actor.kind !== 'user') return false;
  if (COMPANY_ACTIONS.includes(action)) {
    return (
      actor.organisation !== null &&
      actor.organisation.type === 'company' &&
      actor.organisation.id === application.organisationId
    );
  }
  return application.ownerUserId !== null && application.ownerUserId === actor.userId;
}

/** The company side of a position: members of the organisation that owns it. */
export function canSeePositionApplications(actor: Actor, position: { organisationId: string }): boolean {
  return can(actor, 'view_as_company', { organisationId: position.organisationId, ownerUserId: null });
}

/** Applicants are people without an organisation; staff of companies, providers and cities do not apply here. */
export function canApply(actor: Actor): boolean {
  return actor.kind === 'user' && actor.organisation === null;
}
