import { z, type ZodType } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import { AppError, type FieldErrors } from './errors.js';

const MESSAGE_KEY = /^[a-z_]+(\.[a-z_]+)+$/;

/** zod 4 leaves the input out of its issues unless asked; the mapping below needs it ("missing" vs "wrong"). */
const PARSE_OPTIONS = { reportInput: true } as const;

const isMissing = (input: unknown): boolean => input === undefined || input === null;

/** Maps a zod issue to an i18n message key with values, so every field gets a clear, translated message. */
export function issueToMessage(issue: $ZodIssue): { key: string; values?: Record<string, string | number> } {
  // A schema may name its own message key (e.g. 'accounts.validation.accept_privacy'); zod's own messages never look like one.
  // A custom issue may carry the values its message needs (e.g. the largest file size) as params.
  if (MESSAGE_KEY.test(issue.message))
    return issue.code === 'custom' && issue.params
      ? { key: issue.message, values: issue.params as Record<string, string | number> }
      : { key: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      return isMissing(issue.input) ? { key: 'validation.required' } : { key: 'validation.invalid_type' };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { key: 'validation.required' };
      return { key: 'validation.too_short', values: { min: Number(issue.minimum) } };
    case 'too_big':
      return { key: 'validation.too_long', values: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return issue.format === 'email'
        ? { key: 'validation.email' }
        : issue.format === 'url'
          ? { key: 'validation.url' }
          : { key: 'validation.invalid_format' };
    case 'invalid_value':
      // zod 3 told a missing or non-text value of an enum apart (invalid_type); zod 4 reports all as invalid_value.
      if (issue.values.length > 1 && issue.values.every((value) => typeof value === 'string')) {
        if (isMissing(issue.input)) return { key: 'validation.required' };
        if (typeof issue.input !== 'string') return { key: 'validation.invalid_type' };
      }
      return { key: 'validation.choose_option' };
    case 'invalid_union':
      return { key: 'validation.choose_option' };
    case 'unrecognized_keys':
      return { key: 'validation.unknown_fields', values: { fields: issue.keys.join(', ') } };
    default:
      return { key: 'validation.invalid_format' };
  }
}

export function issuesToFields(issues: readonly $ZodIssue[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const name = issue.path.length > 0 ? issue.path.join('.') : '_form';
    fields[name] ??= issueToMessage(issue);
  }
  return fields;
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; fields: FieldErrors };

/** Any schema whose output is T, whatever it accepts as input (forms post text, preprocess takes unknown). */
export type InputSchema<T> = ZodType<T, unknown>;

export function safeParseInput<T>(schema: InputSchema<T>, input: unknown): ParseResult<T> {
  const result = schema.safeParse(input ?? {}, PARSE_OPTIONS);
  return result.success ? { ok: true, data: result.data } : { ok: false, fields: issuesToFields(result.error.issues) };
}

export function parseInput<T>(schema: InputSchema<T>, input: unknown): T {
  const result = safeParseInput(schema, input);
  if (!result.ok) throw new AppError('invalid_input', { fields: result.fields });
  return result.data;
}

/**
 * Fastify's validator compiler for the JSON API: the same parse as forms (input reported, so missing and
 * wrong values keep their messages), failing with the AppError the error handler answers with.
 * (fastify-type-provider-zod's own compiler parses without the input.)
 */
export const validatorCompiler =
  ({ schema }: { schema: unknown }) =>
  (data: unknown): { value: unknown } | { error: AppError } => {
    const result = (schema as InputSchema<unknown>).safeParse(data, PARSE_OPTIONS);
    return result.success
      ? { value: result.data }
      : { error: new AppError('invalid_input', { fields: issuesToFields(result.error.issues) }) };
  };

/**
 * Form posts carry the CSRF token and the submission key (core/http/submissions.ts) next to the fields;
 * schemas describe only the fields.
 */
export function withoutCsrf(body: unknown): unknown {
  if (!body || typeof body !== 'object') return body;
  const { _csrf: _token, _submission: _key, ...rest } = body as Record<string, unknown>;
  return rest;
}

/** A required text field: trimmed, not empty, at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * The one optional text field: trimmed, at most `max` characters ('validation.too_long'), and
 * empty or missing becomes null, the value a nullable column stores for "not given". A module
 * that stores something else for "not given" says so in its schema (`.transform(...)`).
 */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : null));

/** A field a form may post several times as a list: nothing (or an empty value) is [], one value a one-item list. */
export const postedList = (value: unknown): unknown =>
  value === undefined || value === '' ? [] : typeof value === 'string' ? [value] : value;

/** Message keys of a checkbox group; each falls back to the general "choose an option". */
export interface CheckboxGroupMessages {
  /** A value was posted that the group does not offer. */
  unknown?: string;
  /** Fewer boxes ticked than `min`. */
  tooFew?: string;
  /** More boxes ticked than `max`. */
  tooMany?: string;
}

/**
 * A group of checkboxes as a form posts it: nothing ticked sends nothing, one box a string, several
 * boxes an array. Gives the distinct values ticked. A value the group does not offer, too few or too
 * many ticked is an error of the whole group, never of "cities.2": the group's fieldset is what the
 * error summary links to.
 */
export function checkboxGroup<T extends string>(
  values: readonly T[],
  options: { min?: number; max?: number; messages?: CheckboxGroupMessages } = {},
) {
  const offered = new Set<string>(values);
  const messages = options.messages ?? {};
  const fallback = 'validation.choose_option';
  const ticked = z.array(z.string()).max(options.max ?? values.length, messages.tooMany ?? fallback);
  return z
    .preprocess(postedList, options.min ? ticked.min(options.min, messages.tooFew ?? fallback) : ticked)
    .refine((items) => items.every((item) => offered.has(item)), messages.unknown ?? fallback)
    .transform((items) => [...new Set(items)] as T[]);
}
