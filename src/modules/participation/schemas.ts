import { z } from 'zod';
import { CITIES } from '../../region/index.js';
import { uploadField } from '../../core/http/uploads.js';
import { optionalText, text } from '../../core/validation.js';
import { email } from '../accounts/index.js';
import { CODE_PATTERN, normaliseCode } from './codes.js';
import { CRITERIA, FIELDS_OF_WORK, REGISTRATION_KINDS, TRANSLATED_LOCALES, VOTING_MODES } from './tables.js';

export const IdParamsSchema = z.object({ lang: z.string(), id: z.string().uuid() }).strict();
export const RoundParamsSchema = z
  .object({ lang: z.string(), id: z.string().uuid(), roundId: z.string().uuid() })
  .strict();
export const EmptyFormSchema = z.object({}).strict();

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const ForumSchema = z
  .object({
    title: text(200),
    agenda: z.string().trim().max(5000).optional().default(''),
    day: z.string().regex(DAY, 'participation.validation.day'),
    starts: z.string().regex(TIME, 'participation.validation.time'),
    ends: z.string().regex(TIME, 'participation.validation.time'),
    place: optionalText(300),
    online_url: optionalText(500).pipe(
      z
        .string()
        .url()
        .regex(/^https?:\/\//, 'validation.url')
        .nullable(),
    ),
    registration: z.enum(REGISTRATION_KINDS),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.ends <= input.starts)
      ctx.addIssue({ code: 'custom', path: ['ends'], message: 'participation.validation.ends_before_start' });
    if (!input.place && !input.online_url)
      ctx.addIssue({ code: 'custom', path: ['place'], message: 'participation.validation.place_or_online' });
  });
export type ForumInput = z.output<typeof ForumSchema>;

const points = z.coerce.number({ error: 'participation.validation.whole_number' }).int().min(1).max(100);

export const RoundSchema = z
  .object({
    question: text(300),
    mode: z.enum(VOTING_MODES),
    points_per_participant: points.optional(),
    max_per_option: points.optional(),
    options: z.string().trim().min(1).max(8000),
  })
  .strict()
  .transform((input, ctx) => {
    const labels = input.options
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    if (labels.length < 2 || labels.length > 30) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'participation.validation.option_count' });
      return z.NEVER;
    }
    if (labels.some((label) => label.length > 200)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'participation.validation.option_length' });
      return z.NEVER;
    }
    if (new Set(labels).size !== labels.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'participation.validation.option_twice' });
      return z.NEVER;
    }
    if (input.mode === 'approval')
      return {
        question: input.question,
        mode: input.mode,
        pointsPerParticipant: labels.length,
        maxPerOption: 1,
        labels,
      };
    const total = input.points_per_participant;
    const most = input.max_per_option;
    if (total === undefined || most === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [total === undefined ? 'points_per_participant' : 'max_per_option'],
        message: 'participation.validation.points_needed',
      });
      return z.NEVER;
    }
    if (most > total) {
      ctx.addIssue({ code: 'custom', path: ['max_per_option'], message: 'participation.validation.max_over_total' });
      return z.NEVER;
    }
    return { question: input.question, mode: input.mode, pointsPerParticipant: total, maxPerOption: most, labels };
  });
export type RoundInput = z.output<typeof RoundSchema>;

export const CodesSchema = z
  .object({ count: z.coerce.number({ error: 'participation.validation.whole_number' }).int().min(1).max(200) })
  .strict();

const code = z
  .string()
  .trim()
  .transform(normaliseCode)
  .pipe(z.string().regex(CODE_PATTERN, 'participation.validation.code_format'));
export const JoinSchema = z.object({ code }).strict();
export const RegisterSchema = z.object({ name: text(100) }).strict();
export const MinutesSchema = z.object({ minutes: z.string().trim().max(40000) }).strict();

