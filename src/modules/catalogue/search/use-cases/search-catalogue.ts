import { sql, type Kysely } from 'kysely';
import type { City } from '../../../../region/index.js';
import type { Database } from '../../../../core/db/database.js';
import type { EntryKind } from '../../tables.js';
import type { LocaleCode } from '../../../../core/i18n/locales.js';
import { bestPartialMatch } from '../../../../core/search/partial.js';
import { understandQuery, type PlaceFilter, type QueryTerm } from '../../../../core/search/understand.js';
import { analyseQuery, type AnalysedQuery } from '../query-terms.js';
import {
  FILTER_NAMES,
  FILTERS,
  SEARCH_LIMITS,
  type FilterName,
  type SearchCriteria,
  type SearchNotice,
} from '../schemas.js';
import { addSlot, countBits, countBoth, emptyBitSet, intersect, unite, type BitSet } from '../bit-set.js';
import { heldSnapshot, readSearchState, type SearchSnapshot, type SearchState, type WordDim } from '../search-state.js';
import { firstHits, type WordSets } from '../page-order.js';

/**
 * The catalogue search: all published, not hidden entries of every kind, German full text with
 * typo tolerance, filters with counts, three orders and pages of 20 (decisions 013 and 040).
 *
 * Matching, totals and facet counts are AND/OR and bit counts over sets of entry slots that the
 * process holds (search-state.ts), so their cost does not grow with the number of matches. The
 * database is asked for the page's twenty entries and the catalogue's version in one statement; only
 * for words or a version the process does not hold yet is it asked more (the words' analysis in
 * query-terms.ts, their sets, the state). A search that finds the version changed starts again.
 * Facets follow the usual rule: the counts of one dimension apply every other dimension's filter but
 * not its own, so choosing "Essen" still shows how many results Bochum would give.
 *
 * Ranking: per query word, 1.0 when it is in a title, 0.4 when in a summary, 0.2 when only
 * elsewhere (body, cities), averaged over the words, times a freshness factor that halves over two
 * years since the entry was published or updated (page-order.ts).
 */
export interface SearchHit {
  id: string;
  kind: EntryKind;
  title: string;
  summary: string;
  /** Locale the title and summary are in: the viewer's, or German when there is no translation. */
  locale: string;
  isFallback: boolean;
  cities: City[];
  fieldsOfAction: string[];
  targetGroups: string[];
  languages: string[];
  cost: 'free' | 'fee' | null;
  format: 'in_person' | 'online' | 'hybrid' | null;
  organisationName: string;
  publishedAt: string;
  startsAt: string | null;
}

export type Facets = Record<FilterName, { value: string; count: number }[]>;

export interface SearchResult {
  items: SearchHit[];
  total: number;
  page: number;
  pageCount: number;
  facets: Facets;
  notices: SearchNotice[];
  /** Cities and districts named in the query, applied as city filters (each removable). */
  places: PlaceFilter[];
  /** When no entry held every word: the word left out for the partial matches shown, else null. */
  droppedWord: string | null;
}

export interface SearchCatalogueOptions {
  db: Kysely<Database>;
  criteria: SearchCriteria;
  locale: LocaleCode;
  /** Notices found while reading the parameters; returned with the result. */
  notices?: SearchNotice[];
  /** Only entries published in (publishedAfter, publishedUntil] (saved-search digests). */
  publishedAfter?: Date;
  publishedUntil?: Date;
  pageSize?: number;
  /** Whether a search without full matches shows the best partial match (default true; digests: false). */
  partialMatches?: boolean;
}

/** The entries where one of the word's spellings has all its lexemes: OR over spellings of AND over lexemes. */
function setOfWord(snapshot: SearchSnapshot, dim: WordDim, spellings: readonly string[][]): BitSet | null {
  let result: BitSet | null = null;
  for (const spelling of spellings) {
    let bits: BitSet | null = null;
    for (const lexeme of spelling) {
      const set = snapshot.wordSet(dim, lexeme);
      if (set === null) {
        bits = null;
        break;
      }
      bits = bits === null ? set : intersect(bits, set);
    }
    if (bits !== null) result = result === null ? bits : unite(result, bits);
  }
  return result;
}

