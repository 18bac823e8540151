import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import type { AppServices } from '../../../../core/http/types.js';
import { profilesPolicy } from '../policy.js';
import { presentOwnProfile, type OwnProfileView } from '../present.js';

/** The applicant's own profile with its personal part, or null before they created one. */
export async function getOwnProfile(options: {
  services: AppServices;
  actor: UserActor;
}): Promise<OwnProfileView | null> {
  const { services, actor } = options;
  authorize(actor, profilesPolicy, 'keep_own_profile', undefined);
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
