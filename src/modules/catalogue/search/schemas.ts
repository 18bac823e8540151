import { z } from 'zod';
import { CITIES, type City } from '../../../region/index.js';
import { ENTRY_KINDS, type EntryKind } from '../tables.js';
import {
  COSTS,
  FIELDS_OF_ACTION,
  FORMATS,
  OFFER_LANGUAGES,
  TARGET_GROUPS,
  type FieldOfAction,
  type OfferLanguage,
  type TargetGroup,
} from '../taxonomy.js';

/**
 * One schema for a catalogue search, shared by the search page (its GET form), live search and
 * the JSON API. Search is lenient on purpose: any text is a valid query, and a filter value or a
 * parameter we do not know is ignored and reported back as a notice, never refused.
 */
export const SEARCH_LIMITS = {
  /** Longer queries are cut here (with a notice). */
  queryChars: 10 * 1024,
  /** Words of the query that take part in the search; the rest is ignored (with a notice). */
  queryWords: 32,
  /** Words checked for typos (each costs one trigram lookup). */
  typoWords: 8,
  /** Closest known words tried for a word that is not in the catalogue. */
  typoAlternatives: 3,
  pageSize: 20,
  maxPage: 500,
  savedSearchesPerUser: 50,
  labelChars: 120,
} as const;

export const SORTS = ['relevance', 'newest', 'title'] as const;
export type SearchSort = (typeof SORTS)[number];

/** The filter dimensions: URL parameter → allowed values. */
export const FILTERS = {
  kind: ENTRY_KINDS,
  field: FIELDS_OF_ACTION,
  group: TARGET_GROUPS,
  city: CITIES,
  lang: OFFER_LANGUAGES,
  cost: COSTS,
  format: FORMATS,
} as const;
export type FilterName = keyof typeof FILTERS;
export const FILTER_NAMES = Object.keys(FILTERS) as FilterName[];

const oneOrMany = z.union([z.string(), z.array(z.string())]).optional();

/** The raw query string of a search; every value is text, filters may repeat. */
export const SearchParamsSchema = z
  .object({
    q: oneOrMany.describe('Search text in any language; quotes and operators are plain text. Up to 10 KB.'),
    kind: oneOrMany.describe(`Entry kind, repeatable: ${ENTRY_KINDS.join(', ')}`),
    field: oneOrMany.describe(`Field of action, repeatable: ${FIELDS_OF_ACTION.join(', ')}`),
    group: oneOrMany.describe(`Target group, repeatable: ${TARGET_GROUPS.join(', ')}`),
    city: oneOrMany.describe(`City, repeatable: ${CITIES.join(', ')}`),
    lang: oneOrMany.describe('Language an offer is given in (ISO 639-1), repeatable'),
    cost: oneOrMany.describe(`Cost, repeatable: ${COSTS.join(', ')}`),
    format: oneOrMany.describe(`Format, repeatable: ${FORMATS.join(', ')}`),
    sort: oneOrMany.describe(`Order: ${SORTS.join(', ')} (relevance needs a search text)`),
    page: oneOrMany.describe('Page number, 20 results per page'),
  })
  .passthrough();
export type SearchParams = z.infer<typeof SearchParamsSchema>;

/** Parameters the page itself uses besides the search (live search asks for the results fragment only). */
const PAGE_PARAMETERS = new Set(['partial']);

export interface SearchCriteria {
  q: string;
  kind: EntryKind[];
  field: FieldOfAction[];
  group: TargetGroup[];
  city: City[];
  lang: OfferLanguage[];
  cost: (typeof COSTS)[number][];
  format: (typeof FORMATS)[number][];
  sort: SearchSort;
  page: number;
}

export type SearchNotice =
  | { code: 'unknown_value'; parameter: string; value: string }
  | { code: 'unknown_parameter'; parameter: string }
  | { code: 'query_shortened' }
  | { code: 'similar_words'; word: string }
  | { code: 'relevance_needs_query' };

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function pickValues<T extends string>(
  name: string,
  raw: string | string[] | undefined,
  allowed: readonly T[],
  notices: SearchNotice[],
): T[] {
  const picked: T[] = [];
  for (const value of asList(raw)) {
    if (value === '') continue;
    if ((allowed as readonly string[]).includes(value)) {
      if (!picked.includes(value as T)) picked.push(value as T);
    } else {
      notices.push({ code: 'unknown_value', parameter: name, value: value.slice(0, 60) });
    }
  }
  return picked;
}

