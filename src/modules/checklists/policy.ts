import type { Actor, UserActor } from '../../core/auth/actor.js';
import type { OrganisationType } from '../../core/db/database.js';
import { allows, definePolicy, type Rule } from '../../core/auth/policy.js';
import type { Audience } from './tables.js';

/**
 * Who may do what with quality checklists. Read it as a table: each action names the only people who
 * may take it; everybody else, including anonymous visitors, may not.
 */

/** The questionnaires an organisation of each type may answer (there is no Kita type: a municipality or provider runs Kitas). */
export const AUDIENCES_BY_TYPE: Record<OrganisationType, readonly Audience[]> = {
  company: ['sme', 'large_company'],
  provider: ['sme', 'large_company', 'kita'],
  municipality: ['administration', 'kita'],
  school: ['school'],
  cooperation_office: ['administration'],
};

/** The organisation an assessment belongs to, as the rules see it. */
export interface AssessmentRef {
  organisationId: string;
}

/** A review as the rules see it: whose it is, and who reviews it (a city's municipality, else the cooperation office). */
export interface ReviewRef {
  organisationId: string;
  reviewerCity: string | null;
}

const isUser = (actor: Actor): actor is UserActor => actor.kind === 'user';
const isMember = (actor: Actor, organisationId: string) => isUser(actor) && actor.organisation?.id === organisationId;
const isAdminOf = (actor: Actor, organisationId: string) =>
  isMember(actor, organisationId) && isUser(actor) && actor.organisation?.role === 'admin';
const isVerifiedOf = (actor: Actor, type: OrganisationType) =>
  isUser(actor) && actor.organisation?.type === type && actor.organisation.isVerified;
const isPlatformAdmin = (actor: Actor) => isUser(actor) && actor.isPlatformAdmin;

/** Reviewers: staff of the verified cooperation office, and of a verified municipality for its city's schools and Kitas. */
const reviewsFor = (actor: Actor, review: ReviewRef) =>
  isUser(actor) &&
  !isMember(actor, review.organisationId) &&
  (review.reviewerCity === null
    ? isVerifiedOf(actor, 'cooperation_office')
    : isVerifiedOf(actor, 'municipality') && actor.organisation?.city === review.reviewerCity);

export const checklistsPolicy = definePolicy({
  /** Start a self-assessment for one of the audiences the own organisation's type allows. */
  assess: (actor, audience: Audience | undefined) =>
    isUser(actor) &&
    actor.organisation !== null &&
    (audience === undefined || AUDIENCES_BY_TYPE[actor.organisation.type].includes(audience)),
  /** See and answer the own organisation's assessments, results and action plan. */
  work_on: (actor, assessment: AssessmentRef) => isMember(actor, assessment.organisationId),
  /** Asking for a review speaks for the organisation: its admins, once it is verified. */
  request_review: (actor, assessment: AssessmentRef) =>
    isAdminOf(actor, assessment.organisationId) && isUser(actor) && actor.organisation?.isVerified === true,
  /** The review desk: whoever may review any kind of request. */
  open_review_desk: (actor) => isVerifiedOf(actor, 'cooperation_office') || isVerifiedOf(actor, 'municipality'),
  /** Read, comment, ask for more, approve or decline one review; never the reviewer's own organisation's. */
  review: (actor, review: ReviewRef) => reviewsFor(actor, review),
  /** Answer a reviewer's question: the organisation's members. */
  reply_to_review: (actor, review: ReviewRef) => isMember(actor, review.organisationId),
  /** Questionnaire versions (export, import, delete unused) and revoking certificates: the platform admins. */
  manage_questionnaires: (actor) => isPlatformAdmin(actor),
  revoke_certificate: (actor) => isPlatformAdmin(actor),
} satisfies Record<string, Rule>);

export function canAssess(actor: Actor): boolean {
  return allows(actor, checklistsPolicy, 'assess', undefined);
}
export function canOpenReviewDesk(actor: Actor): boolean {
  return allows(actor, checklistsPolicy, 'open_review_desk');
}
export function canManageQuestionnaires(actor: Actor): boolean {
  return allows(actor, checklistsPolicy, 'manage_questionnaires');
}

/** Schools and Kitas are reviewed by the municipality of their city, unless that municipality is the organisation itself. */
export function reviewerCityFor(
  audience: Audience,
  organisation: { type: OrganisationType; city: string | null },
): string | null {
  if ((audience === 'school' || audience === 'kita') && organisation.type !== 'municipality' && organisation.city)
    return organisation.city;
  return null;
}
