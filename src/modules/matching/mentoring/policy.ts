import type { Actor } from '../../../core/auth/actor.js';
import { allows, definePolicy, roleRules } from '../../../core/auth/policy.js';

/**
 * Who may do what around mentorships, as a table: each action lists the only roles that may
 * take it; everybody else — anonymous visitors included — may not.
 *
 * Roles of the person asking:
 *  - signed_in:        anyone with an account (volunteer mentors)
 *  - individual:       an account without organisation (applicants, apprentices)
 *  - verified_company: a member of a verified company
 *  - coordinator:      a member of the verified cooperation office
 * Roles towards one record:
 *  - owner:    created the offer, request or drop-out request
 *  - mentor, mentee: the two sides of a mentorship (for company mentoring, the two people who
 *              offered and asked on behalf of their companies)
 *  - reporter: wrote the problem report
 *
 * What a company never gets: a drop-out request (not even the fact that one exists), a session
 * log or a problem report of a mentorship it is not a side of.
 */
export const MENTORING_POLICY = {
  offer_mentorship: ['signed_in'],
  request_mentorship: ['individual'],
  offer_company_mentoring: ['verified_company'],
  request_company_mentoring: ['verified_company'],
  close_offer: ['owner', 'coordinator'],
  withdraw_request: ['owner'],
  coordinate: ['coordinator'],
  match: ['coordinator'],
  view_mentorship: ['mentor', 'mentee', 'coordinator'],
  read_session_log: ['mentor', 'mentee', 'coordinator'],
  write_session_log: ['mentor', 'mentee', 'coordinator'],
  report_problem: ['mentor', 'mentee'],
  read_problem_report: ['reporter', 'coordinator'],
  resolve_problem_report: ['coordinator'],
  end_mentorship: ['coordinator'],
  ask_dropout_help: ['individual'],
  read_dropout_request: ['owner', 'coordinator'],
  assign_mediator: ['coordinator'],
  close_dropout_request: ['coordinator'],
} as const satisfies Record<string, readonly MentoringRole[]>;

export type MentoringRole =
  'signed_in' | 'individual' | 'verified_company' | 'coordinator' | 'owner' | 'mentor' | 'mentee' | 'reporter';
export type MentoringAction = keyof typeof MENTORING_POLICY;

/** The people a record belongs to; only the fields that matter for the action are needed. */
export interface MentoringSubject {
  ownerUserId?: string | null;
  mentorUserId?: string | null;
  menteeUserId?: string | null;
  reporterUserId?: string | null;
}

export function isCoordinator(actor: Actor): boolean {
  return actor.kind === 'user' && actor.organisation?.type === 'cooperation_office' && actor.organisation.isVerified;
}

export function rolesOf(actor: Actor, subject: MentoringSubject = {}): Set<MentoringRole> {
  const roles = new Set<MentoringRole>();
  if (actor.kind !== 'user') return roles;
  roles.add('signed_in');
  if (actor.organisation === null) roles.add('individual');
  if (actor.organisation?.type === 'company' && actor.organisation.isVerified) roles.add('verified_company');
  if (isCoordinator(actor)) roles.add('coordinator');
  if (subject.ownerUserId === actor.userId) roles.add('owner');
  if (subject.mentorUserId === actor.userId) roles.add('mentor');
  if (subject.menteeUserId === actor.userId) roles.add('mentee');
  if (subject.reporterUserId === actor.userId) roles.add('reporter');
  return roles;
}

/** The table above as rules: an action is allowed when the actor holds one of its roles. */
export const mentoringPolicy = definePolicy(roleRules(MENTORING_POLICY, rolesOf));

export function can(actor: Actor, action: MentoringAction, subject: MentoringSubject = {}): boolean {
  return allows(actor, mentoringPolicy, action, subject);
}
