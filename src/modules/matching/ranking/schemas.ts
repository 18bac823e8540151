import { z } from 'zod';
import { CERTIFICATES } from '../tables.js';
import { CITIES, OCCUPATION_IDS } from '../../../region/index.js';
import { collectLanguages, languageRowsField } from '../shared/index.js';

export const SEARCH_LANGUAGE_ROWS = 3;
export const MAX_RADIUS_KM = 100;
const msg = (key: string) => `matching_core.validation.${key}`;
const blank = (v: unknown) => (v === '' ? undefined : v);

/**
 * The company search on a position's candidate page, e.g. "Turkish and German, Mittlerer
 * Schulabschluss, Mechatroniker, within 20 km of Essen". Sent as a GET form, so every field is
 * optional; without any the page shows the position's own ranking.
 */
export const CandidateSearchSchema = z
  .object({
    occupation: z.preprocess(blank, z.enum(OCCUPATION_IDS, { error: msg('unknown_choice') }).optional()),
    certificate: z.preprocess(blank, z.enum(CERTIFICATES, { error: msg('unknown_choice') }).optional()),
    city: z.preprocess(blank, z.enum(CITIES, { error: msg('unknown_choice') }).optional()),
    radius: z.preprocess(
      blank,
      z
        .string()
        .regex(/^\d{1,3}$/, msg('radius'))
        .transform(Number)
        .refine((n) => n >= 1 && n <= MAX_RADIUS_KM, msg('radius'))
        .optional(),
    ),
    ...languageRowsField(SEARCH_LANGUAGE_ROWS),
  })
  .strict()
  .transform((input, ctx) => {
    const languages = collectLanguages(input, ctx, SEARCH_LANGUAGE_ROWS);
    if (input.radius !== undefined && !input.city)
      ctx.addIssue({ code: 'custom', path: ['city'], message: msg('radius_needs_city') });
    return {
      occupationId: input.occupation,
      minCertificate: input.certificate,
      city: input.city,
      radiusKm: input.radius ?? 20,
      languages: languages,
    };
  });
export type CandidateSearch = z.output<typeof CandidateSearchSchema>;

export function isEmptySearch(search: CandidateSearch): boolean {
  return !search.occupationId && !search.minCertificate && !search.city && search.languages.length === 0;
}
