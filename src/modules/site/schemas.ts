import { z } from 'zod';
import type { FormValue } from '../../core/http/forms.js';
import { LIMITS } from '../../core/limits.js';
import { optionalText, text } from '../../core/validation.js';

const isEmail = (value: string): boolean => z.string().email().safeParse(value).success;

/** An e-mail address the user may leave empty; an empty field means "no reply wanted". */
const optionalEmail = z
  .string()
  .trim()
  .max(LIMITS.email)
  .refine((value) => value === '' || isEmail(value), { message: 'validation.email' })
  .optional()
  .transform((value) => (value ? value : undefined));

/** The feedback form in the accessibility statement. Strict: an unknown field is an error, not ignored. */
export const AccessibilityFeedbackSchema = z
  .object({
    message: text(LIMITS.longText),
    pageUrl: optionalText(LIMITS.url),
    email: optionalEmail,
  })
  .strict();

export type AccessibilityFeedbackInput = z.infer<typeof AccessibilityFeedbackSchema>;

/** The form's field names, for keeping what the user typed when the form comes back with errors. */
export const FEEDBACK_FIELDS = ['message', 'pageUrl', 'email'] as const;
export type FeedbackValues = Partial<Record<(typeof FEEDBACK_FIELDS)[number], FormValue>>;
