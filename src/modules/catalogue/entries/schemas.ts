import { z } from 'zod';
import { CITIES } from '../../../region/index.js';
import { ENTRY_KINDS, TRANSLATION_LOCALES, type EntryKind } from '../tables.js';
import { type FieldErrors } from '../../../core/errors.js';
import { LIMITS } from '../../../core/limits.js';
import { checkboxGroup, issuesToFields, optionalText, postedList, type ParseResult } from '../../../core/validation.js';
import { COSTS, FIELDS_OF_ACTION, FORMATS, OFFER_LANGUAGES, PROJECT_STATUSES, TARGET_GROUPS } from '../taxonomy.js';
import { berlinLocalToDate, isCalendarDay } from './dates.js';

/** Limits of entry texts, shared by the schemas and the form attributes. */
export const ENTRY_LIMITS = {
  title: 160,
  summary: 600,
  body: 20000,
  text: 2000,
  shortText: LIMITS.shortText,
  phone: 40,
  addresses: 5,
  deadlines: 3,
  capacity: 100000,
  amount: 100_000_000,
  note: 2000,
} as const;

export const KNOWLEDGE_TYPES = ['guide', 'story'] as const;

/** German path segments for the kinds, e.g. /de/eintraege/neu/angebot. */
export const KIND_SLUGS: Record<EntryKind, string> = {
  actor: 'akteur',
  offer: 'angebot',
  project: 'projekt',
  funding: 'foerderprogramm',
  knowledge: 'wissen',
  event: 'veranstaltung',
};
export function kindFromSlug(slug: string): EntryKind | null {
  return ENTRY_KINDS.find((kind) => KIND_SLUGS[kind] === slug) ?? null;
}

const msg = (key: string) => ({ message: `catalogue_entries.validation.${key}` });

const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** A checkbox group: nothing ticked sends nothing, one box a string, several boxes an array. */
function checkboxes<T extends string>(values: readonly T[], options: { min?: number } = {}) {
  return checkboxGroup(values, {
    min: options.min,
    messages: { unknown: msg('unknown_choice').message, tooFew: msg('choose_at_least_one').message },
  });
}

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), z.enum(values).optional());

const calendarDayField = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined))
  .refine((value) => value === undefined || isCalendarDay(value), msg('date'));

const localDateTime = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined))
  .refine((value) => value === undefined || berlinLocalToDate(value) !== null, msg('datetime'));

const wholeNumber = (max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || (/^\d{1,12}$/.test(value) && Number(value) <= max), msg('whole_number'))
    .transform((value) => (value === undefined ? undefined : Number(value)));

const httpUrl = optionalText(LIMITS.url).pipe(
  z
    .string()
    .url('validation.url')
    .regex(/^https?:\/\//i, 'validation.url')
    .nullable(),
);

const common = {
  title: requiredText(ENTRY_LIMITS.title),
  summary: requiredText(ENTRY_LIMITS.summary),
  body: optionalText(ENTRY_LIMITS.body),
  fields_of_action: checkboxes(FIELDS_OF_ACTION, { min: 1 }),
  target_groups: checkboxes(TARGET_GROUPS),
  cities: checkboxes(CITIES, { min: 1 }),
  languages: checkboxes(OFFER_LANGUAGES),
  cost: optionalChoice(COSTS),
  format: optionalChoice(FORMATS),
  contact_email: optionalText(LIMITS.email).pipe(z.string().email('validation.email').nullable()),
  contact_phone: optionalText(ENTRY_LIMITS.phone).pipe(
    z
      .string()
      .regex(/^\+?[0-9 ()/-]{5,40}$/, msg('phone').message)
      .nullable(),
  ),
  website: httpUrl,
  accessibility_notes: optionalText(ENTRY_LIMITS.text),
  valid_from: calendarDayField,
  valid_until: calendarDayField,
};

/** A text area read as a list, one item per line (goals, partners, addresses). */
const lines = (options: { max: number; required?: boolean }) =>
  optionalText(ENTRY_LIMITS.text)
    .transform((value) =>
      value
        ? value
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean)
        : [],
    )
    .refine((items) => items.length <= options.max, { message: 'catalogue_entries.validation.too_many_lines' })
    .refine((items) => !options.required || items.length > 0, { message: 'validation.required' });

