import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { checklistsPolicy } from '../policy.js';
import type { AnswerValue } from '../questionnaires/index.js';
import { loadAssessment } from '../records.js';

/**
 * Saves one step's answers (saved as it goes): given answers are written, emptied ones removed. A completed
 * assessment keeps its answers; a new sitting starts a new assessment.
 */
export async function saveAnswers(options: {
  services: AppServices;
  actor: UserActor;
  assessmentId: string;
  answers: { set: ReadonlyMap<string, AnswerValue>; cleared: readonly string[] };
}): Promise<void> {
  const { services, actor, answers } = options;
  await services.db.transaction().execute(async (trx) => {
    const assessment = await loadAssessment(trx, options.assessmentId);
    authorize(
      actor,
      checklistsPolicy,
      'work_on',
      { organisationId: assessment.organisation_id },
      { code: 'not_found' },
    );
    if (assessment.status !== 'in_progress')
      throw new AppError('conflict', { messageKey: 'checklists.errors.completed' });
    if (answers.cleared.length > 0)
      await trx
        .deleteFrom('checklist_answers')
        .where('assessment_id', '=', assessment.id)
        .where('question_id', 'in', [...answers.cleared])
        .execute();
    const rows = [...answers.set].map(([questionId, value]) => ({
      assessment_id: assessment.id,
      question_id: questionId,
      value: JSON.stringify(value),
    }));
    if (rows.length > 0)
      await trx
        .insertInto('checklist_answers')
        .values(rows)
        .onConflict((conflict) =>
          conflict.columns(['assessment_id', 'question_id']).doUpdateSet((eb) => ({
            value: eb.ref('excluded.value'),
            updated_at: new Date(),
          })),
        )
        .execute();
    await trx
      .updateTable('checklist_assessments')
      .set({ updated_at: new Date() })
      .where('id', '=', assessment.id)
      .execute();
  });
}
