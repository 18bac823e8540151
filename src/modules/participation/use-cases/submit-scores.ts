import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import type { ScoreInput } from '../schemas.js';
import { CRITERIA } from '../tables.js';
import { jurorStanding, loadEntry } from './load-award.js';

/**
 * A juror submits their scores for an eligible entry, one per criterion (0–10), once. The submission row's primary
 * key refuses a second submission; a trigger refuses it where a conflict was declared.
 */
export async function submitScores(options: {
  services: AppServices;
  actor: UserActor;
  entryId: string;
  input: ScoreInput;
}): Promise<void> {
  const { services, actor, input } = options;
  const { entry, roundStatus } = await loadEntry(services.db, options.entryId);
  const standing = {
    ...(await jurorStanding(services.db, actor, entry)),
    isEligible: entry.eligibility === 'eligible',
    roundInJury: roundStatus === 'jury',
  };
  authorize(actor, participationPolicy, 'judge', standing, { code: 'not_found' });
  authorize(actor, participationPolicy, 'score_entry', standing, {
    messageKey: 'participation_award.jury.cannot_score',
  });
  try {
    await services.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('participation_score_submissions')
        .values({ entry_id: entry.id, user_id: actor.userId })
        .execute();
      await trx
        .insertInto('participation_scores')
        .values(
          CRITERIA.map((criterion) => ({
            entry_id: entry.id,
            user_id: actor.userId,
            criterion,
            score: input[criterion],
          })),
        )
        .execute();
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '23505' || code === 'P0001')
      throw new AppError('conflict', { messageKey: 'participation_award.jury.cannot_score', cause: error });
    throw error;
  }
}
