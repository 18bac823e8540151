import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { trainingPolicy } from '../policy.js';

/** Ticks a step of the own path off, or opens it again. */
export async function setStepDone(options: {
  services: Pick<AppServices, 'db'>;
  actor: UserActor;
  stepId: string;
  done: boolean;
}): Promise<void> {
  const { services, actor, stepId } = options;
  const organisationId = actor.organisation?.id ?? '';
  authorize(actor, trainingPolicy, 'work_on', { organisationId });
  await services.db.transaction().execute(async (trx) => {
    const path = await trx
      .selectFrom('training_paths')
      .select('organisation_id')
      .where('organisation_id', '=', organisationId)
      .forUpdate()
      .executeTakeFirst();
    if (!path) throw new AppError('conflict', { messageKey: 'training.errors.no_path' });
    const step = await trx.selectFrom('training_steps').select('id').where('id', '=', stepId).executeTakeFirst();
    if (!step) throw new AppError('not_found');
    if (options.done)
      await trx
        .insertInto('training_path_ticks')
        .values({ organisation_id: organisationId, step_id: stepId, ticked_by: actor.userId })
        .onConflict((conflict) => conflict.columns(['organisation_id', 'step_id']).doNothing())
        .execute();
    else
      await trx
        .deleteFrom('training_path_ticks')
        .where('organisation_id', '=', organisationId)
        .where('step_id', '=', stepId)
        .execute();
  });
}
