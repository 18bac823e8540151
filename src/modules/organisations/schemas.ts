import { z } from 'zod';
import { CITIES } from '../../region/index.js';
import { MEMBERSHIP_ROLES } from '../../core/db/database.js';
import { LIMITS } from '../../core/limits.js';
import { checkboxGroup, optionalText, text } from '../../core/validation.js';
import { email } from '../accounts/index.js';
import { COMPANY_COMMITMENTS } from './tables.js';

/** The cooperation office is set up by the operators, never self-registered. */
export const REGISTRABLE_TYPES = ['company', 'provider', 'school', 'municipality'] as const;

export const CreateOrganisationSchema = z
  .object({
    name: text(LIMITS.organisationName),
    type: z.enum(REGISTRABLE_TYPES),
    city: z.enum(CITIES),
    website: optionalText(LIMITS.url).pipe(
      z
        .string()
        .url()
        .regex(/^https?:\/\//, 'validation.url')
        .nullable(),
    ),
  })
  .strict();
export type CreateOrganisationInput = z.infer<typeof CreateOrganisationSchema>;

export const InviteMemberSchema = z.object({ email, role: z.enum(MEMBERSHIP_ROLES) }).strict();
export type InviteMemberInput = z.infer<typeof InviteMemberSchema>;

export const IdParamsSchema = z.object({ lang: z.string(), id: z.string().uuid() }).strict();
export const EmptyFormSchema = z.object({}).strict();

export const PROFILE_LIMITS = { about: 2000, offers: 2000, mentoringNote: 500 } as const;

/** The company profile form; empty texts are stored as '' (the columns are NOT NULL). */
export const CompanyProfileSchema = z
  .object({
    about: z.string().trim().max(PROFILE_LIMITS.about).optional().default(''),
    offers: z.string().trim().max(PROFILE_LIMITS.offers).optional().default(''),
    commitments: checkboxGroup(COMPANY_COMMITMENTS, {
      messages: { unknown: 'organisations_profile.validation.unknown_choice' },
    }),
    offers_mentoring: z.enum(['yes', 'no'], { error: 'organisations_profile.validation.mentoring_choice' }),
    mentoring_note: z.string().trim().max(PROFILE_LIMITS.mentoringNote).optional().default(''),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.mentoring_note && input.offers_mentoring !== 'yes')
      ctx.addIssue({
        code: 'custom',
        path: ['mentoring_note'],
        message: 'organisations_profile.validation.mentoring_note_without_offer',
      });
  })
  .transform((input) => ({
    about: input.about,
    offers: input.offers,
    commitments: input.commitments,
    offersMentoring: input.offers_mentoring === 'yes',
    mentoringNote: input.mentoring_note,
  }));
export type CompanyProfileInput = z.output<typeof CompanyProfileSchema>;
