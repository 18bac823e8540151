import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import { currentAwardRound, type AwardRound } from './load-award.js';

export interface JuryEntryLine {
  id: string;
  businessName: string;
  city: string;
  state: 'to_score' | 'submitted' | 'conflict';
}

/** A juror's list: the eligible entries of the current round and where they stand with each. */
export async function listJuryEntries(options: {
  services: AppServices;
  actor: UserActor;
}): Promise<{ round: AwardRound; entries: JuryEntryLine[] }> {
  const { services, actor } = options;
  const round = await currentAwardRound(services.db);
  const juror = round
    ? await services.db
        .selectFrom('participation_jurors')
        .select('user_id')
        .where('round_id', '=', round.id)
        .where('user_id', '=', actor.userId)
        .executeTakeFirst()
    : undefined;
  authorize(actor, participationPolicy, 'judge', { isJuror: juror !== undefined });
  const rows = await services.db
    .selectFrom('participation_award_entries as e')
    .leftJoin('participation_conflicts as c', (join) =>
      join.onRef('c.entry_id', '=', 'e.id').on('c.user_id', '=', actor.userId),
    )
    .leftJoin('participation_score_submissions as s', (join) =>
      join.onRef('s.entry_id', '=', 'e.id').on('s.user_id', '=', actor.userId),
    )
    .select(['e.id', 'e.business_name', 'e.city', 'c.user_id as conflict', 's.user_id as submitted'])
    .where('e.round_id', '=', round!.id)
    .where('e.eligibility', '=', 'eligible')
    .orderBy('e.business_name')
    .execute();
  return {
    round: round!,
    entries: rows.map((row) => ({
      id: row.id,
      businessName: row.business_name,
      city: row.city,
      state: row.conflict ? 'conflict' : row.submitted ? 'submitted' : 'to_score',
    })),
  };
}
