import type { UserActor } from '../../../core/auth/actor.js';
import { allows } from '../../../core/auth/policy.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { checklistsPolicy } from '../policy.js';

/**
 * A comment on an open review: the reviewer's note, or the organisation's answer to a request for more,
 * which opens the request again for the reviewer.
 */
export async function addReviewComment(options: {
  services: AppServices;
  actor: UserActor;
  reviewId: string;
  body: string;
  ip: string | null;
}): Promise<void> {
  const { services, actor } = options;
  await services.db.transaction().execute(async (trx) => {
    const review = await trx
      .selectFrom('checklist_reviews')
      .selectAll()
      .where('id', '=', options.reviewId)
      .forUpdate()
      .executeTakeFirst();
    if (!review) throw new AppError('not_found');
    const ref = { organisationId: review.organisation_id, reviewerCity: review.reviewer_city };
    const side = allows(actor, checklistsPolicy, 'review', ref)
      ? 'reviewer'
      : allows(actor, checklistsPolicy, 'reply_to_review', ref)
        ? 'organisation'
        : null;
    if (!side) throw new AppError('not_found');
    if (review.status !== 'requested' && review.status !== 'more_requested')
      throw new AppError('conflict', { messageKey: 'checklists_review.errors.decided' });
    await trx
      .insertInto('checklist_review_comments')
      .values({ review_id: review.id, author_user_id: actor.userId, side, body: options.body })
      .execute();
    if (side === 'organisation' && review.status === 'more_requested') {
      await trx.updateTable('checklist_reviews').set({ status: 'requested' }).where('id', '=', review.id).execute();
      await recordAudit(trx, {
        actorUserId: actor.userId,
        action: 'checklists.review_answered',
        subjectType: 'checklist_review',
        subjectId: review.id,
        organisationId: review.organisation_id,
        ip: options.ip,
      });
    }
  });
}
