import { z } from 'zod';
import { CITIES, OCCUPATION_IDS } from '../../../region/index.js';
import { CERTIFICATES, POSITION_KINDS } from '../tables.js';
import { dayField, postcodeField } from '../shared/index.js';

/** The public position search (/stellen): limits of its inputs. */
export const POSITION_SEARCH_LIMITS = { queryChars: 200, maxPage: 500, pageSize: 20 } as const;
/** The radius choices (km). */
export const RADII = ['5', '10', '15', '20', '30', '50'] as const;

const msg = (key: string) => `matching_search.validation.${key}`;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  optional(z.enum(values, { error: 'matching_core.validation.unknown_choice' }));

/**
 * Every filter optional; a value the form cannot send (an unknown choice, a malformed postcode or
 * date, a radius without a place) is a 400 with a message at its field.
 */
export const PositionSearchSchema = z
  .object({
    q: optional(z.string().trim().max(POSITION_SEARCH_LIMITS.queryChars, msg('query_too_long'))),
    kind: choice(POSITION_KINDS),
    occupation: choice(OCCUPATION_IDS),
    city: choice(CITIES),
    certificate: choice(CERTIFICATES),
    language: optional(z.string().regex(/^[a-z]{2,3}$/, 'matching_core.validation.language_unknown')),
    start: optional(dayField),
    radius: choice(RADII),
    postcode: optional(postcodeField),
    near: optional(z.enum(['me'], { error: 'matching_core.validation.unknown_choice' })),
    page: z.preprocess(
      (v) => (v === '' || v === undefined ? '1' : v),
      z
        .string()
        .regex(/^\d{1,6}$/, msg('page'))
        .transform(Number)
        .refine((n) => n >= 1 && n <= POSITION_SEARCH_LIMITS.maxPage, msg('page')),
    ),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.radius && !input.postcode && input.near !== 'me')
      ctx.addIssue({ code: 'custom', path: ['postcode'], message: msg('radius_needs_postcode') });
    if (input.near === 'me' && input.postcode)
      ctx.addIssue({ code: 'custom', path: ['postcode'], message: msg('postcode_or_mine') });
  });
export type PositionSearch = z.output<typeof PositionSearchSchema>;
