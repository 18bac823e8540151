import type { UserActor } from '../../../../core/auth/actor.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { can } from '../policy.js';

/** Takes an offer off the list; mentorships already under way continue. */
export async function closeOffer(options: { services: AppServices; actor: UserActor; offerId: string }): Promise<void> {
  const { services, actor, offerId } = options;
  const offer = await services.db
    .selectFrom('mentorship_offers')
    .select(['mentor_user_id', 'status'])
    .where('id', '=', offerId)
    .executeTakeFirst();
  // Someone else's offer is "not found": ids in URLs reveal nothing.
  if (!offer || !can(actor, 'close_offer', { ownerUserId: offer.mentor_user_id })) throw new AppError('not_found');
  if (offer.status === 'closed')
    throw new AppError('conflict', { messageKey: 'matching_mentoring.errors.offer_closed' });
  await services.db
    .updateTable('mentorship_offers')
    .set({ status: 'closed', updated_at: new Date() })
    .where('id', '=', offerId)
    .execute();
}