/** A ballot: points per option (dot-voting) or ticked options (approval), read against the round's options. */
export function ballotSchema(mode: 'dots' | 'approval', optionIds: readonly string[]) {
  if (mode === 'approval')
    return z
      .object({
        approve: z.preprocess(
          (value) => (value === undefined ? [] : typeof value === 'string' ? [value] : value),
          z
            .array(z.string())
            .refine((ids) => ids.every((id) => optionIds.includes(id)), 'participation.validation.unknown_option'),
        ),
      })
      .strict()
      .transform((input, ctx) => {
        const ids = [...new Set(input.approve)];
        if (ids.length === 0) {
          ctx.addIssue({ code: 'custom', path: ['approve'], message: 'participation.validation.nothing_chosen' });
          return z.NEVER;
        }
        return ids.map((optionId) => ({ optionId, points: 1 }));
      });
  const shape = Object.fromEntries(
    optionIds.map((id) => [
      `o_${id}`,
      z
        .string()
        .trim()
        .optional()
        .transform((value) => (value ? Number(value) : 0))
        .pipe(
          z
            .number({ error: 'participation.validation.whole_number' })
            .int('participation.validation.whole_number')
            .min(0)
            .max(100),
        ),
    ]),
  );
  return z
    .object(shape)
    .strict()
    .transform((input, ctx) => {
      const votes = optionIds
        .map((optionId) => ({ optionId, points: Number(input[`o_${optionId}`] ?? 0) }))
        .filter((vote) => vote.points > 0);
      if (votes.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: [`o_${optionIds[0]}`],
          message: 'participation.validation.nothing_chosen',
        });
        return z.NEVER;
      }
      return votes;
    });
}
export type BallotInput = { optionId: string; points: number }[];

const currentYear = new Date().getFullYear();
const story = (max: number) => text(max);

export const NominationSchema = z
  .object({
    kind: z.enum(['nomination', 'self']),
    business_name: text(200),
    city: z.enum(CITIES),
    founded_year: z.coerce
      .number({ error: 'participation.validation.whole_number' })
      .int()
      .min(1900)
      .max(currentYear + 1),
    founder_path: story(3000),
    jobs_created: z.coerce.number({ error: 'participation.validation.whole_number' }).int().min(0).max(100000),
    apprenticeships_created: z.coerce
      .number({ error: 'participation.validation.whole_number' })
      .int()
      .min(0)
      .max(100000),
    staff_commitment: story(3000),
    business_development: story(3000),
    civic_engagement: story(3000),
    submitter_name: text(200),
    submitter_email: email,
    consent: z.literal('on', { error: 'participation.validation.consent' }),
  })
  .strict();
export type NominationInput = z.output<typeof NominationSchema>;

export const AwardRoundSchema = z
  .object({
    year: z.coerce.number({ error: 'participation.validation.whole_number' }).int().min(2020).max(2100),
    closes_on: z.string().regex(DAY, 'participation.validation.day'),
    call_text: z.string().trim().max(5000).optional().default(''),
  })
  .strict();
export type AwardRoundInput = z.output<typeof AwardRoundSchema>;

export const JurorSchema = z.object({ email }).strict();
export const EligibilitySchema = z
  .object({ decision: z.enum(['eligible', 'ineligible']), reason: optionalText(500) })
  .strict()
  .superRefine((input, ctx) => {
    if (input.decision === 'ineligible' && !input.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'participation.validation.reason_needed' });
  });

const score = z.coerce
  .number({ error: 'participation.validation.score' })
  .int()
  .min(0, 'participation.validation.score')
  .max(10, 'participation.validation.score');
export const ScoreSchema = z
  .object(
    Object.fromEntries(CRITERIA.map((criterion) => [criterion, score])) as Record<
      (typeof CRITERIA)[number],
      typeof score
    >,
  )
  .strict();
export type ScoreInput = z.output<typeof ScoreSchema>;

export const StorySchema = z
  .object({
    title: text(200),
    summary: text(500),
    body: z.string().trim().max(20000).optional().default(''),
    field_of_action: z.enum(FIELDS_OF_WORK),
    campaign_id: optionalText(40).pipe(z.string().uuid().nullable()),
    catalogue_entry_id: optionalText(40).pipe(z.string().uuid('participation.validation.entry_id').nullable()),
  })
  .strict();
export type StoryInput = z.output<typeof StorySchema>;

export const CampaignSchema = z
  .object({ title: text(200), summary: text(500), body: z.string().trim().max(20000).optional().default('') })
  .strict();
export type CampaignInput = z.output<typeof CampaignSchema>;

export const TranslationSchema = z
  .object({
    locale: z.enum(TRANSLATED_LOCALES),
    title: text(200),
    summary: text(500),
    body: z.string().trim().max(20000).optional().default(''),
  })
  .strict();
export type TranslationInput = z.output<typeof TranslationSchema>;

/** A story's picture: PNG, JPEG or WebP (checked by content), at most 5 MB, and always with its alt text. */
export const StoryImageSchema = z
  .object({
    image: uploadField({ kinds: ['png', 'jpeg', 'webp'], maxBytes: 5 * 1024 * 1024 }),
    image_alt: text(300),
  })
  .strict();
export type StoryImageInput = z.output<typeof StoryImageSchema>;
