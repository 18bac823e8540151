import type { UserActor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { evidenceKey, loadOwnAssessment } from '../records.js';
import type { PostedAnswers } from '../schemas.js';

/**
 * Saves one step's answers (saved as it goes): given answers are written, emptied ones removed, evidence files
 * stored through core/storage (a new file replaces the one before). A completed assessment keeps its answers.
 */
export async function saveAnswers(options: {
  services: AppServices;
  actor: UserActor;
  assessmentId: string;
  answers: Pick<PostedAnswers, 'set' | 'cleared' | 'files'>;
}): Promise<void> {
  const { services, actor, answers } = options;
  await services.db.transaction().execute(async (trx) => {
    const assessment = await loadOwnAssessment(trx, actor, options.assessmentId);
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
    for (const [questionId, file] of answers.files) {
      const key = evidenceKey(assessment.id, questionId);
      await services.storage.put(key, file.bytes, file.contentType);
      await trx
        .insertInto('checklist_evidence')
        .values({
          assessment_id: assessment.id,
          question_id: questionId,
          storage_key: key,
          file_name: file.fileName.slice(0, 200) || questionId,
          content_type: file.contentType,
          size_bytes: file.bytes.length,
          uploaded_by: actor.userId,
        })
        .onConflict((conflict) =>
          conflict.columns(['assessment_id', 'question_id']).doUpdateSet((eb) => ({
            file_name: eb.ref('excluded.file_name'),
            content_type: eb.ref('excluded.content_type'),
            size_bytes: eb.ref('excluded.size_bytes'),
            uploaded_by: eb.ref('excluded.uploaded_by'),
            uploaded_at: new Date(),
          })),
        )
        .execute();
    }
    await trx
      .updateTable('checklist_assessments')
      .set({ updated_at: new Date() })
      .where('id', '=', assessment.id)
      .execute();
  });
}
