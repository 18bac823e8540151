import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { mentoringPolicy } from '../policy.js';
import { listCoordinators, mailTo } from '../records.js';
import type { DropoutHelpInput } from '../schemas.js';

/**
 * "Ausbildungsabbruch verhindern": an apprentice asks for help in confidence. Nothing names the
 * training company, only coordinators can read it, and their mail says only that a request waits.
 * One open request per person at a time.
 */
export async function askDropoutHelp(options: {
  services: AppServices;
  actor: UserActor;
  input: DropoutHelpInput;
}): Promise<void> {
  const { services, actor, input } = options;
  authorize(actor, mentoringPolicy, 'ask_dropout_help', undefined);
  await services.db.transaction().execute(async (trx) => {
    const pending = await trx
      .selectFrom('dropout_help_requests')
      .select('id')
      .where('user_id', '=', actor.userId)
      .where('status', '<>', 'closed')
      .executeTakeFirst();
    if (pending)
      throw new AppError('conflict', { fields: { situation: { key: 'matching_mentoring.validation.help_pending' } } });
    await trx
      .insertInto('dropout_help_requests')
      .values({ user_id: actor.userId, situation: input.situation, reachable: input.reachable })
      .execute();
    for (const coordinator of await listCoordinators(trx)) {
      await mailTo(services, trx, coordinator, 'help_requested', { path: '/mentoring/koordination' });
    }
  });
}
