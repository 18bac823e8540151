import type { Actor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import { berlinDay, dateColumnDay } from '../../../core/time/calendar-day.js';
import { isCoordinator } from '../policy.js';
import { currentAwardRound, type AwardRound } from './load-award.js';

export interface AwardCall {
  round: AwardRound | null;
  isOpen: boolean;
  winners: { year: number; businessName: string; storyId: string }[];
  isJuror: boolean;
  canManage: boolean;
}

/** The public page of the award: this year's call and criteria, and the published winners of every year. */
export async function getAwardCall(options: { services: AppServices; actor: Actor; now?: Date }): Promise<AwardCall> {
  const { services, actor } = options;
  const round = await currentAwardRound(services.db);
  const winners = await services.db
    .selectFrom('participation_award_entries as e')
    .innerJoin('participation_award_rounds as r', 'r.id', 'e.round_id')
    .select(['r.year', 'e.business_name', 'e.story_id'])
    .where('e.winner', '=', true)
    .where('e.story_id', 'is not', null)
    .orderBy('r.year', 'desc')
    .orderBy('e.business_name')
    .execute();
  const juror =
    round && actor.kind === 'user'
      ? await services.db
          .selectFrom('participation_jurors')
          .select('user_id')
          .where('round_id', '=', round.id)
          .where('user_id', '=', actor.userId)
          .executeTakeFirst()
      : undefined;
  return {
    round,
    isOpen: round !== null && round.status === 'call' && berlinDay(options.now) <= dateColumnDay(round.closesOn),
    winners: winners.map((row) => ({ year: row.year, businessName: row.business_name, storyId: row.story_id ?? '' })),
    isJuror: juror !== undefined,
    canManage: isCoordinator(actor),
  };
}
