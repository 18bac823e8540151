import type { CourseContent, QuestionContent } from './content/index.js';
import type { QuizAnswers } from './tables.js';

/** The pass mark: this share of all quiz questions of the course answered correctly (in per cent). */
export const PASS_PERCENT = 80;

/** A question counts as right when exactly its correct options were chosen (all of them, and no other). */
export function isAnsweredCorrectly(question: QuestionContent, chosen: readonly string[]): boolean {
  const correct = question.options.filter((option) => option.correct).map((option) => option.key);
  return correct.length === chosen.length && correct.every((key) => chosen.includes(key));
}

export function scoreQuiz(
  questions: readonly QuestionContent[],
  answers: QuizAnswers,
): { correct: number; total: number } {
  const correct = questions.filter((question) => isAnsweredCorrectly(question, answers[question.key] ?? [])).length;
  return { correct, total: questions.length };
}

/** What is stored per lesson, as the summary reads it. */
export interface LessonState {
  readAt: Date | null;
  answers: QuizAnswers | null;
}

export interface LessonSummary {
  key: string;
  isRead: boolean;
  isAnswered: boolean;
  correct: number;
  total: number;
}

export interface CourseSummary {
  lessons: LessonSummary[];
  correct: number;
  total: number;
  /** Rounded down, so 79.9 % never shows as a pass of 80 %. */
  percent: number;
  isAllAnswered: boolean;
  isPassed: boolean;
  /** The first lesson not yet read or answered: where the person goes on. */
  nextLessonKey: string | null;
}

/**
 * The course as one person stands in it. Scores are computed from the stored answers against the version's
 * questions every time, so an explanation corrected by the office never leaves a stale score behind.
 */
export function summarise(content: CourseContent, states: ReadonlyMap<string, LessonState>): CourseSummary {
  const lessons = content.lessons.map((lesson) => {
    const state = states.get(lesson.key);
    const score = scoreQuiz(lesson.questions, state?.answers ?? {});
    return {
      key: lesson.key,
      isRead: Boolean(state?.readAt),
      isAnswered: Boolean(state?.answers),
      correct: state?.answers ? score.correct : 0,
      total: score.total,
    };
  });
  const correct = lessons.reduce((sum, lesson) => sum + lesson.correct, 0);
  const total = lessons.reduce((sum, lesson) => sum + lesson.total, 0);
  const percent = total === 0 ? 0 : Math.floor((correct * 100) / total);
  const isAllAnswered = lessons.every((lesson) => lesson.isAnswered);
  return {
    lessons,
    correct,
    total,
    percent,
    isAllAnswered,
    isPassed: isAllAnswered && percent >= PASS_PERCENT,
    nextLessonKey: lessons.find((lesson) => !lesson.isRead || !lesson.isAnswered)?.key ?? null,
  };
}
