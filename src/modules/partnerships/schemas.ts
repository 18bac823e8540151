import { z } from 'zod';
import { CITIES, findCityByPostcode } from '../../region/index.js';
import { addDays, berlinDay } from '../../core/time/calendar-day.js';
import { checkboxGroup, optionalText, text } from '../../core/validation.js';
import { ACTIVITY_KINDS } from './tables.js';

/** Limits of the partnership forms, shared by the schemas and the form attributes. */
export const PARTNERSHIP_LIMITS = {
  note: 1000,
  occupations: 300,
  maxPupils: 400,
  contactName: 120,
  contactEmail: 254,
  contactPhone: 40,
  reason: 1000,
  /** Activities a proposal can name at once (rows of the form). */
  activityRows: 4,
  /** How far ahead an activity may be planned. */
  planAheadDays: 730,
} as const;

/** Jahrgangsstufen from the lower secondary to the Berufskolleg's upper grades. */
export const GRADES = ['5', '6', '7', '8', '9', '10', '11', '12', '13'] as const;
export const MONTHS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;
/** Radii the matches page offers, in km; the largest spans the seven cities. */
export const RADII = ['10', '25', '50'] as const;

const msg = (key: string) => `partnerships.validation.${key}`;

const numbers = (values: string[]) => values.map(Number).sort((a, b) => a - b);

const pupils = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, msg('pupils'))
  .transform(Number)
  .refine((value) => value >= 1 && value <= PARTNERSHIP_LIMITS.maxPupils, msg('pupils'));

/** A postcode of the seven cities: the public list is kept per city. */
const postcode = z
  .string()
  .trim()
  .regex(/^\d{5}$/, msg('postcode_format'))
  .refine((value) => findCityByPostcode(value) !== undefined, msg('postcode_unknown'));

const listingFields = {
  activities: checkboxGroup(ACTIVITY_KINDS, { min: 1, messages: { tooFew: msg('choose_activity') } }),
  months: checkboxGroup(MONTHS, { min: 1, messages: { tooFew: msg('choose_month') } }).transform(numbers),
  pupils,
  postcode,
  note: optionalText(PARTNERSHIP_LIMITS.note),
};

/** A school's Gesuch: activities sought, grades, number of pupils, months, where. */
export const SchoolListingSchema = z
  .object({
    ...listingFields,
    grades: checkboxGroup(GRADES, { min: 1, messages: { tooFew: msg('choose_grade') } }).transform(numbers),
  })
  .strict();

/** A company's Angebot: activities offered, pupils at a time, months, where, occupations it trains. */
export const CompanyListingSchema = z
  .object({ ...listingFields, occupations: optionalText(PARTNERSHIP_LIMITS.occupations) })
  .strict();

export interface ListingInput {
  activities: (typeof ACTIVITY_KINDS)[number][];
  months: number[];
  pupils: number;
  postcode: string;
  note: string | null;
  grades?: number[];
  occupations?: string | null;
}

const contactFields = {
  contact_name: text(PARTNERSHIP_LIMITS.contactName),
  contact_email: z.string().trim().max(PARTNERSHIP_LIMITS.contactEmail).email(),
  contact_phone: optionalText(PARTNERSHIP_LIMITS.contactPhone).refine(
    (value) => value === null || /^[+0-9][0-9 ()/-]{4,}$/.test(value),
    msg('phone'),
  ),
  consent: z.literal('on').optional(),
};

/** "2026-03-14": a real calendar day from today on, at most two years ahead. */
function isPlannableDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return false;
  const today = berlinDay();
  return value >= today && value <= addDays(today, PARTNERSHIP_LIMITS.planAheadDays);
}

const ROWS = Array.from({ length: PARTNERSHIP_LIMITS.activityRows }, (_, i) => i + 1);
const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);
const rowFields = Object.fromEntries(
  ROWS.flatMap((n) => [
    [`kind_${n}`, z.preprocess(emptyToUndefined, z.enum(ACTIVITY_KINDS).optional())],
    [`date_${n}`, z.preprocess(emptyToUndefined, z.string().trim().optional())],
  ]),
) as Record<string, z.ZodType<string | undefined>>;

