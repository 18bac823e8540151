import { z } from 'zod';
import { LOCALE_CODES, type LocaleCode } from '../../../core/i18n/locales.js';
import { AUDIENCES, DIMENSIONS, type Dimension } from '../tables.js';

/**
 * A questionnaire as data: what is exported, imported and stored. Every text is given in all seven
 * languages, so an imported version is as complete as a shipped one. The JSON schema of the export
 * is generated from this one zod schema (z.toJSONSchema), so the file and the check agree.
 */
export const QUESTIONNAIRE_FORMAT = 'vielfalt-ruhr/questionnaire@1';

const localisedText = (max: number) =>
  z.object(
    Object.fromEntries(LOCALE_CODES.map((code) => [code, z.string().trim().min(1).max(max)])) as Record<
      LocaleCode,
      z.ZodString
    >,
  );
export type LocalisedText = Record<LocaleCode, string>;

const base = {
  id: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,62}$/)
    .describe('Stable id: answers are stored under it; unique in the questionnaire'),
  text: localisedText(400),
  guidance: localisedText(800),
};

/** Answer kinds: yes/partly/no, a scale of 1–5, a number with thresholds, a free text, an evidence file. */
export const QuestionSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('yes_partly_no'), weight: z.number().min(0).max(5) }),
  z.object({ ...base, kind: z.literal('scale'), weight: z.number().min(0).max(5) }),
  z.object({
    ...base,
    kind: z.literal('number'),
    weight: z.number().min(0).max(5),
    min: z.number(),
    max: z.number(),
    /** Ascending: at or above the first a third of the points, the second two thirds, the third all. */
    thresholds: z.tuple([z.number(), z.number(), z.number()]),
  }),
  z.object({ ...base, kind: z.literal('text') }),
  z.object({ ...base, kind: z.literal('evidence') }),
]);
export type Question = z.infer<typeof QuestionSchema>;

const DimensionSchema = z.object({
  id: z.enum(DIMENSIONS),
  questions: z.array(QuestionSchema).min(1).max(20),
});

export const QuestionnaireSchema = z
  .object({
    format: z.literal(QUESTIONNAIRE_FORMAT),
    audience: z.enum(AUDIENCES),
    version: z.number().int().min(1).max(9999),
    title: localisedText(200),
    scoring: z.object({
      /** Share of points (0–1) at which levels 2, 3 and 4 begin. */
      levelThresholds: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1), z.number().min(0).max(1)]),
      /** A dimension at or below this level gets recommendations. */
      weakUpToLevel: z.number().int().min(1).max(4),
    }),
    dimensions: z.array(DimensionSchema).length(DIMENSIONS.length),
  })
  .superRefine((questionnaire, context) => {
    const seenDimensions = new Set<Dimension>();
    const seenQuestions = new Set<string>();
    questionnaire.dimensions.forEach((dimension, d) => {
      if (seenDimensions.has(dimension.id))
        context.addIssue({ code: 'custom', path: ['dimensions', d, 'id'], message: 'duplicate_dimension' });
      seenDimensions.add(dimension.id);
      if (!dimension.questions.some((question) => 'weight' in question && question.weight > 0))
        context.addIssue({ code: 'custom', path: ['dimensions', d, 'questions'], message: 'no_scored_question' });
      dimension.questions.forEach((question, q) => {
        if (seenQuestions.has(question.id))
          context.addIssue({
            code: 'custom',
            path: ['dimensions', d, 'questions', q, 'id'],
            message: 'duplicate_question',
          });
        seenQuestions.add(question.id);
        if (question.kind === 'number') {
          const [a, b, c] = question.thresholds;
          if (!(question.min < question.max && a <= b && b <= c))
            context.addIssue({
              code: 'custom',
              path: ['dimensions', d, 'questions', q, 'thresholds'],
              message: 'thresholds_order',
            });
        }
      });
    });
    const [l2, l3, l4] = questionnaire.scoring.levelThresholds;
    if (!(l2 < l3 && l3 < l4))
      context.addIssue({ code: 'custom', path: ['scoring', 'levelThresholds'], message: 'thresholds_order' });
  });
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;

/** One problem of an imported file: where (a JSON path like dimensions[2].questions[0].text.ar) and what. */
export interface ImportProblem {
  path: string;
  /** A message key of the checklists_admin namespace, or zod's own text for structural problems. */
  messageKey: string;
  detail: string;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    '',
  );
}

const CUSTOM_KEYS = new Set(['duplicate_dimension', 'no_scored_question', 'duplicate_question', 'thresholds_order']);

/** Parses a questionnaire file; the problems list names every place that is wrong. */
export function parseQuestionnaireJson(
  text: string,
): { ok: true; questionnaire: Questionnaire } | { ok: false; problems: ImportProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '', messageKey: 'checklists_admin.problem.not_json', detail: (error as Error).message }],
    };
  }
  const result = QuestionnaireSchema.safeParse(data);
  if (result.success) return { ok: true, questionnaire: result.data };
  return {
    ok: false,
    problems: result.error.issues.slice(0, 100).map((issue) => ({
      path: pathOf(issue.path),
      messageKey: CUSTOM_KEYS.has(issue.message)
        ? `checklists_admin.problem.${issue.message}`
        : issue.code === 'invalid_type' && issue.input === undefined
          ? 'checklists_admin.problem.missing'
          : 'checklists_admin.problem.invalid',
      detail: CUSTOM_KEYS.has(issue.message) ? '' : issue.message,
    })),
  };
}

/** The JSON schema that describes the export format (served beside the export). */
export function questionnaireJsonSchema(): unknown {
  return z.toJSONSchema(QuestionnaireSchema, { io: 'input', unrepresentable: 'any' });
}