interface ItemRow {
  id: string;
  kind: EntryKind;
  title: string;
  summary: string;
  is_fallback: boolean;
  cities: City[];
  fields_of_action: string[];
  target_groups: string[];
  languages: string[];
  cost: 'free' | 'fee' | null;
  format: 'in_person' | 'online' | 'hybrid' | null;
  organisation_name: string;
  published_at: string;
  starts_at: string | null;
}

/**
 * The entries of a page as the viewer reads them, in the page's order (an entry gone since is left
 * out), and the catalogue's version read in the same statement.
 */
async function pageOf(
  db: Kysely<Database>,
  ids: readonly string[],
  locale: LocaleCode,
): Promise<{ token: string | null; items: SearchHit[] }> {
  const result = await sql<{ token: string | null; items: ItemRow[] }>`
    select (select token::text from catalogue_search_version) as token,
      (select coalesce(json_agg(json_build_object(
          'id', e.id, 'kind', e.kind, 'title', coalesce(t.title, e.title), 'summary', coalesce(t.summary, e.summary),
          'is_fallback', ${locale === 'de' ? sql`false` : sql`t.entry_id is null`}, 'cities', e.cities,
          'fields_of_action', e.fields_of_action, 'target_groups', e.target_groups, 'languages', e.languages,
          'cost', e.cost, 'format', e.format, 'organisation_name', o.name, 'published_at', e.published_at,
          'starts_at', e.starts_at)), '[]'::json)
        from catalogue_entries e
        join organisations o on o.id = e.organisation_id
        left join catalogue_translations t on t.entry_id = e.id and t.locale = ${locale}
        where e.id = any(${ids}::uuid[]) and e.status = 'published' and e.hidden_at is null) as items`.execute(db);
  const row = result.rows[0];
  const byId = new Map((row?.items ?? []).map((item) => [item.id, item]));
  const items = ids.flatMap((id) => {
    const item = byId.get(id);
    if (!item) return [];
    return [
      {
        id: item.id,
        kind: item.kind,
        title: item.title,
        summary: item.summary,
        locale: item.is_fallback ? 'de' : locale,
        isFallback: item.is_fallback,
        cities: item.cities,
        fieldsOfAction: item.fields_of_action,
        targetGroups: item.target_groups,
        languages: item.languages,
        cost: item.cost,
        format: item.format,
        organisationName: item.organisation_name,
        publishedAt: new Date(item.published_at).toISOString(),
        startsAt: item.starts_at ? new Date(item.starts_at).toISOString() : null,
      },
    ];
  });
  return { token: row?.token ?? null, items };
}

/**
 * The search as people type it (core/search): a city or district named in the text becomes a city
 * filter, synonyms widen each word, and when no entry holds every word the best partial match is
 * shown with the word that was left out.
 */
export async function searchCatalogue(options: SearchCatalogueOptions): Promise<SearchResult> {
  const understood = understandQuery(options.criteria.q);
  const notices: SearchNotice[] = [...(options.notices ?? [])];
  if (understood.isShortened && !notices.some((n) => n.code === 'query_shortened'))
    notices.push({ code: 'query_shortened' });
  const cities = [...options.criteria.city];
  for (const place of understood.places) if (!cities.includes(place.city)) cities.push(place.city);
  const criteria: SearchCriteria = { ...options.criteria, city: cities };
  const run = (terms: readonly QueryTerm[]) => searchTerms({ ...options, criteria, notices: [] }, terms);
  let result = await run(understood.terms);
  let droppedWord: string | null = null;
  if (result.total === 0 && options.partialMatches !== false) {
    const partial = await bestPartialMatch(understood.terms, run);
    if (partial) {
      result = partial.result;
      droppedWord = partial.dropped.text;
    }
  }
  return { ...result, notices: [...notices, ...result.notices], places: understood.places, droppedWord };
}

/** How often a search starts again when the catalogue changed while it ran, before it shows what it has. */
const ATTEMPTS = 3;

