import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';

import { AppError, type FieldErrors } from '../errors.js';
import { oncePerSubmission, SUBMISSION_FIELD } from './submissions.js';
import { parseInput, safeParseInput, withoutCsrf, type InputSchema, type ParseResult } from '../validation.js';

/** A form's values as posted or stored: one value per field, or several for a checkbox group. */
export type FormValues = Record<string, string | string[] | undefined>;

/** One field's value in `FormValues`. */
export type FormValue = FormValues[string];

/** The value of a field that holds one; a list (the field posted more than once) counts as none, so it never shows as "a,b". */
export function singleValue(value: FormValue): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Cuts when echoing a form: above every field's limit (the longest, an entry's body, is 20,000), so nothing typed is lost. */
const ECHO_LIMITS = { text: 25_000, listItems: 50, listItem: 200 } as const;

/**
 * The posted fields, for showing the form again after a problem: strings, and lists of strings
 * for checkbox groups, each cut to a sensible length; never the CSRF token or a password.
 */
export function postedFormValues(body: unknown): FormValues {
  const values: FormValues = {};
  if (!body || typeof body !== 'object') return values;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === '_csrf' || key === SUBMISSION_FIELD || key.includes('password')) continue;
    if (typeof value === 'string') values[key] = value.slice(0, ECHO_LIMITS.text);
    else if (Array.isArray(value)) {
      values[key] = value
        .filter((item): item is string => typeof item === 'string')
        .slice(0, ECHO_LIMITS.listItems)
        .map((item) => item.slice(0, ECHO_LIMITS.listItem));
    }
  }
  return values;
}

/** Reads a form's fields: a zod schema, or a parser when a module maps fields its own way (e.g. per entry kind). */
export type FormParser<T> = InputSchema<T> | ((input: unknown) => ParseResult<T>);

interface FormHandlingBase<T> {
  schema: FormParser<T>;
  /** Runs the use-case and answers (usually a 303 redirect). */
  onValid: (input: T) => Promise<FastifyReply>;
}

/** A form on a page of its own: rendered again with the entered values and a message per field. */
interface FormOnItsOwnPage<T> extends FormHandlingBase<T> {
  render: (values: FormValues, errors: FieldErrors) => VNode;
  title: string;
}

/** A form on a page that has to be loaded again (a mentorship, an application, the search page). */
interface FormOnLoadedPage<T> extends FormHandlingBase<T> {
  showAgain: (values: FormValues, errors: FieldErrors, status: number) => Promise<FastifyReply>;
}

export type FormHandling<T> = FormOnItsOwnPage<T> | FormOnLoadedPage<T>;

function parseForm<T>(parser: FormParser<T>, input: unknown): ParseResult<T> {
  return typeof parser === 'function' ? parser(input ?? {}) : safeParseInput(parser, input);
}

/**
 * The one path of a posted form: validate against the schema, run the use-case (once per submission key, so a
 * repeated post gets the first answer instead of a second record), and on any input problem (from the schema or
 * the use-case) show the form again with a 4xx status.
 */
export async function handleForm<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  form: FormHandling<T>,
): Promise<FastifyReply> {
  const values = postedFormValues(request.body);
  const showAgain = (errors: FieldErrors, status: number) =>
    'showAgain' in form
      ? form.showAgain(values, errors, status)
      : reply.renderPage(form.render(values, errors), { title: form.title, status });
  const parsed = parseForm(form.schema, withoutCsrf(request.body));
  if (!parsed.ok) return showAgain(parsed.fields, 400);
  try {
    return await oncePerSubmission(request, reply, () => form.onValid(parsed.data));
  } catch (error) {
    if (error instanceof AppError && error.fields) return showAgain(error.fields, error.status);
    throw error;
  }
}

/**
 * A form with nothing to show again (a button, a hidden token): its fields are checked against the
 * schema, and anything else is a 400 error page.
 */
export function readButtonForm<T>(request: FastifyRequest, schema: InputSchema<T>): T {
  return parseInput(schema, withoutCsrf(request.body));
}
