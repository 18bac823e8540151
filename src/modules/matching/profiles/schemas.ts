import { z } from 'zod';
import { CERTIFICATES, RECOGNITION_STATUSES, type ApplicantPotentials } from '../tables.js';
import { CITIES, OCCUPATION_IDS } from '../../../region/index.js';
import { LIMITS } from '../../../core/limits.js';
import { optionalText } from '../../../core/validation.js';
import {
  MAX_INTERESTS,
  checkboxes,
  collectLanguages,
  dayField,
  detectContactData,
  languageRowsField,
  nameParts,
  postcodeField,
} from '../shared/index.js';
import { berlinDay } from '../../../core/time/calendar-day.js';

export const PROFILE_LIMITS = {
  interests: MAX_INTERESTS,
  potential: 1000,
  foreignCertificate: 200,
  fullName: 160,
  address: 300,
  phone: 40,
  nationality: 80,
  travelKm: 200,
} as const;
/** The free texts of a profile a company reads on a candidate card: no contact data, no own name. */
export const PROFILE_FREE_TEXTS = [
  'foreign_certificate',
  'experience_abroad',
  'intercultural',
  'volunteering',
  'strengths',
] as const;
export const GENDERS = ['female', 'male', 'diverse', 'not_stated'] as const;

const msg = (key: string) => `matching_core.validation.${key}`;
const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, { error: msg('unknown_choice') }).optional());

const interestRows: Record<string, z.ZodTypeAny> = {};
for (let i = 1; i <= PROFILE_LIMITS.interests; i += 1) interestRows[`interest_${i}`] = optionalChoice(OCCUPATION_IDS);

/**
 * The profile form: the public face (qualifications, languages, potentials, mobility) and, in a
 * separate section, the personal part that is stored apart and never used for matching.
 */
export const ProfileFormSchema = z
  .object({
    ...interestRows,
    certificate: z.preprocess(
      blankToUndefined,
      z.enum(CERTIFICATES, {
        // zod 3 answered a missing (or not text) value with invalid_type; zod 4 says invalid_value for all.
        error: (issue) => (typeof issue.input !== 'string' ? 'validation.required' : msg('unknown_choice')),
      }),
    ),
    foreign_certificate: optionalText(PROFILE_LIMITS.foreignCertificate),
    recognition_status: optionalChoice(RECOGNITION_STATUSES),
    ...languageRowsField(),
    experience_abroad: optionalText(PROFILE_LIMITS.potential),
    intercultural: optionalText(PROFILE_LIMITS.potential),
    volunteering: optionalText(PROFILE_LIMITS.potential),
    strengths: optionalText(PROFILE_LIMITS.potential),
    postcode: postcodeField,
    travel_km: z
      .string()
      .trim()
      .min(1)
      .regex(/^\d{1,3}$/, msg('travel_km'))
      .transform(Number)
      .refine((n) => n <= PROFILE_LIMITS.travelKm, msg('travel_km')),
    available_from: dayField,
    preferred_cities: checkboxes(CITIES),
    is_active: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
    // Personal part
    full_name: z.string().trim().min(1).max(PROFILE_LIMITS.fullName),
    birth_date: z.preprocess(blankToUndefined, dayField.optional()),
    gender: optionalChoice(GENDERS),
    nationality: optionalText(PROFILE_LIMITS.nationality),
    address: optionalText(PROFILE_LIMITS.address),
    phone: z
      .string()
      .trim()
      .max(PROFILE_LIMITS.phone)
      .regex(/^[0-9+()/ -]*$/, msg('phone'))
      .optional()
      .transform((v) => (v ? v : null)),
    contact_email: z.preprocess(blankToUndefined, z.string().trim().max(LIMITS.email).email().optional()),
    migration_history: optionalChoice(['yes', 'no'] as const),
  })
  .strict()
  .transform((input, ctx) => {
    const interests: string[] = [];
    for (let i = 1; i <= PROFILE_LIMITS.interests; i += 1) {
      const id = (input as Record<string, unknown>)[`interest_${i}`] as string | undefined;
      if (id && !interests.includes(id)) interests.push(id);
    }
    if (interests.length === 0)
      ctx.addIssue({ code: 'custom', path: ['interest_1'], message: msg('interest_required') });
    const languages = collectLanguages(input, ctx);
    if (languages.length === 0)
      ctx.addIssue({ code: 'custom', path: ['language_1_code'], message: msg('language_required') });
    if (input.foreign_certificate && !input.recognition_status)
      ctx.addIssue({ code: 'custom', path: ['recognition_status'], message: msg('recognition_required') });
    if (input.birth_date && input.birth_date > berlinDay())
      ctx.addIssue({ code: 'custom', path: ['birth_date'], message: msg('birth_date_future') });
    const names = nameParts(input.full_name);
    for (const field of PROFILE_FREE_TEXTS) {
      const text = input[field];
      if (text && detectContactData(text, { names }).length > 0)
        ctx.addIssue({ code: 'custom', path: [field], message: msg('contact_data') });
    }
    const potentials: ApplicantPotentials = {};
    if (input.experience_abroad) potentials.experience_abroad = input.experience_abroad;
    if (input.intercultural) potentials.intercultural = input.intercultural;
    if (input.volunteering) potentials.volunteering = input.volunteering;
    if (input.strengths) potentials.strengths = input.strengths;
    return {
      profile: {
        interests,
        certificate: input.certificate,
        foreignCertificate: input.foreign_certificate,
        recognitionStatus: input.foreign_certificate ? (input.recognition_status ?? null) : null,
        languages: languages,
        potentials,
        postcode: input.postcode,
        travelKm: input.travel_km,
        availableFrom: input.available_from,
        preferredCities: input.preferred_cities,
        isActive: input.is_active,
      },
      identity: {
        fullName: input.full_name,
        birthDate: input.birth_date ?? null,
        gender: (input.gender as string | undefined) ?? null,
        nationality: input.nationality,
        address: input.address,
        phone: input.phone,
        contactEmail: input.contact_email ?? null,
        selfDeclaredMigrationHistory: input.migration_history === undefined ? null : input.migration_history === 'yes',
      },
    };
  });
export type ProfileInput = z.output<typeof ProfileFormSchema>;
export type ProfileFacts = ProfileInput['profile'];
export type IdentityFacts = ProfileInput['identity'];