async function searchTerms(
  options: SearchCatalogueOptions,
  terms: readonly QueryTerm[],
): Promise<Omit<SearchResult, 'places' | 'droppedWord'>> {
  const { db } = options;
  const query = JSON.stringify(terms);
  for (let attempt = 1; ; attempt++) {
    // A search the process holds everything for asks the database once, for its page (and the version).
    const held = attempt === 1 ? heldSnapshot(db, query) : null;
    let analysed: AnalysedQuery;
    let snapshot: SearchSnapshot;
    if (held) ({ analysed, snapshot } = held);
    else {
      analysed = await analyseQuery(db, terms);
      snapshot = await readSearchState(db, query, analysed);
    }
    const found = searchSnapshot(options, analysed, snapshot);
    const { token, items } = await pageOf(db, found.ids, options.locale);
    if (token === snapshot.state.token || attempt >= ATTEMPTS) {
      const { ids: _ids, ...result } = found;
      return { ...result, items };
    }
  }
}

/** The search over one snapshot of the catalogue: total, facets, notices and the page's entry ids. */
function searchSnapshot(
  options: SearchCatalogueOptions,
  analysed: AnalysedQuery,
  snapshot: SearchSnapshot,
): Omit<SearchResult, 'places' | 'droppedWord' | 'items'> & { ids: string[] } {
  const { criteria } = options;
  const pageSize = options.pageSize ?? SEARCH_LIMITS.pageSize;
  const notices: SearchNotice[] = [];
  for (const word of analysed.words)
    if (word.alternatives.length > 0) notices.push({ code: 'similar_words', word: word.word });
  const hasText = analysed.words.length > 0;
  const sort = criteria.sort === 'relevance' && !hasText ? 'newest' : criteria.sort;

  const { state } = snapshot;
  const none = emptyBitSet(state.words);
  const words: WordSets[] = analysed.words.map((word) => ({
    term: setOfWord(snapshot, 'term', word.spellings),
    rank: setOfWord(snapshot, 'rank', word.spellings),
    title: setOfWord(snapshot, 'title', word.spellings),
  }));

  let matched = state.live;
  for (const word of words) matched = intersect(matched, word.term ?? none);
  if (options.publishedAfter || options.publishedUntil)
    matched = intersect(matched, publishedWithin(state, options.publishedAfter, options.publishedUntil));
  const chosen = FILTER_NAMES.filter((name) => criteria[name].length > 0);
  const filters = new Map(
    chosen.map((name) => [
      name,
      (criteria[name] as readonly string[]).reduce(
        (any, value) => unite(any, state.values[name].get(value) ?? none),
        none,
      ),
    ]),
  );
  const filtered = (except?: FilterName) =>
    chosen.reduce((bits, name) => (name === except ? bits : intersect(bits, filters.get(name) ?? none)), matched);
  const hits = filtered();

  const facets = Object.fromEntries(
    FILTER_NAMES.map((name) => [name, [] as { value: string; count: number }[]]),
  ) as Facets;
  for (const name of FILTER_NAMES) {
    const base = filters.has(name) ? filtered(name) : hits;
    for (const [value, set] of state.values[name]) {
      const count = countBoth(base, set);
      if (count > 0) facets[name].push({ value, count });
    }
    const order = FILTERS[name] as readonly string[];
    facets[name].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  }

  const total = countBits(hits);
  const offset = (criteria.page - 1) * pageSize;
  const slots = firstHits(snapshot, hits, sort, words, criteria.page * pageSize).slice(offset, offset + pageSize);
  return {
    total,
    page: criteria.page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    facets,
    notices,
    ids: slots.flatMap((slot) => state.ids[slot] ?? []),
  };
}

/** The public entries published in (after, until] (saved-search digests). */
function publishedWithin(state: SearchState, after: Date | undefined, until: Date | undefined): BitSet {
  const within = emptyBitSet(state.words);
  const from = after ? after.getTime() * 1000 : Number.NEGATIVE_INFINITY;
  const to = until ? until.getTime() * 1000 : Number.POSITIVE_INFINITY;
  for (const slot of state.liveSlots) {
    const at = state.publishedAt[slot] ?? Number.NaN;
    if (at > from && at <= to) addSlot(within, slot);
  }
  return within;
}
