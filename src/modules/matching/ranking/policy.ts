import type { Actor } from '../../../core/auth/actor.js';
import { allows, definePolicy } from '../../../core/auth/policy.js';
import { isVerifiedCompanyMember } from '../positions/index.js';
import { isApplicant } from '../profiles/index.js';

/**
 * Who may do what with ranked talents — read it as a table:
 *
 * | action              | who                                                                   |
 * |---------------------|-----------------------------------------------------------------------|
 * | invite_talent       | members of the verified company that owns the (published) position   |
 * | save_talent         | the same                                                              |
 * | see_talents         | the same: who was invited (and their answer), the shortlist           |
 * | see_my_invitations  | a signed-in applicant (a person without organisation)                 |
 * | answer_invitation   | the applicant whose profile was invited                               |
 *
 * Whether the position is published is checked by positions' own policy (`view_candidates`);
 * providers, city offices, the cooperation office, other companies and anonymous visitors get
 * nothing here. The company sees a talent only by the profile's pseudonym and qualifications.
 */
export interface TalentPositionRef {
  organisationId: string;
}

const isOwnCompany = (actor: Actor, position: TalentPositionRef) =>
  isVerifiedCompanyMember(actor) && actor.organisation?.id === position.organisationId;

export const talentsPolicy = definePolicy({
  invite_talent: isOwnCompany,
  save_talent: isOwnCompany,
  see_talents: isOwnCompany,
  see_my_invitations: (actor) => isApplicant(actor),
  answer_invitation: (actor, invitation: { ownerUserId: string }) =>
    isApplicant(actor) && actor.userId === invitation.ownerUserId,
});

export function canInviteTalents(actor: Actor, position: TalentPositionRef): boolean {
  return allows(actor, talentsPolicy, 'invite_talent', position);
}
