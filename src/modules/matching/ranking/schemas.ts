import { z } from 'zod';
import { CERTIFICATES } from '../tables.js';
import { OCCUPATION_IDS } from '../../../region/index.js';
import { collectLanguages, languageRowsField, postcodeField } from '../shared/index.js';

export const SEARCH_LANGUAGE_ROWS = 3;
export const MAX_RADIUS_KM = 100;
export const DEFAULT_RADIUS_KM = 20;
const msg = (key: string) => `matching_core.validation.${key}`;
const blank = (v: unknown) => (v === '' ? undefined : v);

/**
 * The company search on a position's candidate page, e.g. "Turkish and German, Mittlerer
 * Schulabschluss, Mechatroniker, within 20 km of 45127". Sent as a GET form, so every field is
 * optional; without any the page shows the position's own ranking. The radius is measured from a
 * postcode (`near`; blank: the position's), postcode to postcode — an unknown postcode is a field
 * error, never a guess (decision 016).
 */
export const CandidateSearchSchema = z
  .object({
    occupation: z.preprocess(blank, z.enum(OCCUPATION_IDS, { error: msg('unknown_choice') }).optional()),
    certificate: z.preprocess(blank, z.enum(CERTIFICATES, { error: msg('unknown_choice') }).optional()),
    near: z.preprocess(blank, postcodeField.optional()),
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
    const radiusKm = input.radius ?? (input.near ? DEFAULT_RADIUS_KM : null);
    return {
      occupationId: input.occupation,
      minCertificate: input.certificate,
      /** The postcode the radius is measured from; null: the position's. */
      near: input.near ?? null,
      /** null: no radius filter (the profiles' own travel radius still applies). */
      radiusKm,
      languages: languages,
    };
  });
export type CandidateSearch = z.output<typeof CandidateSearchSchema>;

export function isEmptySearch(search: CandidateSearch): boolean {
  return (
    !search.occupationId &&
    !search.minCertificate &&
    search.near === null &&
    search.radiusKm === null &&
    search.languages.length === 0
  );
}
