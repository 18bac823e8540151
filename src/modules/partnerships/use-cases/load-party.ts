import type { UserActor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { can } from '../policy.js';
import { findPartnership, ownSideIn, partnershipSubject, type PartnershipRecord } from '../records.js';
import type { ListingSide } from '../tables.js';

/**
 * Loads a partnership for one of its two organisations. Anybody else — another school or company, another
 * role, a visitor — gets "not found", so not even its existence is told.
 */
export async function loadAsParty(
  services: AppServices,
  actor: UserActor,
  partnershipId: string,
): Promise<{ partnership: PartnershipRecord; side: ListingSide }> {
  const partnership = await findPartnership(services.db, partnershipId);
  if (!partnership || !can(actor, 'view_partnership', partnershipSubject(partnership))) throw new AppError('not_found');
  return { partnership, side: ownSideIn(actor, partnership)! };
}
