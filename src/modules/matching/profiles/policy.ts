import type { Actor, UserActor } from '../../../core/auth/actor.js';
import { allows, definePolicy } from '../../../core/auth/policy.js';

/**
 * Who may do what with applicant profiles — read it as a table:
 *
 * | action            | who                                                                 |
 * |-------------------|---------------------------------------------------------------------|
 * | keep_own_profile  | a signed-in person without an organisation (an applicant)           |
 * | see_own_profile   | the applicant whose profile it is (public face and personal part)   |
 * | see_as_candidate  | members of a verified company, through a ranking for one of their   |
 * |                   | published positions, and only via presentProfileForCompany          |
 *
 * Nobody else sees a profile: not another applicant, not a provider, municipality, school or the
 * cooperation office, not an anonymous visitor. The personal part reaches a company only through
 * the applications part's reveal, after the applicant's consent.
 */
export function isApplicant(actor: Actor): actor is UserActor {
  return actor.kind === 'user' && actor.organisation === null;
}

export const profilesPolicy = definePolicy({
  keep_own_profile: (actor) => isApplicant(actor),
});

export function canKeepOwnProfile(actor: Actor): boolean {
  return allows(actor, profilesPolicy, 'keep_own_profile');
}