/** Turns raw parameters (already checked against SearchParamsSchema) into search criteria and notices. */
export function toSearchCriteria(params: SearchParams): { criteria: SearchCriteria; notices: SearchNotice[] } {
  const notices: SearchNotice[] = [];
  for (const key of Object.keys(params)) {
    if (!(key in SearchParamsSchema.shape) && !PAGE_PARAMETERS.has(key))
      notices.push({ code: 'unknown_parameter', parameter: key.slice(0, 60) });
  }
  let q = asList(params.q).join(' ').trim();
  if (q.length > SEARCH_LIMITS.queryChars) {
    q = q.slice(0, SEARCH_LIMITS.queryChars);
    notices.push({ code: 'query_shortened' });
  }
  const [sortValue] = pickValues('sort', asList(params.sort).slice(0, 1), SORTS, notices);
  let sort: SearchSort = sortValue ?? (q ? 'relevance' : 'newest');
  if (sort === 'relevance' && !q) {
    if (sortValue) notices.push({ code: 'relevance_needs_query' });
    sort = 'newest';
  }
  const pageText = asList(params.page)[0] ?? '1';
  let page = /^\d{1,6}$/.test(pageText) ? Number(pageText) : Number.NaN;
  if (!(page >= 1 && page <= SEARCH_LIMITS.maxPage)) {
    notices.push({ code: 'unknown_value', parameter: 'page', value: pageText.slice(0, 60) });
    page = 1;
  }
  const criteria: SearchCriteria = {
    q,
    kind: pickValues('kind', params.kind, FILTERS.kind, notices),
    field: pickValues('field', params.field, FILTERS.field, notices),
    group: pickValues('group', params.group, FILTERS.group, notices),
    city: pickValues('city', params.city, FILTERS.city, notices),
    lang: pickValues('lang', params.lang, FILTERS.lang, notices),
    cost: pickValues('cost', params.cost, FILTERS.cost, notices),
    format: pickValues('format', params.format, FILTERS.format, notices),
    sort,
    page,
  };
  return { criteria, notices };
}

/** Parses anything (a query object, a stored saved search) leniently into criteria. */
export function parseSearch(input: unknown): { criteria: SearchCriteria; notices: SearchNotice[] } {
  const parsed = SearchParamsSchema.safeParse(input ?? {});
  if (parsed.success) return toSearchCriteria(parsed.data);
  // A value of the wrong shape (e.g. a nested object from JSON) is ignored like an unknown value.
  const cleaned: Record<string, string | string[]> = {};
  const notices: SearchNotice[] = [];
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')))
      cleaned[key] = value;
    else notices.push({ code: 'unknown_value', parameter: key.slice(0, 60), value: '' });
  }
  const result = toSearchCriteria(cleaned);
  return { criteria: result.criteria, notices: [...notices, ...result.notices] };
}

/** The query string of a search (stable order), the shareable URL's `?…` part without the leading "?". */
export function searchQueryString(
  criteria: SearchCriteria,
  overrides: { page?: number; sort?: SearchSort } = {},
): string {
  const params = new URLSearchParams();
  if (criteria.q) params.set('q', criteria.q);
  for (const name of FILTER_NAMES) for (const value of criteria[name]) params.append(name, value);
  const sort = overrides.sort ?? criteria.sort;
  if (sort !== (criteria.q ? 'relevance' : 'newest')) params.set('sort', sort);
  const page = overrides.page ?? criteria.page;
  if (page > 1) params.set('page', String(page));
  return params.toString();
}

/** What a saved search keeps: the criteria without page and sort (the digest always lists the newest). */
export function savedQueryOf(criteria: SearchCriteria): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  if (criteria.q) query.q = criteria.q;
  for (const name of FILTER_NAMES) if (criteria[name].length > 0) query[name] = [...criteria[name]];
  return query;
}

export const SaveSearchSchema = z
  .object({
    label: z.string().trim().min(1).max(SEARCH_LIMITS.labelChars),
    query: z.string().max(SEARCH_LIMITS.queryChars * 4),
  })
  .strict();

export const IdParamsSchema = z.object({ lang: z.string(), id: z.string().uuid() }).strict();
export const EmptyFormSchema = z.object({}).strict();
