import type { UserActor } from '../../../core/auth/actor.js';
import { AppError, type FieldErrors } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { addDays, berlinDay } from '../../../core/time/calendar-day.js';
import { loadQuestionnaire, overallLevel, scoreAssessment } from '../questionnaires/index.js';
import { loadAnswers, loadOwnAssessment } from '../records.js';
import { answerField } from '../schemas.js';

/** A re-assessment is suggested a year after completion; the organisation can choose another date. */
const REASSESS_AFTER_DAYS = 365;

/**
 * Scores the assessment with the questionnaire version it was answered with and freezes it. Every scored
 * question needs an answer; the problem list names the missing ones.
 */
export async function completeAssessment(options: {
  services: AppServices;
  actor: UserActor;
  assessmentId: string;
  now?: Date;
}): Promise<void> {
  const { services, actor } = options;
  const now = options.now ?? new Date();
  await services.db.transaction().execute(async (trx) => {
    const assessment = await loadOwnAssessment(trx, actor, options.assessmentId);
    if (assessment.status !== 'in_progress')
      throw new AppError('conflict', { messageKey: 'checklists.errors.completed' });
    const questionnaire = await loadQuestionnaire(trx, assessment.questionnaire_id);
    const answers = await loadAnswers(trx, assessment.id);
    const missing: FieldErrors = {};
    for (const dimension of questionnaire.definition.dimensions)
      for (const question of dimension.questions)
        if ('weight' in question && question.weight > 0 && !answers.has(question.id))
          missing[answerField(question.id)] = { key: 'checklists.validation.unanswered' };
    if (Object.keys(missing).length > 0) throw new AppError('invalid_input', { fields: missing });
    const result = scoreAssessment(questionnaire.definition, answers);
    await trx
      .updateTable('checklist_assessments')
      .set({
        status: 'completed',
        result: JSON.stringify(result),
        overall_level: overallLevel(result),
        completed_at: now,
        updated_at: now,
        reassess_on: addDays(berlinDay(now), REASSESS_AFTER_DAYS),
      })
      .where('id', '=', assessment.id)
      .execute();
  });
}
