import { z } from 'zod';
import { CITIES } from '../../region/index.js';
import { MEMBERSHIP_ROLES } from '../../core/db/database.js';
import { LIMITS } from '../../core/limits.js';
import { optionalText, text } from '../../core/validation.js';
import { email } from '../accounts/index.js';

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
