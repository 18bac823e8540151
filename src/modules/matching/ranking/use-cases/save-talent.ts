import type { UserActor } from '../../../../core/auth/actor.js';
import type { AppServices } from '../../../../core/http/types.js';
import { loadTalentTarget } from './talent-target.js';

/** Puts a talent on the position's shortlist, or takes them off it. Saving twice changes nothing. */
export async function saveTalent(options: {
  services: AppServices;
  actor: UserActor;
  positionId: string;
  profileId: string;
  saved: boolean;
  now?: Date;
}): Promise<{ pseudonym: string }> {
  const { services, actor } = options;
  const { position, profile } = await loadTalentTarget(services.db, { ...options, action: 'save_talent' });
  if (options.saved)
    await services.db
      .insertInto('saved_talents')
      .values({
        position_id: position.id,
        profile_id: profile.id,
        saved_by: actor.userId,
        created_at: options.now ?? new Date(),
      })
      .onConflict((oc) => oc.columns(['position_id', 'profile_id']).doNothing())
      .execute();
  else
    await services.db
      .deleteFrom('saved_talents')
      .where('position_id', '=', position.id)
      .where('profile_id', '=', profile.id)
      .execute();
  return { pseudonym: profile.pseudonym };
}
