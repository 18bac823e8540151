import { sql } from 'kysely';
import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { dateColumnDay } from '../../../core/time/calendar-day.js';
import { partnershipsPolicy } from '../policy.js';
import { auditPartnership, listActivities, oneYearAfter, otherSide, partnershipSubject } from '../records.js';
import type { ReviewInput } from '../schemas.js';
import { loadAsParty } from './load-party.js';

/** The activity ids a review form asks about (the schema is built from them). */
export async function reviewActivityIds(options: {
  services: AppServices;
  actor: UserActor;
  partnershipId: string;
}): Promise<string[]> {
  const { partnership } = await loadAsParty(options.services, options.actor, options.partnershipId);
  return (await listActivities(options.services.db, partnership.id)).map((activity) => activity.id);
}

/**
 * One side records its yearly review: per agreed activity whether it took place, how many pupils took
 * part and a note. Recording again in the same round replaces the side's earlier answers. When both sides
 * have recorded the round, the next review falls due a year after this one.
 */
export async function recordReview(options: {
  services: AppServices;
  actor: UserActor;
  partnershipId: string;
  input: ReviewInput;
}): Promise<void> {
  const { services, actor, input } = options;
  const { partnership, side } = await loadAsParty(services, actor, options.partnershipId);
  authorize(actor, partnershipsPolicy, 'record_review', partnershipSubject(partnership));
  const activityIds = new Set((await listActivities(services.db, partnership.id)).map((activity) => activity.id));
  if (input.length !== activityIds.size || input.some((line) => !activityIds.has(line.activityId)))
    throw new AppError('invalid_input');
  await services.db.transaction().execute(async (trx) => {
    // The row lock keeps two sides recording at the same moment from both missing the other's review.
    const locked = await trx
      .selectFrom('partnerships')
      .select(['status', 'review_due_on'])
      .where('id', '=', partnership.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (locked.status !== 'active' || !locked.review_due_on)
      throw new AppError('conflict', { messageKey: 'partnerships.errors.not_running' });
    const round = dateColumnDay(locked.review_due_on);
    await trx
      .deleteFrom('partnership_reviews')
      .where('partnership_id', '=', partnership.id)
      .where('side', '=', side)
      .where('round_due_on', '=', sql<Date>`${round}::date`)
      .execute();
    await trx
      .insertInto('partnership_reviews')
      .values(
        input.map((line) => ({
          partnership_id: partnership.id,
          activity_id: line.activityId,
          side,
          round_due_on: round,
          took_place: line.tookPlace,
          pupils: line.pupils,
          note: line.note,
          recorded_by: actor.userId,
        })),
      )
      .execute();
    const other = await trx
      .selectFrom('partnership_reviews')
      .select('id')
      .where('partnership_id', '=', partnership.id)
      .where('side', '=', otherSide(side))
      .where('round_due_on', '=', sql<Date>`${round}::date`)
      .executeTakeFirst();
    if (other)
      await trx
        .updateTable('partnerships')
        .set({ review_due_on: oneYearAfter(round) })
        .where('id', '=', partnership.id)
        .execute();
    await auditPartnership(trx, actor, 'reviewed', partnership.id, { details: { round } });
  });
}
