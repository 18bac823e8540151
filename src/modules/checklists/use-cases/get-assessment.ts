import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { checklistsPolicy } from '../policy.js';
import { loadQuestionnaire, type AnswerValue, type StoredQuestionnaire } from '../questionnaires/index.js';
import { loadAnswers, loadAssessment, loadEvidence, type AssessmentRecord } from '../records.js';

export interface AssessmentView {
  assessment: AssessmentRecord;
  questionnaire: StoredQuestionnaire;
  answers: Map<string, AnswerValue>;
  evidence: Map<string, { fileName: string; sizeBytes: number }>;
  /** Answered of the answerable questions (evidence files are counted apart). */
  progress: { answered: number; total: number; percent: number };
  /** Per dimension: answered of answerable, for the step list. */
  dimensionProgress: { answered: number; total: number }[];
}

/** Progress over the questions an answer can be typed for. */
export function progressOf(questionnaire: StoredQuestionnaire, answers: ReadonlyMap<string, AnswerValue>) {
  const dimensionProgress = questionnaire.definition.dimensions.map((dimension) => {
    const answerable = dimension.questions.filter((question) => question.kind !== 'evidence');
    return { answered: answerable.filter((question) => answers.has(question.id)).length, total: answerable.length };
  });
  const answered = dimensionProgress.reduce((sum, step) => sum + step.answered, 0);
  const total = dimensionProgress.reduce((sum, step) => sum + step.total, 0);
  return {
    progress: { answered, total, percent: total === 0 ? 0 : Math.round((answered / total) * 100) },
    dimensionProgress,
  };
}

/** The own organisation's assessment with its questionnaire version and the answers given so far. */
export async function getAssessment(options: {
  services: AppServices;
  actor: UserActor;
  assessmentId: string;
}): Promise<AssessmentView> {
  const { services, actor } = options;
  const assessment = await loadAssessment(services.db, options.assessmentId);
  // Another organisation's assessment does not exist for this reader.
  authorize(actor, checklistsPolicy, 'work_on', { organisationId: assessment.organisation_id }, { code: 'not_found' });
  const questionnaire = await loadQuestionnaire(services.db, assessment.questionnaire_id);
  const answers = await loadAnswers(services.db, assessment.id);
  const evidence = await loadEvidence(services.db, assessment.id);
  return { assessment, questionnaire, answers, evidence, ...progressOf(questionnaire, answers) };
}
