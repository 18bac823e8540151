import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { checklistsPolicy, reviewerCityFor } from '../policy.js';
import { loadOwnAssessment } from '../records.js';

/** The organisation asks for a review of a completed assessment; schools and Kitas go to their city's municipality. */
export async function requestReview(options: {
  services: AppServices;
  actor: UserActor;
  assessmentId: string;
  ip: string | null;
}): Promise<{ reviewId: string }> {
  const { services, actor } = options;
  return services.db.transaction().execute(async (trx) => {
    const assessment = await loadOwnAssessment(trx, actor, options.assessmentId);
    authorize(
      actor,
      checklistsPolicy,
      'request_review',
      { organisationId: assessment.organisation_id },
      {
        help: { reasonKey: 'checklists.refusal.request_review' },
      },
    );
    if (assessment.status !== 'completed')
      throw new AppError('conflict', { messageKey: 'checklists.errors.not_completed' });
    const existing = await trx
      .selectFrom('checklist_reviews')
      .select('status')
      .where('assessment_id', '=', assessment.id)
      .where('status', '<>', 'declined')
      .executeTakeFirst();
    if (existing) throw new AppError('conflict', { messageKey: 'checklists.errors.review_exists' });
    const review = await trx
      .insertInto('checklist_reviews')
      .values({
        assessment_id: assessment.id,
        organisation_id: assessment.organisation_id,
        reviewer_city: reviewerCityFor(assessment.audience, {
          type: assessment.organisation_type,
          city: assessment.organisation_city,
        }),
        requested_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'checklists.review_requested',
      subjectType: 'checklist_review',
      subjectId: review.id,
      organisationId: assessment.organisation_id,
      ip: options.ip,
    });
    return { reviewId: review.id };
  });
}
