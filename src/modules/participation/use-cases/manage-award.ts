import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import type { AwardEntry } from '../tables.js';
import { currentAwardRound, type AwardRound } from './load-award.js';
import { rankEntries, type RankedEntry } from './rank-entries.js';

export interface AwardManagement {
  round: AwardRound | null;
  entries: AwardEntry[];
  jurors: { userId: string; name: string }[];
  ranking: RankedEntry[];
}

/** The office's view of the current award round: every entry with its eligibility, the jury, the ranking so far. */
export async function manageAward(options: { services: AppServices; actor: UserActor }): Promise<AwardManagement> {
  const { services, actor } = options;
  authorize(actor, participationPolicy, 'manage_award', undefined);
  const round = await currentAwardRound(services.db);
  if (!round) return { round, entries: [], jurors: [], ranking: [] };
  const [entries, jurors, ranking] = await Promise.all([
    services.db
      .selectFrom('participation_award_entries')
      .selectAll()
      .where('round_id', '=', round.id)
      .orderBy('created_at')
      .execute(),
    services.db
      .selectFrom('participation_jurors as j')
      .innerJoin('users as u', 'u.id', 'j.user_id')
      .select(['j.user_id', 'u.display_name'])
      .where('j.round_id', '=', round.id)
      .orderBy('u.display_name')
      .execute(),
    rankEntries(services.db, round.id),
  ]);
  return { round, entries, jurors: jurors.map((row) => ({ userId: row.user_id, name: row.display_name })), ranking };
}
