import type { UserActor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { evidencePrefix, loadOwnAssessment } from '../records.js';

/**
 * Deletes an assessment in progress with its answers, evidence files and action plan. A completed one stays while a review
 * or certificate refers to it.
 */
export async function deleteAssessment(options: {
  services: AppServices;
  actor: UserActor;
  assessmentId: string;
}): Promise<void> {
  const { services, actor } = options;
  await services.db.transaction().execute(async (trx) => {
    const assessment = await loadOwnAssessment(trx, actor, options.assessmentId);
    if (assessment.status !== 'in_progress')
      throw new AppError('conflict', { messageKey: 'checklists.errors.completed' });
    await trx.deleteFrom('checklist_assessments').where('id', '=', assessment.id).execute();
  });
  // The files go after the rows: a failure here leaves files no record points to, never a record without its file.
  await services.storage.deletePrefix(evidencePrefix(options.assessmentId));
}
