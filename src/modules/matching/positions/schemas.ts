import { z } from 'zod';
import { CERTIFICATES, POSITION_BENEFITS, POSITION_KINDS } from '../tables.js';
import { OCCUPATION_IDS } from '../../../region/index.js';
import { checkboxes, collectLanguages, dayField, languageRowsField, postcodeField } from '../shared/index.js';
import { optionalText } from '../../../core/validation.js';
import { TRAINING_YEARS, checkPositionFacts, positionFactFields } from './facts-schema.js';

export const POSITION_LIMITS = {
  title: 150,
  description: 5000,
  address: 200,
  places: 500,
  offerText: 2000,
} as const;
export { TRAINING_YEARS };

const msg = (key: string) => `matching_core.validation.${key}`;
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(values, {
      // zod 3 answered a missing (or not text) value with invalid_type; zod 4 says invalid_value for all.
      error: (issue) => (typeof issue.input !== 'string' ? 'validation.required' : msg('unknown_choice')),
    }),
  );

export const PositionFormSchema = z
  .object({
    kind: choice(POSITION_KINDS),
    occupation_id: choice(OCCUPATION_IDS),
    title: z.string().trim().min(1).max(POSITION_LIMITS.title),
    description: z.string().trim().max(POSITION_LIMITS.description).optional().default(''),
    postcode: postcodeField,
    address: z
      .string()
      .trim()
      .max(POSITION_LIMITS.address)
      .optional()
      .transform((v) => (v ? v : null)),
    starts_on: dayField,
    places: z
      .string()
      .trim()
      .min(1)
      .regex(/^\d{1,3}$/, msg('places'))
      .transform(Number)
      .refine((n) => n >= 1 && n <= POSITION_LIMITS.places, msg('places')),
    required_certificate: choice(CERTIFICATES),
    benefits: checkboxes(POSITION_BENEFITS),
    offer_text: optionalText(POSITION_LIMITS.offerText),
    deadline: dayField,
    ...languageRowsField(),
    ...positionFactFields,
  })
  .strict()
  .transform((input, ctx) => {
    const languages = collectLanguages(input, ctx);
    if (input.deadline > input.starts_on)
      ctx.addIssue({ code: 'custom', path: ['deadline'], message: msg('deadline_after_start') });
    const facts = checkPositionFacts(input, ctx);
    return {
      kind: input.kind,
      occupationId: input.occupation_id,
      title: input.title,
      description: input.description,
      postcode: input.postcode,
      address: input.address,
      startsOn: input.starts_on,
      places: input.places,
      requiredCertificate: input.required_certificate,
      // "Part-time training possible" is its own field on the form, stored as the 'part_time' benefit.
      benefits: [
        ...input.benefits.filter((b) => b !== 'part_time'),
        ...(input.part_time_possible === 'yes' ? ['part_time' as const] : []),
      ],
      deadline: input.deadline,
      languages: languages,
      ...facts,
    };
  });
export type PositionInput = z.output<typeof PositionFormSchema>;

export const PositionParamsSchema = z.object({ lang: z.string(), id: z.string().uuid() }).strict();
export const EmptyFormSchema = z.object({}).strict();
