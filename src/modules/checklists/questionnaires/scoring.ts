import { DIMENSIONS, type AssessmentResult, type Dimension, type Level } from '../tables.js';
import type { Question, Questionnaire } from './schema.js';

/** A stored answer: 'yes' | 'partly' | 'no' for choices, a number for scales and numbers, a text. */
export type AnswerValue = number | string;

const CHOICE_POINTS = { yes: 1, partly: 0.5, no: 0 } as const;

/** The share (0–1) of a question's points an answer earns; null for questions that are not scored. */
export function answerPoints(question: Question, value: AnswerValue | undefined): number | null {
  switch (question.kind) {
    case 'yes_partly_no':
      return typeof value === 'string' && value in CHOICE_POINTS
        ? CHOICE_POINTS[value as keyof typeof CHOICE_POINTS]
        : 0;
    case 'scale':
      return typeof value === 'number' ? (Math.min(5, Math.max(1, value)) - 1) / 4 : 0;
    case 'number': {
      if (typeof value !== 'number') return 0;
      const reached = question.thresholds.filter((threshold) => value >= threshold).length;
      return reached / 3;
    }
    default:
      return null;
  }
}

export function levelFor(score: number, thresholds: readonly [number, number, number]): Level {
  const reached = thresholds.filter((threshold) => score >= threshold - 1e-9).length;
  return (reached + 1) as Level;
}

/**
 * Scores an assessment: per dimension the weighted share of points, and the level the questionnaire's
 * thresholds give it. A question left unanswered earns nothing; text and evidence are not scored.
 */
export function scoreAssessment(
  questionnaire: Questionnaire,
  answers: ReadonlyMap<string, AnswerValue>,
): AssessmentResult {
  const result = {} as AssessmentResult;
  for (const dimension of questionnaire.dimensions) {
    let earned = 0;
    let possible = 0;
    for (const question of dimension.questions) {
      const points = answerPoints(question, answers.get(question.id));
      if (points === null || !('weight' in question)) continue;
      earned += points * question.weight;
      possible += question.weight;
    }
    const score = possible > 0 ? Math.round((earned / possible) * 1000) / 1000 : 0;
    result[dimension.id] = { score, level: levelFor(score, questionnaire.scoring.levelThresholds) };
  }
  return result;
}

/** The mean level over the seven dimensions, to two decimals (the certificate's and the overview's figure). */
export function overallLevel(result: AssessmentResult): number {
  const sum = DIMENSIONS.reduce((total, dimension: Dimension) => total + result[dimension].level, 0);
  return Math.round((sum / DIMENSIONS.length) * 100) / 100;
}
