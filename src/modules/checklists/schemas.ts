import { z } from 'zod';
import { optionalText, text } from '../../core/validation.js';
import type { FieldErrors } from '../../core/errors.js';
import type { ParseResult } from '../../core/validation.js';
import { optionalUploadField, type UploadedFile } from '../../core/http/uploads.js';
import { safeParseInput } from '../../core/validation.js';
import type { AnswerValue, Question } from './questionnaires/index.js';
import { ACTION_STATUSES, AUDIENCES, DIMENSIONS, SECTORS, SIZE_BANDS } from './tables.js';

/** Limits of the module's inputs, shared by schemas and form attributes. */
export const CHECKLIST_LIMITS = {
  answerText: 2000,
  measure: 300,
  owner: 120,
  comment: 2000,
  /** A questionnaire file pasted into the import form (seven languages of every text). */
  questionnaireJson: 200_000,
} as const;

export const IdParamsSchema = z.object({ id: z.uuid() });
export const EvidenceParamsSchema = z.object({ id: z.uuid(), question: z.string().regex(/^[a-z][a-z0-9_]{1,62}$/) });
export const StepQuerySchema = z.object({ schritt: z.coerce.number().int().min(1).max(7).optional() });
export const EmptyFormSchema = z.object({});

export const StartAssessmentSchema = z.object({
  audience: z.enum(AUDIENCES),
  size_band: z.enum(SIZE_BANDS),
  sector: z.enum(SECTORS),
});
export type StartAssessmentInput = z.infer<typeof StartAssessmentSchema>;

const day = z.iso.date({ error: 'checklists.validation.date' });

export const ActionSchema = z.object({
  dimension: z.enum(DIMENSIONS),
  measure: text(CHECKLIST_LIMITS.measure),
  owner: text(CHECKLIST_LIMITS.owner),
  due_on: day,
});
export type ActionInput = z.infer<typeof ActionSchema>;

export const ActionStatusSchema = z.object({ status: z.enum(ACTION_STATUSES) });

export const ReassessSchema = z.object({ reassess_on: day });

export const CommentSchema = z.object({ body: text(CHECKLIST_LIMITS.comment) });

export const DecisionSchema = z
  .object({
    decision: z.enum(['approve', 'decline', 'more']),
    body: optionalText(CHECKLIST_LIMITS.comment),
  })
  .refine((input) => input.decision === 'approve' || input.body !== null, {
    path: ['body'],
    message: 'checklists_review.validation.reason_needed',
  });
export type DecisionInput = z.infer<typeof DecisionSchema>;

export const VerifyQuerySchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .max(40)
    .optional()
    .transform((code) => (code ? code : undefined)),
});

export const RevokeSchema = z.object({ code: z.string().trim().toUpperCase().min(1).max(40) });

export const ImportQuestionnaireSchema = z.object({ json: text(CHECKLIST_LIMITS.questionnaireJson) });

/** The form field that carries a question's answer. */
export const answerField = (questionId: string) => `q_${questionId}`;

const CHOICES = new Set(['yes', 'partly', 'no']);

/** Evidence: a PDF or a photo of a document, at most 5 MB, recognised by its content. */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
const EvidenceSchema = z.object({
  file: optionalUploadField({ kinds: ['pdf', 'png', 'jpeg'], maxBytes: EVIDENCE_MAX_BYTES }),
});

/** What one step of the questionnaire posts, once read. */
export interface PostedAnswers {
  set: Map<string, AnswerValue>;
  cleared: string[];
  files: Map<string, UploadedFile>;
  then: 'next' | 'pause';
}

/**
 * Reads one dimension's answers from a posted form. An empty field removes an answer (saved as it goes);
 * a value the question cannot take is a message at that field.
 */
export function parseAnswers(questions: readonly Question[], body: unknown): ParseResult<PostedAnswers> {
  const posted = (body ?? {}) as Record<string, unknown>;
  const set = new Map<string, AnswerValue>();
  const cleared: string[] = [];
  const files = new Map<string, UploadedFile>();
  const fields: FieldErrors = {};
  for (const question of questions) {
    const name = answerField(question.id);
    if (question.kind === 'evidence') {
      // An empty file input keeps the evidence given before.
      const evidence = safeParseInput(EvidenceSchema, { file: posted[name] });
      if (!evidence.ok) fields[name] = evidence.fields.file ?? { key: 'validation.invalid_type' };
      else if (evidence.data.file) files.set(question.id, evidence.data.file);
      continue;
    }
    const raw = posted[name];
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (raw !== undefined && typeof raw !== 'string') {
      fields[name] = { key: 'validation.invalid_type' };
      continue;
    }
    if (value === '') {
      cleared.push(question.id);
      continue;
    }
    switch (question.kind) {
      case 'yes_partly_no':
        if (CHOICES.has(value)) set.set(question.id, value);
        else fields[name] = { key: 'validation.choose_option' };
        break;
      case 'scale': {
        const scale = Number(value);
        if (Number.isInteger(scale) && scale >= 1 && scale <= 5) set.set(question.id, scale);
        else fields[name] = { key: 'validation.choose_option' };
        break;
      }
      case 'number': {
        const number = Number(value.replace(',', '.'));
        if (!Number.isFinite(number)) fields[name] = { key: 'checklists.validation.number' };
        else if (number < question.min || number > question.max)
          fields[name] = { key: 'checklists.validation.range', values: { min: question.min, max: question.max } };
        else set.set(question.id, number);
        break;
      }
      case 'text':
        if (value.length > CHECKLIST_LIMITS.answerText)
          fields[name] = { key: 'validation.too_long', values: { max: CHECKLIST_LIMITS.answerText } };
        else set.set(question.id, value);
        break;
    }
  }
  // Which button was pressed: save and go on, or save and continue in a later sitting.
  const then = posted.then === 'pause' ? 'pause' : 'next';
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, data: { set, cleared, files, then } };
}
