import { z } from 'zod';
import { LIMITS } from '../../../core/limits.js';
import { optionalText, text } from '../../../core/validation.js';
import { LANGUAGE_CODES, LANGUAGE_LEVELS, LANGUAGE_ROWS, type LanguageCode, type LanguageLevel } from './languages.js';
import { COMPANY_STATUSES } from './statuses.js';

export const CERTIFICATES = ['none', 'hauptschulabschluss', 'msa', 'fachhochschulreife', 'abitur'] as const;
export type Certificate = (typeof CERTIFICATES)[number];

/** Limits of the application form, shared by the schema and the form's maxlength attributes. */
export const APPLICATION_LIMITS = {
  section: 1500,
  motivation: 2000,
  fullName: LIMITS.displayName,
  phone: 40,
  address: LIMITS.shortText,
  message: 4000,
  note: 2000,
} as const;

/** The qualifications part: what the company sees, under the pseudonym. */
export interface Qualifications {
  /** The German equivalent: the one certificate a company sees (decision 026). */
  school_certificate: Certificate;
  /**
   * A foreign certificate's name, from applications sent before decision 026: the applicant still reads it,
   * a company never (it tells origin, not ability); new applications leave it null.
   */
  foreign_certificate: string | null;
  training: string | null;
  internships: string | null;
  experience: string | null;
  volunteering: string | null;
  languages: { code: LanguageCode; level: LanguageLevel }[];
  motivation: string;
}

/** The personal part: kept with the applicant's identity, shown to a company only after consent. */
export interface PersonalPart {
  full_name: string;
  contact_email: string;
  phone: string | null;
  address: string | null;
}

export const QUALIFICATION_TEXT_FIELDS = [
  'training',
  'internships',
  'experience',
  'volunteering',
  'motivation',
] as const;

const languageRowShape: Record<string, z.ZodTypeAny> = {};
for (let row = 1; row <= LANGUAGE_ROWS; row++) {
  languageRowShape[`language_${row}`] = z.union([z.literal(''), z.enum(LANGUAGE_CODES)]).optional();
  languageRowShape[`level_${row}`] = z.union([z.literal(''), z.enum(LANGUAGE_LEVELS)]).optional();
}

const optionalSection = optionalText(APPLICATION_LIMITS.section);

/** The standard application form: qualifications part and personal part, one strict schema for page and API. */
export const ApplyFormSchema = z
  .object({
    school_certificate: z.enum(CERTIFICATES),
    training: optionalSection,
    internships: optionalSection,
    experience: optionalSection,
    volunteering: optionalSection,
    motivation: text(APPLICATION_LIMITS.motivation),
    ...languageRowShape,
    full_name: text(APPLICATION_LIMITS.fullName),
    contact_email: z.string().trim().max(LIMITS.email).email(),
    phone: optionalText(APPLICATION_LIMITS.phone).refine(
      (value) => value === null || /^\+?[\d\s/().-]{6,}$/.test(value),
      {
        message: 'matching_applications.validation.phone',
      },
    ),
    address: optionalText(APPLICATION_LIMITS.address),
  })
  .strict()
  .superRefine((input, context) => {
    const values = input as Record<string, string | undefined>;
    const seen = new Set<string>();
    for (let row = 1; row <= LANGUAGE_ROWS; row++) {
      const code = values[`language_${row}`];
      const level = values[`level_${row}`];
      if (code && !level)
        context.addIssue({
          code: 'custom',
          path: [`level_${row}`],
          message: 'matching_applications.validation.level_required',
        });
      if (!code && level)
        context.addIssue({
          code: 'custom',
          path: [`language_${row}`],
          message: 'matching_applications.validation.language_required',
        });
      if (code && seen.has(code))
        context.addIssue({
          code: 'custom',
          path: [`language_${row}`],
          message: 'matching_applications.validation.language_twice',
        });
      if (code) seen.add(code);
    }
  })
  .transform((input) => {
    const values = input as Record<string, string | undefined>;
    const languages: Qualifications['languages'] = [];
    for (let row = 1; row <= LANGUAGE_ROWS; row++) {
      const code = values[`language_${row}`];
      const level = values[`level_${row}`];
      if (code && level) languages.push({ code: code as LanguageCode, level: level as LanguageLevel });
    }
    const qualifications: Qualifications = {
      school_certificate: input.school_certificate,
      foreign_certificate: null,
      training: input.training ?? null,
      internships: input.internships ?? null,
      experience: input.experience ?? null,
      volunteering: input.volunteering ?? null,
      languages,
      motivation: input.motivation,
    };
    const personal: PersonalPart = {
      full_name: input.full_name,
      contact_email: input.contact_email,
      phone: input.phone ?? null,
      address: input.address ?? null,
    };
    return { qualifications, personal };
  });
export type ApplyInput = z.output<typeof ApplyFormSchema>;

export const StatusFormSchema = z
  .object({
    status: z.enum(COMPANY_STATUSES),
    note: optionalText(APPLICATION_LIMITS.note),
  })
  .strict();

export const MessageFormSchema = z.object({ body: text(APPLICATION_LIMITS.message) }).strict();

export const InvitationAnswerSchema = z.object({ decision: z.enum(['consent', 'decline']) }).strict();

/** Withdrawing is a button: the form carries nothing but its CSRF token. */
export const EmptyFormSchema = z.object({}).strict();

export const ApplicationParamsSchema = z.object({ lang: z.string(), id: z.string().uuid() }).strict();
export const PositionParamsSchema = z.object({ lang: z.string(), positionId: z.string().uuid() }).strict();
