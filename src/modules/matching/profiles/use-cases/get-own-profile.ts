import type { UserActor } from '../../../../core/auth/actor.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { canKeepOwnProfile } from '../policy.js';
import { presentOwnProfile, type OwnProfileView } from '../present.js';

/** The applicant's own profile with its personal part, or null before they created one. */
export async function getOwnProfile(options: {
  services: AppServices;
  actor: UserActor;
}): Promise<OwnProfileView | null> {
  const { services, actor } = options;
  if (!canKeepOwnProfile(actor)) throw new AppError('forbidden');
  const profile = await services.db
    .selectFrom('applicant_profiles')
    .selectAll()
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  if (!profile) return null;
  const identity = await services.db
    .selectFrom('applicant_identities')
    .selectAll()
    .where('profile_id', '=', profile.id)
    .executeTakeFirstOrThrow();
  return presentOwnProfile(profile, identity);
}
