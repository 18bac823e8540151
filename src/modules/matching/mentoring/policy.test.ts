import { describe, expect, it } from 'vitest';
import type { Actor, UserActor } from '../../../core/auth/actor.js';
import type { OrganisationType } from '../../../core/db/database.js';
import { can, MENTORING_POLICY, type MentoringAction } from './policy.js';

function user(id: string, organisation: OrganisationType | null, isVerified = true): UserActor {
  return {
    kind: 'user',
    userId: id,
    sessionId: 's',
    email: `${id}@mail.example`,
    displayName: id,
    locale: 'de',
    isEmailVerified: true,
    isPlatformAdmin: false,
    organisation: organisation
      ? { id: `org-${id}`, name: id, type: organisation, city: null, role: 'member', isVerified }
      : null,
  };
}

const anonymous: Actor = { kind: 'anonymous' };
const mentor = user('mentor', null);
const mentee = user('mentee', null);
const stranger = user('stranger', null);
const company = user('company', 'company');
const coordinator = user('coordinator', 'cooperation_office');
const unverifiedOffice = user('office', 'cooperation_office', false);
const subject = { mentorUserId: 'mentor', menteeUserId: 'mentee', ownerUserId: 'mentee', reporterUserId: 'mentee' };

describe('mentoring policy', () => {
  it('lets anonymous visitors do nothing', () => {
    for (const action of Object.keys(MENTORING_POLICY) as MentoringAction[])
      expect(can(anonymous, action, subject)).toBe(false);
  });

  it('shows session logs to mentor, mentee and coordinators only', () => {
    expect([mentor, mentee, coordinator].map((a) => can(a, 'read_session_log', subject))).toEqual([true, true, true]);
    expect([stranger, company, unverifiedOffice].map((a) => can(a, 'read_session_log', subject))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('shows a problem report to its author and coordinators, not to the other side', () => {
    expect(can(mentee, 'read_problem_report', subject)).toBe(true);
    expect(can(coordinator, 'read_problem_report', subject)).toBe(true);
    expect(can(mentor, 'read_problem_report', subject)).toBe(false);
    expect(can(company, 'read_problem_report', subject)).toBe(false);
  });

  it('keeps drop-out requests between the apprentice and the coordinators', () => {
    expect(can(mentee, 'read_dropout_request', subject)).toBe(true);
    expect(can(coordinator, 'read_dropout_request', subject)).toBe(true);
    expect(can(company, 'read_dropout_request', subject)).toBe(false);
    expect(can(company, 'ask_dropout_help')).toBe(false);
    expect(can(stranger, 'assign_mediator')).toBe(false);
  });

  it('has people ask for mentors and companies speak for companies', () => {
    expect(can(mentee, 'request_mentorship')).toBe(true);
    expect(can(company, 'request_mentorship')).toBe(false);
    expect(can(company, 'offer_mentorship')).toBe(true);
    expect(can(company, 'offer_company_mentoring')).toBe(true);
    expect(can(mentee, 'offer_company_mentoring')).toBe(false);
    expect(can(user('unverified', 'company', false), 'request_company_mentoring')).toBe(false);
  });
});
