import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import type { AwardRoundInput } from '../schemas.js';

/** The office opens the year's call of the Wirtschaftspreis Vielfalt; one round per year. */
export async function openAwardRound(options: {
  services: AppServices;
  actor: UserActor;
  input: AwardRoundInput;
  ip: string;
}): Promise<void> {
  const { services, actor, input } = options;
  authorize(actor, participationPolicy, 'manage_award', undefined);
  await services.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('participation_award_rounds')
      .select('id')
      .where('year', '=', input.year)
      .executeTakeFirst();
    if (taken) throw new AppError('conflict', { fields: { year: { key: 'participation_award.manage.year_taken' } } });
    const round = await trx
      .insertInto('participation_award_rounds')
      .values({ year: input.year, closes_on: input.closes_on, call_text: input.call_text, created_by: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'participation.award_round_opened',
      subjectType: 'participation_award_round',
      subjectId: round.id,
      organisationId: actor.organisation?.id ?? null,
      ip: options.ip,
    });
  });
}
