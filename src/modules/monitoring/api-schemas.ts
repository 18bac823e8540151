import { z } from 'zod';
import { AREAS } from './areas.js';
import { INDICATOR_KEYS, STORED_INDICATOR_KEYS, UNITS } from './indicators.js';
import { SIGNS } from './import/index.js';

export const ValuesQuery = z
  .object({
    indicator: z.enum(STORED_INDICATOR_KEYS).optional(),
    area: z.enum(AREAS).optional(),
  })
  .strict();
export type ValuesQueryInput = z.infer<typeof ValuesQuery>;

export const PublicValueSchema = z.object({
  indicator: z.string(),
  area: z.enum(AREAS),
  /** Kreisschlüssel of a city, "05" for NRW, null for the Ruhr region. */
  area_key: z.string().nullable(),
  year: z.number().int(),
  value: z.number().nullable(),
  /** Why there is no number (or that the number is a true zero): the sign of the official table. */
  sign: z.enum(SIGNS).nullable(),
  unit: z.enum(UNITS),
  source: z.string(),
  retrieved_on: z.string(),
  /** Invented for the demonstration: never an official statistic. */
  is_demo: z.boolean(),
  is_corrected: z.boolean(),
});
export type PublicValue = z.infer<typeof PublicValueSchema>;
export const ValueListSchema = z.object({
  licence: z.string(),
  attribution: z.string(),
  values: z.array(PublicValueSchema),
});

export const IndicatorSchema = z.object({
  key: z.enum(INDICATOR_KEYS as [string, ...string[]]),
  unit: z.enum(UNITS),
  theme: z.string(),
  source_kind: z.string(),
  computed: z.boolean(),
  name: z.object({ de: z.string(), en: z.string() }),
  definition: z.object({ de: z.string(), en: z.string() }),
  breaks: z.array(
    z.object({
      year: z.number().int(),
      kind: z.enum(['definition', 'method']),
      label: z.object({ de: z.string(), en: z.string() }),
    }),
  ),
});
export const IndicatorListSchema = z.object({ indicators: z.array(IndicatorSchema) });
export const NoQuery = z.object({}).strict();
