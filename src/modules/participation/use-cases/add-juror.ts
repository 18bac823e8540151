import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import { currentAwardRound } from './load-award.js';

/**
 * The office puts an account on the current year's jury (decision 019): its own members or any invited person
 * with a confirmed account on the platform, found by e-mail address.
 */
export async function addJuror(options: {
  services: AppServices;
  actor: UserActor;
  email: string;
  ip: string;
}): Promise<void> {
  const { services, actor } = options;
  authorize(actor, participationPolicy, 'manage_award', undefined);
  const round = await currentAwardRound(services.db);
  if (!round) throw new AppError('not_found');
  const user = await services.db
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', options.email))
    .where('email_verified_at', 'is not', null)
    .executeTakeFirst();
  if (!user)
    throw new AppError('invalid_input', { fields: { email: { key: 'participation_award.manage.no_account' } } });
  await services.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('participation_jurors')
      .values({ round_id: round.id, user_id: user.id, invited_by: actor.userId })
      .onConflict((oc) => oc.columns(['round_id', 'user_id']).doNothing())
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'participation.juror_added',
      subjectType: 'user',
      subjectId: user.id,
      organisationId: actor.organisation?.id ?? null,
      ip: options.ip,
    });
  });
}