const kindFields = {
  actor: {
    addresses: lines({ max: ENTRY_LIMITS.addresses }),
    areas_of_responsibility: lines({ max: 20 }),
  },
  offer: {},
  project: {
    goals: lines({ max: 20, required: true }),
    partners: lines({ max: 30 }),
    funding: optionalText(ENTRY_LIMITS.text),
    period_from: calendarDayField,
    period_until: calendarDayField,
    project_status: z.enum(PROJECT_STATUSES, { error: msg('choose_status').message }),
    results: lines({ max: 20 }),
    adopted_cities: checkboxes(CITIES),
  },
  funding: {
    funder: requiredText(ENTRY_LIMITS.shortText),
    purpose: requiredText(ENTRY_LIMITS.text),
    amount_min: wholeNumber(ENTRY_LIMITS.amount),
    amount_max: wholeNumber(ENTRY_LIMITS.amount),
    deadlines: z
      .preprocess(postedList, z.array(z.string().trim()).max(ENTRY_LIMITS.deadlines))
      .transform((days) => days.filter(Boolean))
      .refine((days) => days.every(isCalendarDay), msg('date'))
      .transform((days) => [...new Set(days)].sort()),
    eligibility: optionalText(ENTRY_LIMITS.text),
  },
  knowledge: {
    knowledge_type: z.enum(KNOWLEDGE_TYPES, { error: msg('choose_knowledge_type').message }),
  },
  event: {
    starts_at: localDateTime.refine((value) => value !== undefined, { message: 'validation.required' }),
    ends_at: localDateTime,
    place_address: optionalText(ENTRY_LIMITS.text),
    online_url: httpUrl,
    capacity: wholeNumber(ENTRY_LIMITS.capacity).refine(
      (value) => value === undefined || value >= 1,
      msg('whole_number'),
    ),
  },
} satisfies Record<EntryKind, z.ZodRawShape>;

/** Only creating an offer or a project asks about similar entries first (against Projektitis). */
const similarConfirmation = { confirmed_similar: z.literal('1').optional() };

function schemaFor<K extends EntryKind>(kind: K) {
  return z
    .object({ ...common, ...kindFields[kind], ...similarConfirmation })
    .strict()
    .superRefine((value, ctx) => {
      const v = value as Record<string, unknown>;
      const before = (from: unknown, until: unknown) =>
        typeof from === 'string' && typeof until === 'string' && until < from;
      if (before(v.valid_from, v.valid_until))
        ctx.addIssue({ code: 'custom', path: ['valid_until'], ...msg('until_before_from') });
      if (before(v.period_from, v.period_until))
        ctx.addIssue({ code: 'custom', path: ['period_until'], ...msg('until_before_from') });
      if (typeof v.amount_min === 'number' && typeof v.amount_max === 'number' && v.amount_max < v.amount_min) {
        ctx.addIssue({ code: 'custom', path: ['amount_max'], ...msg('amount_range') });
      }
      if (kind === 'event') {
        const starts = typeof v.starts_at === 'string' ? berlinLocalToDate(v.starts_at) : null;
        const ends = typeof v.ends_at === 'string' ? berlinLocalToDate(v.ends_at) : null;
        if (starts && ends && ends < starts)
          ctx.addIssue({ code: 'custom', path: ['ends_at'], ...msg('ends_before_start') });
        if (!v.place_address && !v.online_url)
          ctx.addIssue({ code: 'custom', path: ['place_address'], ...msg('place_or_link') });
      }
    });
}

