import { z } from 'zod';
import { optionalText } from '../../../core/validation.js';
import type { Position } from '../tables.js';

/**
 * The form fields of what a position tells beyond its basics: training pay per training year,
 * weekly hours, part-time training, vocational school, contact person. Their rules repeat the
 * checks of migration 011, so the form refuses what the database would.
 */
export const TRAINING_YEARS = [1, 2, 3, 4] as const;
export const FACT_LIMITS = {
  /** Euros per month; the highest agreed training pay in NRW stays far below. */
  payMax: 3000,
  hoursMin: 15,
  hoursMax: 40,
  school: 200,
  contactName: 120,
  contactRole: 120,
  phone: 40,
  email: 254,
} as const;

const msg = (key: string) => `matching_positions.validation.${key}`;
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const payField = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, msg('pay_number'))
    .transform(Number)
    .refine((n) => n <= FACT_LIMITS.payMax, msg('pay_range'))
    .optional(),
);

export const positionFactFields = {
  pay_year_1: payField,
  pay_year_2: payField,
  pay_year_3: payField,
  pay_year_4: payField,
  weekly_hours: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d{1,2}$/, msg('hours_range'))
      .transform(Number)
      .refine((n) => n >= FACT_LIMITS.hoursMin && n <= FACT_LIMITS.hoursMax, msg('hours_range'))
      .optional(),
  ),
  part_time_possible: z.preprocess(
    blankToUndefined,
    z.enum(['yes', 'no'], { error: msg('unknown_choice') }).optional(),
  ),
  school_name: optionalText(FACT_LIMITS.school),
  school_place: optionalText(FACT_LIMITS.school),
  contact_name: optionalText(FACT_LIMITS.contactName),
  contact_role: optionalText(FACT_LIMITS.contactRole),
  contact_phone: optionalText(FACT_LIMITS.phone).refine(
    (v) => v === null || (/^[0-9+()/ -]+$/.test(v) && (v.match(/\d/g) ?? []).length >= 6),
    msg('phone'),
  ),
  contact_email: z.preprocess(
    blankToUndefined,
    z.string().trim().toLowerCase().max(FACT_LIMITS.email).email().optional(),
  ),
};

type FactInput = {
  kind: string;
  pay_year_1?: number | undefined;
  pay_year_2?: number | undefined;
  pay_year_3?: number | undefined;
  pay_year_4?: number | undefined;
  weekly_hours?: number | undefined;
  school_name: string | null;
  school_place: string | null;
  offer_text: string | null;
  contact_name: string | null;
  contact_role: string | null;
  contact_phone: string | null;
  contact_email?: string | undefined;
};

export interface PositionFacts {
  trainingPay: number[];
  weeklyHours: number | null;
  schoolName: string | null;
  schoolPlace: string | null;
  offerText: string | null;
  contact: { name: string | null; role: string | null; phone: string | null; email: string | null };
}

/** The rules across fields; each problem is named on the field a person has to change. */
export function checkPositionFacts(input: FactInput, ctx: z.RefinementCtx): PositionFacts {
  const pay = TRAINING_YEARS.map((year) => input[`pay_year_${year}`]);
  const trainingPay: number[] = [];
  pay.forEach((amount, index) => {
    if (amount === undefined) return;
    if (trainingPay.length < index) {
      ctx.addIssue({ code: 'custom', path: [`pay_year_${index + 1}`], message: msg('pay_gap') });
      return;
    }
    const previous = trainingPay[index - 1];
    // BBiG § 17 (1): the pay of an apprenticeship rises with the training, at least once a year.
    if (input.kind === 'apprenticeship' && previous !== undefined && amount <= previous)
      ctx.addIssue({ code: 'custom', path: [`pay_year_${index + 1}`], message: msg('pay_decreasing') });
    trainingPay.push(amount);
  });
  if (input.school_place && !input.school_name)
    ctx.addIssue({ code: 'custom', path: ['school_name'], message: msg('school_name_missing') });
  const contactEmail = input.contact_email ?? null;
  const anyContact = input.contact_role || input.contact_phone || contactEmail;
  if (anyContact && !input.contact_name)
    ctx.addIssue({ code: 'custom', path: ['contact_name'], message: msg('contact_name_missing') });
  if (input.contact_name && !input.contact_phone && !contactEmail)
    ctx.addIssue({ code: 'custom', path: ['contact_phone'], message: msg('contact_reach_missing') });
  return {
    trainingPay,
    weeklyHours: input.weekly_hours ?? null,
    schoolName: input.school_name,
    schoolPlace: input.school_place,
    offerText: input.offer_text,
    contact: {
      name: input.contact_name,
      role: input.contact_role,
      phone: input.contact_phone,
      email: contactEmail,
    },
  };
}

/** The stored facts as form values, for the edit form. */
export function positionFactValues(position: Position): Record<string, string> {
  const values: Record<string, string> = {
    weekly_hours: position.weekly_hours === null ? '' : String(position.weekly_hours),
    part_time_possible: position.benefits.includes('part_time') ? 'yes' : 'no',
    school_name: position.school_name ?? '',
    school_place: position.school_place ?? '',
    offer_text: position.offer_text ?? '',
    contact_name: position.contact_name ?? '',
    contact_role: position.contact_role ?? '',
    contact_phone: position.contact_phone ?? '',
    contact_email: position.contact_email ?? '',
  };
  for (const year of TRAINING_YEARS) {
    const amount = position.training_pay[year - 1];
    values[`pay_year_${year}`] = amount === undefined ? '' : String(amount);
  }
  return values;
}
