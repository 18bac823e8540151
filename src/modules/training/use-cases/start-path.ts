import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { trainingPolicy } from '../policy.js';
import type { StartPathInput } from '../schemas.js';

/**
 * A company starts its own path for an occupation and city; starting again changes the occupation or city and
 * keeps the steps already ticked off.
 */
export async function startPath(options: {
  services: Pick<AppServices, 'db'>;
  actor: UserActor;
  input: StartPathInput;
}): Promise<void> {
  const { services, actor, input } = options;
  const organisationId = actor.organisation?.id ?? '';
  authorize(actor, trainingPolicy, 'work_on', { organisationId });
  await services.db
    .insertInto('training_paths')
    .values({
      organisation_id: organisationId,
      occupation_id: input.occupation_id,
      city: input.city,
      started_by: actor.userId,
    })
    .onConflict((conflict) =>
      conflict.column('organisation_id').doUpdateSet({ occupation_id: input.occupation_id, city: input.city }),
    )
    .execute();
}
