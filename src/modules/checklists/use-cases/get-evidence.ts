import type { UserActor } from '../../../core/auth/actor.js';
import { allows } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import type { StoredFile } from '../../../core/storage/index.js';
import { checklistsPolicy } from '../policy.js';

/**
 * An evidence file, for the members of its organisation and for the reviewer of a review of its assessment;
 * for anybody else it does not exist.
 */
export async function getEvidence(options: {
  services: AppServices;
  actor: UserActor;
  assessmentId: string;
  questionId: string;
}): Promise<StoredFile & { fileName: string }> {
  const { services, actor } = options;
  const row = await services.db
    .selectFrom('checklist_evidence as e')
    .innerJoin('checklist_assessments as a', 'a.id', 'e.assessment_id')
    .select(['e.storage_key', 'e.file_name', 'a.organisation_id'])
    .where('e.assessment_id', '=', options.assessmentId)
    .where('e.question_id', '=', options.questionId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const reviews = await services.db
    .selectFrom('checklist_reviews')
    .select(['organisation_id', 'reviewer_city'])
    .where('assessment_id', '=', options.assessmentId)
    .execute();
  const mayRead =
    allows(actor, checklistsPolicy, 'work_on', { organisationId: row.organisation_id }) ||
    reviews.some((review) =>
      allows(actor, checklistsPolicy, 'review', {
        organisationId: review.organisation_id,
        reviewerCity: review.reviewer_city,
      }),
    );
  if (!mayRead) throw new AppError('not_found');
  const file = await services.storage.get(row.storage_key);
  if (!file) throw new AppError('not_found');
  return { ...file, fileName: row.file_name };
}
