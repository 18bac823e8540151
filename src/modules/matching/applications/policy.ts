import type { Actor } from '../../../core/auth/actor.js';
import { allows, definePolicy, type Rule } from '../../../core/auth/policy.js';

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

const isCompanySide = (actor: Actor, application: ApplicationRef) =>
  actor.kind === 'user' &&
  actor.organisation !== null &&
  actor.organisation.type === 'company' &&
  actor.organisation.id === application.organisationId;
const isApplicantSide = (actor: Actor, application: ApplicationRef) =>
  actor.kind === 'user' && application.ownerUserId !== null && application.ownerUserId === actor.userId;

export const applicationsPolicy = definePolicy({
  /** Applicants are people without an organisation; staff of companies, providers and cities do not apply here. */
  apply: (actor) => actor.kind === 'user' && actor.organisation === null,
  view_as_company: isCompanySide,
  set_status: isCompanySide,
  message_as_company: isCompanySide,
  view_as_applicant: isApplicantSide,
  answer_invitation: isApplicantSide,
  withdraw: isApplicantSide,
  message_as_applicant: isApplicantSide,
  /** The company side of a position: members of the organisation that owns it. */
  see_position_applications: (actor, position: { organisationId: string }) =>
    isCompanySide(actor, { organisationId: position.organisationId, ownerUserId: null }),
} satisfies Record<ApplicationAction | 'apply' | 'see_position_applications', Rule>);

export function can(actor: Actor, action: ApplicationAction, application: ApplicationRef): boolean {
  return allows(actor, applicationsPolicy, action, application);
}

export function canSeePositionApplications(actor: Actor, position: { organisationId: string }): boolean {
  return allows(actor, applicationsPolicy, 'see_position_applications', position);
}

export function canApply(actor: Actor): boolean {
  return allows(actor, applicationsPolicy, 'apply');
}