export const ENTRY_SCHEMAS = {
  actor: schemaFor('actor'),
  offer: schemaFor('offer'),
  project: schemaFor('project'),
  funding: schemaFor('funding'),
  knowledge: schemaFor('knowledge'),
  event: schemaFor('event'),
};

/** What a use-case stores: the shared columns, the instants of an event and the kind's details. */
export interface EntryInput {
  kind: EntryKind;
  title: string;
  summary: string;
  body: string;
  fieldsOfAction: string[];
  targetGroups: string[];
  cities: string[];
  languages: string[];
  cost: 'free' | 'fee' | null;
  format: 'in_person' | 'online' | 'hybrid' | null;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  accessibilityNotes: string | null;
  validFrom: string | null;
  validUntil: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  details: Record<string, unknown>;
  confirmedSimilar: boolean;
}

const COMMON_KEYS = new Set([...Object.keys(common), 'confirmed_similar', 'starts_at', 'ends_at']);

function toEntryInput(kind: EntryKind, parsed: Record<string, unknown>): EntryInput {
  const details: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (COMMON_KEYS.has(key) || value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    details[key] = value;
  }
  const str = (key: string): string | null => (typeof parsed[key] === 'string' ? parsed[key] : null);
  const list = (key: string): string[] => (Array.isArray(parsed[key]) ? (parsed[key] as string[]) : []);
  const instant = (key: string): Date | null => {
    const value = str(key);
    return value ? berlinLocalToDate(value) : null;
  };
  return {
    kind,
    title: str('title') ?? '',
    summary: str('summary') ?? '',
    body: str('body') ?? '',
    fieldsOfAction: list('fields_of_action'),
    targetGroups: list('target_groups'),
    cities: list('cities'),
    languages: list('languages'),
    cost: str('cost') as EntryInput['cost'],
    format: str('format') as EntryInput['format'],
    contactEmail: str('contact_email'),
    contactPhone: str('contact_phone'),
    website: str('website'),
    accessibilityNotes: str('accessibility_notes'),
    validFrom: str('valid_from'),
    validUntil: str('valid_until'),
    startsAt: instant('starts_at'),
    endsAt: instant('ends_at'),
    details,
    confirmedSimilar: str('confirmed_similar') === '1',
  };
}

/** Field errors keyed by the form field (an invalid checkbox "cities.2" belongs to "cities"). */
function fieldErrors(issues: z.core.$ZodIssue[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const [name, error] of Object.entries(issuesToFields(issues))) {
    const field = name.split('.')[0] ?? name;
    fields[field] ??= error;
  }
  return fields;
}

/** Reads the form of one entry kind into the use-cases' input; for `handleForm`. */
export function entryFormParser(kind: EntryKind): (body: unknown) => ParseResult<EntryInput> {
  return (body) => {
    const result = ENTRY_SCHEMAS[kind].safeParse(body ?? {}, { reportInput: true });
    if (!result.success) return { ok: false, fields: fieldErrors(result.error.issues) };
    return { ok: true, data: toEntryInput(kind, result.data) };
  };
}

export const TranslationSchema = z
  .object({
    title: requiredText(ENTRY_LIMITS.title),
    summary: requiredText(ENTRY_LIMITS.summary),
    body: optionalText(ENTRY_LIMITS.body).transform((value) => value ?? ''),
  })
  .strict();
export type TranslationInput = z.infer<typeof TranslationSchema>;

export const ReturnSchema = z.object({ note: requiredText(ENTRY_LIMITS.note) }).strict();
export const EmptyFormSchema = z.object({}).strict();

export const EntryParamsSchema = z.object({ lang: z.string(), id: z.string().uuid() }).strict();
export const KindParamsSchema = z.object({ lang: z.string(), kind: z.string().max(40) }).strict();
export const TranslationParamsSchema = z
  .object({ lang: z.string(), id: z.string().uuid(), locale: z.enum(TRANSLATION_LOCALES) })
  .strict();
