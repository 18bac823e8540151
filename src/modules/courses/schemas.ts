import { z } from 'zod';
import type { FieldErrors } from '../../core/errors.js';
import { postedList, type ParseResult } from '../../core/validation.js';
import type { QuestionContent } from './content/index.js';
import type { QuizAnswers } from './tables.js';

export const LessonParamsSchema = z
  .object({ lang: z.string(), key: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/) })
  .strict();
export const IdParamsSchema = z.object({ lang: z.string(), id: z.uuid() }).strict();
export const IllustrationParamsSchema = z.object({ lang: z.string(), file: z.string().max(60) }).strict();
export const EmptyFormSchema = z.object({}).strict();
export const RevokeSchema = z.object({ code: z.string().trim().min(1).max(40) }).strict();

/** The form field of one quiz question. */
export const questionField = (key: string): string => `q_${key}`;

/**
 * A lesson's quiz as posted: every question needs an answer (one option, or at least one for a multiple-choice
 * question), and only the options the question offers count. Each problem is a message at its question.
 */
export function parseQuiz(questions: readonly QuestionContent[], body: unknown): ParseResult<QuizAnswers> {
  const posted = (body ?? {}) as Record<string, unknown>;
  const offered = new Set(questions.map((question) => questionField(question.key)));
  const fields: FieldErrors = {};
  const answers: QuizAnswers = {};
  for (const name of Object.keys(posted)) if (!offered.has(name)) fields[name] = { key: 'validation.invalid_type' };
  for (const question of questions) {
    const name = questionField(question.key);
    const chosen = postedList(posted[name]);
    const options = new Set(question.options.map((option) => option.key));
    if (!Array.isArray(chosen) || !chosen.every((value) => typeof value === 'string' && options.has(value))) {
      fields[name] = { key: 'validation.choose_option' };
    } else if (chosen.length === 0) {
      fields[name] = {
        key: question.kind === 'single' ? 'courses.quiz.answer_missing' : 'courses.quiz.answers_missing',
      };
    } else if (question.kind === 'single' && chosen.length > 1) {
      fields[name] = { key: 'validation.choose_option' };
    } else answers[question.key] = [...new Set(chosen as string[])];
  }
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, data: answers };
}
