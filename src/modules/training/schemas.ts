import { z } from 'zod';
import { LOCALE_CODES } from '../../core/i18n/locales.js';
import { LIMITS } from '../../core/limits.js';
import { optionalText, text } from '../../core/validation.js';
import { CITIES } from '../../region/index.js';
import { CHAMBERS, isCheckableOccupation } from './chambers.js';
import { CONTACT_KINDS, CONTACT_PREFERENCES } from './tables.js';

/** Limits of the module's inputs, shared by schemas and form attributes. */
export const TRAINING_LIMITS = {
  title: 120,
  needs: 1000,
  helpers: 1000,
  body: 3000,
  requestNeeds: 2000,
  name: 120,
  unit: 200,
  phone: 40,
} as const;

export const IdParamsSchema = z.object({ id: z.uuid() });
export const EmptyFormSchema = z.object({});

const occupation = z
  .string({ error: 'training.validation.occupation' })
  .refine(isCheckableOccupation, { message: 'training.validation.occupation' });
const city = z.enum(CITIES, { error: 'training.validation.city' });

/** The precondition check (a GET form) and starting the own path take the same two answers. */
export const CheckSchema = z.object({ beruf: occupation, stadt: city });
export type CheckInput = z.infer<typeof CheckSchema>;

export const StartPathSchema = z.object({ occupation_id: occupation, city });
export type StartPathInput = z.infer<typeof StartPathSchema>;

export const TickSchema = z.object({ done: z.enum(['yes', 'no']) });

const phone = z
  .string()
  .trim()
  .max(TRAINING_LIMITS.phone)
  .regex(/^\+?[0-9][0-9 ()/-]{2,39}$/, { message: 'training.validation.phone' });

export const AdviserRequestSchema = z
  .object({
    needs: text(TRAINING_LIMITS.requestNeeds),
    contact_preference: z.enum(CONTACT_PREFERENCES),
    phone: z.union([z.literal('').transform(() => null), phone]).optional(),
    consent: z.literal('on', { error: 'training.validation.consent' }),
  })
  // Checked even when another field has a problem, so every message shows at once; the value may be partial then.
  .refine((input) => input.contact_preference !== 'phone' || Boolean(input.phone), {
    path: ['phone'],
    message: 'training.validation.phone_needed',
    when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === 'phone'),
  });
export type AdviserRequestInput = z.infer<typeof AdviserRequestSchema>;

export const RequestActionSchema = z.object({ action: z.enum(['take', 'done']) });

export const LangQuerySchema = z.object({ sprache: z.enum(LOCALE_CODES).default('de') });

const STEP_FIELDS = ['title', 'needs', 'helpers', 'body'] as const;

/**
 * A step's texts in one language. German needs all four; in another language all four empty removes the
 * translation (German is shown instead), otherwise all four are needed.
 */
export const stepTextSchema = (lang: (typeof LOCALE_CODES)[number]) =>
  z
    .object({
      title: optionalText(TRAINING_LIMITS.title),
      needs: optionalText(TRAINING_LIMITS.needs),
      helpers: optionalText(TRAINING_LIMITS.helpers),
      body: optionalText(TRAINING_LIMITS.body),
    })
    .superRefine((input, context) => {
      const given = STEP_FIELDS.filter((field) => input[field] !== null);
      if (lang !== 'de' && given.length === 0) return;
      for (const field of STEP_FIELDS)
        if (input[field] === null) context.addIssue({ code: 'custom', path: [field], message: 'validation.required' });
    });
export type StepTextInput = z.infer<ReturnType<typeof stepTextSchema>>;

export const ContactSchema = z
  .object({
    kind: z.enum(CONTACT_KINDS),
    chamber: z
      .union([z.literal('').transform(() => null), z.enum(CHAMBERS.map((chamber) => chamber.code) as [string])])
      .optional()
      .transform((value) => value ?? null),
    city: z
      .union([z.literal('').transform(() => null), z.enum(CITIES)])
      .optional()
      .transform((value) => value ?? null),
    name: text(TRAINING_LIMITS.name),
    unit: text(TRAINING_LIMITS.unit),
    email: z.email().max(LIMITS.email),
    phone,
  })
  .superRefine((input, context) => {
    if (input.kind === 'chamber_adviser' && !input.chamber)
      context.addIssue({ code: 'custom', path: ['chamber'], message: 'training.validation.chamber' });
    if (input.kind === 'city_contact' && !input.city)
      context.addIssue({ code: 'custom', path: ['city'], message: 'training.validation.city' });
  })
  .transform((input) => ({
    ...input,
    chamber: input.kind === 'chamber_adviser' ? input.chamber : null,
    city: input.kind === 'city_contact' ? input.city : null,
  }));
export type ContactInput = z.infer<typeof ContactSchema>;
