import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import { jurorStanding, loadEntry } from './load-award.js';

/**
 * A juror declares a conflict of interest for an entry (they know the business, work with it …): from then on
 * the database refuses their scores for it and they never see the others'. Only before scoring it.
 */
export async function declareConflict(options: {
  services: AppServices;
  actor: UserActor;
  entryId: string;
  ip: string;
}): Promise<void> {
  const { services, actor } = options;
  const { entry } = await loadEntry(services.db, options.entryId);
  const standing = await jurorStanding(services.db, actor, entry);
  authorize(actor, participationPolicy, 'judge', standing, { code: 'not_found' });
  if (standing.hasSubmitted)
    throw new AppError('conflict', { messageKey: 'participation_award.jury.conflict_after_scores' });
  await services.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('participation_conflicts')
      .values({ entry_id: entry.id, user_id: actor.userId })
      .onConflict((oc) => oc.columns(['entry_id', 'user_id']).doNothing())
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'participation.juror_conflict',
      subjectType: 'participation_award_entry',
      subjectId: entry.id,
      organisationId: null,
      ip: options.ip,
    });
  });
}
