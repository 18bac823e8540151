import type { UserActor } from '../../../core/auth/actor.js';
import { allows, authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy, type ScoringRef } from '../policy.js';
import type { AwardEntry, Criterion } from '../tables.js';
import { jurorStanding, loadEntry } from './load-award.js';

export interface JurorScores {
  name: string;
  isOwn: boolean;
  scores: Partial<Record<Criterion, number>>;
}

export interface JuryEntryView {
  entry: AwardEntry;
  standing: ScoringRef;
  canScore: boolean;
  /** Every juror's submitted scores; empty until the reader submitted their own (blind scoring). */
  scores: JurorScores[];
}

/** One entry for a juror: the submission, the score form, and the others' scores only after submitting one's own. */
export async function getJuryEntry(options: {
  services: AppServices;
  actor: UserActor;
  entryId: string;
}): Promise<JuryEntryView> {
  const { services, actor } = options;
  const { entry, roundStatus } = await loadEntry(services.db, options.entryId);
  const standing: ScoringRef = {
    ...(await jurorStanding(services.db, actor, entry)),
    isEligible: entry.eligibility === 'eligible',
    roundInJury: roundStatus === 'jury',
  };
  authorize(actor, participationPolicy, 'judge', standing, { code: 'not_found' });
  if (!standing.isEligible) authorize(actor, participationPolicy, 'manage_award', undefined, { code: 'not_found' });
  const rows = allows(actor, participationPolicy, 'see_scores', standing)
    ? await services.db
        .selectFrom('participation_scores as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .select(['s.user_id', 'u.display_name', 's.criterion', 's.score'])
        .where('s.entry_id', '=', entry.id)
        .orderBy('u.display_name')
        .execute()
    : [];
  const byJuror = new Map<string, JurorScores>();
  for (const row of rows) {
    const line = byJuror.get(row.user_id) ?? {
      name: row.display_name,
      isOwn: row.user_id === actor.userId,
      scores: {},
    };
    line.scores[row.criterion] = row.score;
    byJuror.set(row.user_id, line);
  }
  return {
    entry,
    standing,
    canScore: allows(actor, participationPolicy, 'score_entry', standing),
    scores: [...byJuror.values()],
  };
}
