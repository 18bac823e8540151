import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import { currentAwardRound } from './load-award.js';

const NEXT = { call: 'jury', jury: 'decided' } as const;

/** The office moves the current round on: from the call to the jury, from the jury to the decision. */
export async function advanceAwardRound(options: {
  services: AppServices;
  actor: UserActor;
  ip: string;
}): Promise<void> {
  const { services, actor } = options;
  authorize(actor, participationPolicy, 'manage_award', undefined);
  const round = await currentAwardRound(services.db);
  if (!round || round.status === 'decided') throw new AppError('conflict');
  const next = NEXT[round.status];
  await services.db.transaction().execute(async (trx) => {
    await trx.updateTable('participation_award_rounds').set({ status: next }).where('id', '=', round.id).execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: `participation.award_${next}`,
      subjectType: 'participation_award_round',
      subjectId: round.id,
      organisationId: actor.organisation?.id ?? null,
      ip: options.ip,
    });
  });
}
