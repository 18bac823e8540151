import type { FastifyRequest } from 'fastify';
import { AppError, type FieldErrors } from '../../core/errors.js';
import { FEEDBACK_FIELDS, type FeedbackValues } from './schemas.js';

/** What the user typed into the feedback form, to show it again next to the error messages. */
export function feedbackValues(body: unknown): FeedbackValues {
  const values: FeedbackValues = {};
  if (!body || typeof body !== 'object') return values;
  const fields = body as Record<string, unknown>;
  for (const name of FEEDBACK_FIELDS) {
    const value = fields[name];
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}

const hasInvalidText = (value: unknown): boolean =>
  typeof value === 'string' && (value.includes('\uFFFD') || value.includes('\u0000'));

/**
 * The pipeline refuses an expired CSRF token or undecodable bytes before the handler runs. For the
 * feedback form that would throw away a long message, so such a refusal shows the form again,
 * with what was typed and the reason at the field it concerns. Nothing is stored either way.
 */
export function feedbackRefusal(
  error: unknown,
  request: FastifyRequest,
): { values: FeedbackValues; errors: FieldErrors; status: number } | null {
  if (request.method !== 'POST' || !(error instanceof AppError)) return null;
  const values = feedbackValues(request.body);
  if (error.code === 'csrf_failed')
    return { values, errors: { _form: { key: 'errors.csrf_failed' } }, status: error.status };
  if (error.messageKey !== 'errors.invalid_encoding') return null;
  const errors: FieldErrors = {};
  for (const name of FEEDBACK_FIELDS) {
    if (hasInvalidText(values[name])) errors[name] = { key: 'errors.invalid_encoding' };
  }
  if (Object.keys(errors).length === 0) errors._form = { key: 'errors.invalid_encoding' };
  return { values, errors, status: error.status };
}
