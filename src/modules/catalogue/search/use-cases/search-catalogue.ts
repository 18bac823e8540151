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
import { days } from '../../../../core/time/durations.js';
import {
  addSlot,
  countBits,
  countBoth,
  emptyBitSet,
  hasSlot,
  intersect,
  slotsOf,
  unite,
  without,
  type BitSet,
} from '../bit-set.js';
import { heldSnapshot, readSearchState, type SearchSnapshot, type SearchState, type WordDim } from '../search-state.js';

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
 * years since the entry was published or updated (see firstHits).
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

/** The freshness factor's half-life in seconds (two years); scores of the future count as now. */
const HALF_LIFE_S = days(2 * 365) / 1000;
/** What a query word adds to the text score where it occurs: title, summary, elsewhere. */
const WORD_WEIGHT = { title: 1.0, summary: 0.4, body: 0.2 } as const;

/** A query word's entries: where it occurs at all, in titles or summaries, in titles (null: nowhere). */
interface WordSets {
  term: BitSet | null;
  rank: BitSet | null;
  title: BitSet | null;
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

interface Ranked {
  slot: number;
  score: number;
}

/**
 * The first `need` hits in the chosen order (decision 040). Newest and title: the state holds the
 * public entries in that order; the first `need` that are hits are the page's. Relevance: the score
 * is the text score times a freshness factor that falls with age. The text score's best value
 * differs by tier — every word in a title: 1; every word in a title or summary; some word only
 * elsewhere — so each tier is scored from its freshest hit on, best tier first, and once the page is
 * full, the first hit whose factor times its tier's best is below the page's last score ends that
 * tier: no older hit of it can reach the page. A small tier is simply scored whole (SCAN_COST).
 */
function firstHits(
  snapshot: SearchSnapshot,
  hits: BitSet,
  sort: SearchCriteria['sort'],
  words: readonly WordSets[],
  need: number,
): number[] {
  const { state } = snapshot;
  if (sort !== 'relevance') {
    const taken: number[] = [];
    for (const slot of state.order(sort)) {
      if (!hasSlot(hits, slot)) continue;
      taken.push(slot);
      if (taken.length === need) break;
    }
    return taken;
  }
  const worse = (a: Ranked, b: Ranked) =>
    a.score !== b.score
      ? a.score < b.score
      : (state.published[a.slot] ?? 0) !== (state.published[b.slot] ?? 0)
        ? (state.published[a.slot] ?? 0) < (state.published[b.slot] ?? 0)
        : (state.ids[a.slot] ?? '') > (state.ids[b.slot] ?? '');
  const page = new BoundedHeap<Ranked>(need, worse);
  const none = emptyBitSet(state.words);
  const allOf = (dim: 'title' | 'rank') => words.reduce((all, word) => intersect(all, word[dim] ?? none), hits);
  const inTitles = allOf('title');
  const inSummaries = allOf('rank');
  const k = words.length;
  const tiers: [BitSet, number][] = [
    [inTitles, WORD_WEIGHT.title],
    [without(inSummaries, inTitles), (k - 1 + WORD_WEIGHT.summary) / k],
    [without(hits, inSummaries), (k - 1 + WORD_WEIGHT.body) / k],
  ];
  const score = (slot: number): Ranked => {
    const ageS = (snapshot.now - (state.fresh[slot] ?? 0)) / 1e6;
    let text = 0;
    for (const word of words)
      text +=
        word.title !== null && hasSlot(word.title, slot)
          ? WORD_WEIGHT.title
          : word.rank !== null && hasSlot(word.rank, slot)
            ? WORD_WEIGHT.summary
            : WORD_WEIGHT.body;
    return { slot, score: (text / k) * freshness(ageS) };
  };
  for (const [tier, best] of tiers) {
    const count = countBits(tier);
    if (count === 0) continue;
    if (count * SCAN_COST <= state.liveSlots.length) {
      for (const slot of slotsOf(tier)) page.offer(score(slot));
      continue;
    }
    for (const slot of state.order('freshness')) {
      if (!hasSlot(tier, slot)) continue;
      const last = page.worst();
      if (last !== undefined && page.isFull()) {
        const bound = best * freshness((snapshot.now - (state.fresh[slot] ?? 0)) / 1e6);
        if (bound + EPSILON < last.score) break;
      }
      page.offer(score(slot));
    }
  }
  return page.sorted().map((ranked) => ranked.slot);
}

/** Room for rounding when a tier's best score is compared with a real one (sums in another order). */
const EPSILON = 1e-9;

/**
 * A tier is scored whole when that costs less than scanning all public entries in the order of
 * freshness: scoring a hit costs about this many times the check of one entry in the scan.
 */
const SCAN_COST = 8;

/** The freshness factor for an age in seconds: 1 now (or in the future), ½ after the half-life. */
const freshness = (ageS: number) => 1.0 / (1.0 + Math.max(0, ageS) / HALF_LIFE_S);

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

/** The `capacity` best items offered, kept in a heap with the worst on top. */
class BoundedHeap<T> {
  private readonly items: T[] = [];
  constructor(
    private readonly capacity: number,
    private readonly worse: (a: T, b: T) => boolean,
  ) {}

  isFull(): boolean {
    return this.items.length >= this.capacity;
  }

  worst(): T | undefined {
    return this.items[0];
  }

  offer(item: T): void {
    const items = this.items;
    if (items.length < this.capacity) {
      items.push(item);
      this.up(items.length - 1);
    } else if (items[0] !== undefined && this.worse(items[0], item)) {
      items[0] = item;
      this.down(0);
    }
  }

  /** Best first. */
  sorted(): T[] {
    return [...this.items].sort((a, b) => (this.worse(a, b) ? 1 : this.worse(b, a) ? -1 : 0));
  }

  private up(index: number): void {
    const items = this.items;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const [child, above] = [items[i] as T, items[parent] as T];
      if (!this.worse(child, above)) break;
      items[i] = above;
      items[parent] = child;
      i = parent;
    }
  }

  private down(index: number): void {
    const items = this.items;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < items.length && this.worse(items[left] as T, items[worst] as T)) worst = left;
      if (right < items.length && this.worse(items[right] as T, items[worst] as T)) worst = right;
      if (worst === i) return;
      const moved = items[i] as T;
      items[i] = items[worst] as T;
      items[worst] = moved;
      i = worst;
    }
  }
}
