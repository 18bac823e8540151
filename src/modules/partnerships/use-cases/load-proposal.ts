import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { can, partnershipsPolicy } from '../policy.js';
import { findPartnership, ownSideIn, partnershipSubject } from '../records.js';

/** Loads a proposal the actor's side may answer; anybody else learns nothing about it. */
export async function loadProposal(services: AppServices, actor: UserActor, partnershipId: string) {
  const partnership = await findPartnership(services.db, partnershipId);
  if (!partnership || !can(actor, 'view_partnership', partnershipSubject(partnership))) throw new AppError('not_found');
  authorize(actor, partnershipsPolicy, 'answer_proposal', partnershipSubject(partnership));
  if (partnership.status !== 'proposed')
    throw new AppError('conflict', { messageKey: 'partnerships.errors.already_answered' });
  return { partnership, side: ownSideIn(actor, partnership)! };
}
