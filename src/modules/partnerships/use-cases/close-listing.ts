import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { can, partnershipsPolicy } from '../policy.js';
import { findListing } from '../records.js';

/** The publishing organisation takes its listing out of the matches; partnerships made from it go on. */
export async function closeListing(options: {
  services: AppServices;
  actor: UserActor;
  listingId: string;
}): Promise<void> {
  const { services, actor } = options;
  const listing = await findListing(services.db, options.listingId);
  const subject = { ownerOrganisationId: listing?.organisation_id ?? '' };
  if (!listing || !can(actor, 'manage_listing', subject)) throw new AppError('not_found');
  authorize(actor, partnershipsPolicy, 'manage_listing', subject);
  await services.db
    .updateTable('partnership_listings')
    .set({ status: 'closed', updated_at: new Date() })
    .where('id', '=', listing.id)
    .execute();
}
