import { z, type ZodIssue, type ZodType, type ZodTypeDef } from 'zod';
import { AppError, type FieldErrors } from './errors.js';

const MESSAGE_KEY = /^[a-z_]+(\.[a-z_]+)+$/;

/** Maps a zod issue to an i18n message key with values, so every field gets a clear, translated message. */
export function issueToMessage(issue: ZodIssue): { key: string; values?: Record<string, string | number> } {
  // A schema may name its own message key (e.g. 'accounts.validation.accept_privacy'); zod's own messages never look like one.
  if (MESSAGE_KEY.test(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' || issue.received === 'null'
        ? { key: 'validation.required' }
        : { key: 'validation.invalid_type' };
    case 'too_small':
      if (issue.type === 'string' && issue.minimum === 1) return { key: 'validation.required' };
      return { key: 'validation.too_short', values: { min: Number(issue.minimum) } };
    case 'too_big':
      return { key: 'validation.too_long', values: { max: Number(issue.maximum) } };
    case 'invalid_string':
      return issue.validation === 'email'
        ? { key: 'validation.email' }
        : issue.validation === 'url'
          ? { key: 'validation.url' }
          : { key: 'validation.invalid_format' };
    case 'invalid_enum_value':
    case 'invalid_literal':
    case 'invalid_union':
      return { key: 'validation.choose_option' };
    case 'unrecognized_keys':
      return { key: 'validation.unknown_fields', values: { fields: issue.keys.join(', ') } };
    default:
      return { key: 'validation.invalid_format' };
  }
}

export function issuesToFields(issues: readonly ZodIssue[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const name = issue.path.length > 0 ? issue.path.join('.') : '_form';
    fields[name] ??= issueToMessage(issue);
  }
  return fields;
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; fields: FieldErrors };

export function safeParseInput<T>(schema: ZodType<T, ZodTypeDef, unknown>, input: unknown): ParseResult<T> {
  const result = schema.safeParse(input ?? {});
  return result.success ? { ok: true, data: result.data } : { ok: false, fields: issuesToFields(result.error.issues) };
}

export function parseInput<T>(schema: ZodType<T, ZodTypeDef, unknown>, input: unknown): T {
  const result = safeParseInput(schema, input);
  if (!result.ok) throw new AppError('invalid_input', { fields: result.fields });
  return result.data;
}

/** Form posts carry the CSRF token next to the fields; schemas describe only the fields. */
export function withoutCsrf(body: unknown): unknown {
  if (!body || typeof body !== 'object') return body;
  const { _csrf: _ignored, ...rest } = body as Record<string, unknown>;
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