/** A proposal: the activities with their dates (rows of kind + date), a message, the proposer's contact. */
export const ProposalSchema = z
  .object({ ...rowFields, message: optionalText(PARTNERSHIP_LIMITS.note), ...contactFields })
  .strict()
  .superRefine((input, ctx) => {
    const values = input as Record<string, string | undefined>;
    let complete = 0;
    for (const n of ROWS) {
      const kind = values[`kind_${n}`];
      const day = values[`date_${n}`];
      if (kind && !day) ctx.addIssue({ code: 'custom', path: [`date_${n}`], message: msg('date_missing') });
      if (!kind && day) ctx.addIssue({ code: 'custom', path: [`kind_${n}`], message: msg('kind_missing') });
      if (day && !isPlannableDay(day)) ctx.addIssue({ code: 'custom', path: [`date_${n}`], message: msg('date') });
      if (kind && day) complete += 1;
    }
    if (complete === 0) ctx.addIssue({ code: 'custom', path: ['kind_1'], message: msg('choose_activity_row') });
  })
  .transform((input) => {
    const values = input as Record<string, string | undefined>;
    return {
      activities: ROWS.flatMap((n) => {
        const kind = values[`kind_${n}`] as (typeof ACTIVITY_KINDS)[number] | undefined;
        const day = values[`date_${n}`];
        return kind && day ? [{ kind, plannedOn: day }] : [];
      }),
      message: input.message,
      contact: { name: input.contact_name, email: input.contact_email, phone: input.contact_phone },
      consent: input.consent === 'on',
    };
  });
export type ProposalInput = z.infer<typeof ProposalSchema>;
export const PROPOSAL_ROWS = ROWS;

/** The answering side's acceptance: its contact person and its consent to the public list. */
export const AcceptSchema = z
  .object(contactFields)
  .strict()
  .transform((input) => ({
    contact: { name: input.contact_name, email: input.contact_email, phone: input.contact_phone },
    consent: input.consent === 'on',
  }));
export type AcceptInput = z.infer<typeof AcceptSchema>;
export type ContactInput = AcceptInput['contact'];

export const DeclineSchema = z.object({ reason: text(PARTNERSHIP_LIMITS.reason) }).strict();
export const EndSchema = z.object({ reason: text(PARTNERSHIP_LIMITS.reason) }).strict();
export const ConsentSchema = z.object({ consent: z.enum(['yes', 'no']) }).strict();

/** The yearly review of one side: per activity whether it took place, how many pupils, a note. */
export function reviewSchema(activityIds: readonly string[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const id of activityIds) {
    shape[`took_place_${id}`] = z.enum(['yes', 'no'], { error: msg('took_place') });
    shape[`pupils_${id}`] = z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .regex(/^\d{1,3}$/, msg('review_pupils'))
        .transform(Number)
        .refine((value) => value <= PARTNERSHIP_LIMITS.maxPupils, msg('review_pupils'))
        .optional(),
    );
    shape[`note_${id}`] = optionalText(PARTNERSHIP_LIMITS.note);
  }
  return z
    .object(shape)
    .strict()
    .transform((input) =>
      activityIds.map((id) => ({
        activityId: id,
        tookPlace: input[`took_place_${id}`] === 'yes',
        pupils: (input[`pupils_${id}`] as number | undefined) ?? null,
        note: (input[`note_${id}`] as string | null | undefined) ?? null,
      })),
    );
}
export type ReviewInput = { activityId: string; tookPlace: boolean; pupils: number | null; note: string | null }[];

export const MatchesQuerySchema = z.object({ radius: z.enum(RADII).default('50') }).strict();
export const PublicListQuerySchema = z
  .object({ stadt: z.preprocess(emptyToUndefined, z.enum(CITIES).optional()) })
  .strict();

export const IdParamsSchema = z.object({ lang: z.string(), id: z.string().uuid() }).strict();
export const ProposeParamsSchema = z
  .object({ lang: z.string(), id: z.string().uuid(), otherId: z.string().uuid() })
  .strict();
export const EmptyFormSchema = z.object({}).strict();
