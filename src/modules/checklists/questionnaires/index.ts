export { QUESTIONNAIRE_FORMAT, parseQuestionnaireJson, questionnaireJsonSchema } from './schema.js';
export type { ImportProblem, LocalisedText, Question, Questionnaire } from './schema.js';
export { answerPoints, levelFor, overallLevel, scoreAssessment, type AnswerValue } from './scoring.js';
export { shippedQuestionnaire } from './shipped.js';
export {
  currentQuestionnaire,
  listQuestionnaireVersions,
  loadQuestionnaire,
  type StoredQuestionnaire,
} from './store.js';
