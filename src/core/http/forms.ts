import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { ZodType, ZodTypeDef } from 'zod';
import { AppError, type FieldErrors } from '../errors.js';
import { safeParseInput, withoutCsrf } from '../validation.js';
import { formValues } from './form-values.js';

export interface FormHandling<T> {
  schema: ZodType<T, ZodTypeDef, unknown>;
  /** Renders the form again with the entered values and a message per field. */
  render: (values: Record<string, string>, errors: FieldErrors) => VNode;
  title: string;
  /** Runs the use-case and answers (usually a 303 redirect). */
  onValid: (input: T) => Promise<FastifyReply>;
}

/**
 * The form path of the pipeline: validate against the schema, run the use-case, and on any
 * input problem (from the schema or the use-case) show the form again with a 4xx status.
 */
export async function handleForm<T>(request: FastifyRequest, reply: FastifyReply, form: FormHandling<T>): Promise<FastifyReply> {
  const values = formValues(request.body);
  const parsed = safeParseInput(form.schema, withoutCsrf(request.body));
  if (!parsed.ok) return reply.renderPage(form.render(values, parsed.fields), { title: form.title, status: 400 });
  try {
    return await form.onValid(parsed.data);
  } catch (error) {
    if (error instanceof AppError && error.fields) {
      return reply.renderPage(form.render(values, error.fields), { title: form.title, status: error.status });
    }
    throw error;
  }
}

/** A redirect target from a query parameter, accepted only if it is a page of this site. */
export function safeNextPath(next: unknown): string | null {
  return typeof next === 'string' && /^\/[a-z]{2}\/[A-Za-z0-9/_?=&%.-]*$/.test(next) && !next.startsWith('//') ? next : null;
}
