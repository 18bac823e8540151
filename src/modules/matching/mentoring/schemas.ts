import { z } from 'zod';
import { CITIES } from '../../../region/index.js';
import { berlinDay } from '../../../core/time/calendar-day.js';
import { checkboxGroup, optionalText } from '../../../core/validation.js';

/** Limits of mentoring inputs, shared by the schemas and the form attributes. */
export const MENTORING_LIMITS = {
  note: 1000,
  topic: 160,
  sessionNote: 2000,
  problem: 2000,
  situation: 3000,
  reachable: 200,
  maxCapacity: 20,
} as const;

/** What a mentor helps with: for applicants and apprentices, and between companies. */
export const PERSON_FOCUS = ['application_coaching', 'apprenticeship_support', 'crisis_support'] as const;
export const COMPANY_FOCUS = [
  'recruiting',
  'training_organisation',
  'intercultural_opening',
  'preventing_dropouts',
] as const;
export type PersonFocus = (typeof PERSON_FOCUS)[number];
export type CompanyFocus = (typeof COMPANY_FOCUS)[number];

/** Languages a mentorship can be held in (ISO 639-1). */
export const MENTORING_LANGUAGES = [
  'de',
  'en',
  'tr',
  'ar',
  'pl',
  'ru',
  'uk',
  'ku',
  'fa',
  'it',
  'el',
  'ro',
  'bg',
  'sq',
  'bs',
  'fr',
  'es',
  'ti',
  'so',
  'vi',
] as const;

const msg = (key: string) => `matching_mentoring.validation.${key}`;

const requiredText = (max: number) => z.string().trim().min(1).max(max);
/** Mentoring's notes are NOT NULL text columns: "not given" is stored as an empty text, not as null. */
const optionalNote = (max: number) => optionalText(max).transform((value) => value ?? '');

/** A checkbox group of mentoring's forms (see core's `checkboxGroup`), with its "choose at least one". */
export function checkboxes<T extends string>(values: readonly T[], options: { min?: number } = {}) {
  return checkboxGroup(values, { min: options.min, messages: { tooFew: msg('choose_at_least_one') } });
}

const optionalCity = z.preprocess((value) => (value === '' ? undefined : value), z.enum(CITIES).optional());

const capacity = z
  .string()
  .trim()
  .regex(/^\d{1,2}$/, msg('capacity'))
  .transform(Number)
  .refine((value) => value >= 1 && value <= MENTORING_LIMITS.maxCapacity, msg('capacity'));

const offerFields = {
  cities: checkboxes(CITIES),
  languages: checkboxes(MENTORING_LANGUAGES),
  capacity,
  note: optionalNote(MENTORING_LIMITS.note),
};

export const PersonOfferSchema = z.object({ ...offerFields, focus: checkboxes(PERSON_FOCUS, { min: 1 }) }).strict();
export const CompanyOfferSchema = z.object({ ...offerFields, focus: checkboxes(COMPANY_FOCUS, { min: 1 }) }).strict();
export type OfferInput = z.infer<typeof PersonOfferSchema> | z.infer<typeof CompanyOfferSchema>;

const requestFields = {
  city: optionalCity,
  languages: checkboxes(MENTORING_LANGUAGES),
  note: optionalNote(MENTORING_LIMITS.note),
};

export const PersonRequestSchema = z.object({ ...requestFields, focus: z.enum(PERSON_FOCUS) }).strict();
export const CompanyRequestSchema = z.object({ ...requestFields, focus: z.enum(COMPANY_FOCUS) }).strict();
export type RequestInput = z.infer<typeof PersonRequestSchema> | z.infer<typeof CompanyRequestSchema>;

export const MatchSchema = z
  .object({ request_id: z.string().uuid(msg('choose_request')), offer_id: z.string().uuid(msg('choose_offer')) })
  .strict();

/** "2026-03-14": a real calendar day, not in the future, not before 2000. */
const pastDay = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, msg('date'))
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= '2000-01-01';
  }, msg('date'))
  .refine((value) => value <= berlinDay(), msg('date_in_future'));

export const SessionSchema = z
  .object({
    held_on: pastDay,
    topic: requiredText(MENTORING_LIMITS.topic),
    note: optionalNote(MENTORING_LIMITS.sessionNote),
  })
  .strict();
export type SessionInput = z.infer<typeof SessionSchema>;

export const ProblemSchema = z.object({ description: requiredText(MENTORING_LIMITS.problem) }).strict();
export const EndMentorshipSchema = z.object({ end_note: optionalNote(MENTORING_LIMITS.note) }).strict();

export const DropoutHelpSchema = z
  .object({
    situation: requiredText(MENTORING_LIMITS.situation),
    reachable: optionalNote(MENTORING_LIMITS.reachable),
    confidential: z.literal('on', { error: msg('confirm_confidential') }),
  })
  .strict();
export type DropoutHelpInput = z.infer<typeof DropoutHelpSchema>;

export const AssignMediatorSchema = z.object({ mediator_user_id: z.string().uuid(msg('choose_mediator')) }).strict();

export const SecondChanceQuerySchema = z.object({ city: optionalCity }).strict();

export const IdParamsSchema = z.object({ lang: z.string(), id: z.string().uuid() }).strict();
export const EmptyFormSchema = z.object({}).strict();
