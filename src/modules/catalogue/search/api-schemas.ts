import { z } from 'zod';
import { CITIES } from '../../../region/index.js';
import { ENTRY_KINDS, TRANSLATION_LOCALES } from '../tables.js';
import { ApiErrorSchema } from '../../../core/http/openapi.js';
import { FILTERS, FILTER_NAMES, SEARCH_LIMITS, SORTS } from './schemas.js';

/** One allowed value or several (the parameter repeated). */
const oneOrMany = <T extends readonly [string, ...string[]]>(allowed: T, description: string) =>
  z
    .union([z.enum(allowed), z.array(z.enum(allowed)).max(allowed.length)])
    .optional()
    .describe(`${description}, repeatable`);

/**
 * The API's query: the search page's parameters, but strict. A client that sends a value outside a
 * filter's allowed values or an unknown parameter gets a 400 naming it, rather than all entries.
 */
export const ApiSearchQuerySchema = z
  .object({
    q: z
      .union([z.string(), z.array(z.string()).max(10)])
      .optional()
      .describe('Search text in any language; quotes and operators are plain text. Up to 10 KB.'),
    kind: oneOrMany(FILTERS.kind, 'Entry kind'),
    field: oneOrMany(FILTERS.field, 'Field of action'),
    group: oneOrMany(FILTERS.group, 'Target group'),
    city: oneOrMany(FILTERS.city, 'City'),
    lang: oneOrMany(FILTERS.lang, 'Language an offer is given in (ISO 639-1)'),
    cost: oneOrMany(FILTERS.cost, 'Cost'),
    format: oneOrMany(FILTERS.format, 'Format'),
    sort: z.enum(SORTS).optional().describe('Order (relevance needs a search text; without one the newest come first)'),
    page: z.coerce
      .number()
      .int()
      .min(1)
      .max(SEARCH_LIMITS.maxPage)
      .optional()
      .describe(`Page number, ${SEARCH_LIMITS.pageSize} results per page`),
  })
  .strict();

/** Response shapes of the public catalogue API (also its OpenAPI description). */
const Nullable = <T extends z.ZodTypeAny>(schema: T) => schema.nullable();

export const SearchNoticeSchema = z.object({
  code: z.enum(['unknown_value', 'unknown_parameter', 'query_shortened', 'similar_words', 'relevance_needs_query']),
  message: z.string(),
  parameter: z.string().optional(),
  value: z.string().optional(),
  word: z.string().optional(),
});

export const EntrySummarySchema = z.object({
  id: z.string().uuid(),
  kind: z.enum(ENTRY_KINDS),
  title: z.string(),
  summary: z.string(),
  locale: z.string().describe('Language of title and summary'),
  isFallback: z.boolean().describe('True when no translation into the requested language exists and German is shown'),
  cities: z.array(z.enum(CITIES)),
  fieldsOfAction: z.array(z.string()),
  targetGroups: z.array(z.string()),
  languages: z.array(z.string()),
  cost: Nullable(z.enum(['free', 'fee'])),
  format: Nullable(z.enum(['in_person', 'online', 'hybrid'])),
  organisationName: z.string(),
  publishedAt: z.string().datetime(),
  startsAt: Nullable(z.string().datetime()),
  url: z.string().describe('Public page of the entry'),
});

const FacetValuesSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const EntryListSchema = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageCount: z.number().int(),
  pageSize: z.number().int(),
  sort: z.enum(SORTS),
  items: z.array(EntrySummarySchema),
  facets: z.object(
    Object.fromEntries(FILTER_NAMES.map((name) => [name, FacetValuesSchema])) as Record<
      (typeof FILTER_NAMES)[number],
      typeof FacetValuesSchema
    >,
  ),
  notices: z.array(SearchNoticeSchema),
});

export const EntryDetailSchema = z.object({
  id: z.string().uuid(),
  kind: z.enum(ENTRY_KINDS),
  title: z.string(),
  summary: z.string(),
  body: z.string().describe('Markdown'),
  organisation: z.object({ id: z.string().uuid(), name: z.string() }),
  fieldsOfAction: z.array(z.string()),
  targetGroups: z.array(z.string()),
  cities: z.array(z.enum(CITIES)),
  languages: z.array(z.string()),
  cost: Nullable(z.enum(['free', 'fee'])),
  format: Nullable(z.enum(['in_person', 'online', 'hybrid'])),
  contact: z.object({ email: Nullable(z.string()), phone: Nullable(z.string()), website: Nullable(z.string()) }),
  accessibilityNotes: Nullable(z.string()),
  validFrom: Nullable(z.string().date()),
  validUntil: Nullable(z.string().date()),
  startsAt: Nullable(z.string().datetime()),
  endsAt: Nullable(z.string().datetime()),
  details: z.record(z.string(), z.unknown()).describe('Kind-specific fields'),
  publishedAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  url: z.string(),
  translations: z.array(
    z.object({ locale: z.enum(TRANSLATION_LOCALES), title: z.string(), summary: z.string(), body: z.string() }),
  ),
});

export const EntryIdParamsSchema = z.object({ id: z.string().uuid() }).strict();

export const ErrorResponseSchema = ApiErrorSchema;
