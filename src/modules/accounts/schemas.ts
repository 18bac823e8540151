import { z } from 'zod';
import { LIMITS } from '../../core/limits.js';
import { LOCALE_CODES } from '../../core/i18n/locales.js';
import { text } from '../../core/validation.js';
import { passwordWeakness } from '../../core/auth/password-policy.js';

/** How an e-mail address is compared everywhere (lookup, rate limits): without surrounding spaces, lower case. */
export const normaliseEmail = (value: string): string => value.trim().toLowerCase();
export const email = z.string().trim().toLowerCase().max(LIMITS.email).email();
/** The message that tells why a new password is easy to guess (core/auth/password-policy.ts). */
export function weakPasswordKey(password: string, context: readonly string[] = []): string | null {
  const weakness = passwordWeakness(password, context);
  return weakness && `accounts.validation.password_${weakness}`;
}

/** A new password: long enough, and not common, repetitive or the platform's name (no composition rules). */
export const newPassword = z
  .string()
  .min(LIMITS.passwordMin)
  .max(LIMITS.passwordMax)
  .superRefine((password, ctx) => {
    const key = weakPasswordKey(password);
    if (key) ctx.addIssue({ code: 'custom', message: key });
  });
const anyPassword = z.string().min(1).max(LIMITS.passwordMax);
const token = z
  .string()
  .min(20)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);

const passwordsMatch = (value: { password: string; password_confirmation: string }) =>
  value.password === value.password_confirmation;
const mismatch = { path: ['password_confirmation'], message: 'accounts.validation.password_mismatch' };

export const RegisterSchema = z
  .object({
    display_name: text(LIMITS.displayName),
    email,
    password: newPassword,
    password_confirmation: z.string().max(LIMITS.passwordMax),
    accept_privacy: z.literal('on', { error: 'accounts.validation.accept_privacy' }),
  })
  .strict()
  .refine(passwordsMatch, mismatch)
  .superRefine((value, ctx) => {
    // The person's own address and name are context words too (checked once the fields themselves are valid).
    const key = weakPasswordKey(value.password, [value.email, value.display_name]);
    if (key) ctx.addIssue({ code: 'custom', path: ['password'], message: key });
  });
export type RegisterInput = z.infer<typeof RegisterSchema>;

export const LoginSchema = z.object({ email, password: anyPassword }).strict();
export type LoginInput = z.infer<typeof LoginSchema>;

export const ForgotPasswordSchema = z.object({ email }).strict();

export const TokenQuerySchema = z.object({ token }).strict();

/** The confirmation link may carry the page that asked for registration; it is checked where it is used. */
export const ConfirmQuerySchema = z.object({ token, next: z.string().max(1000).optional() }).strict();

export const ResetPasswordSchema = z
  .object({ token, password: newPassword, password_confirmation: z.string().max(LIMITS.passwordMax) })
  .strict()
  .refine(passwordsMatch, mismatch);

export const ChangePasswordSchema = z
  .object({
    current_password: anyPassword,
    password: newPassword,
    password_confirmation: z.string().max(LIMITS.passwordMax),
  })
  .strict()
  .refine(passwordsMatch, mismatch);

export const LanguageSchema = z.object({ locale: z.enum(LOCALE_CODES) }).strict();

export const DeleteAccountSchema = z
  .object({
    current_password: anyPassword,
    confirm: z.literal('on', { error: 'accounts.validation.confirm_delete' }),
  })
  .strict();
