import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { FILTER_NAMES, type FilterName } from './schemas.js';
import { addSlot, emptyBitSet, fromPostgresBits, wordsFor, type BitSet } from './bit-set.js';
import type { AnalysedQuery } from './query-terms.js';

/**
 * What a catalogue search needs besides the words, held in the process (decision 040): the public
 * entries' slots, filter values as bit sets, and the times and titles they are ordered by. It is
 * read in one statement and kept under the catalogue's version token (migration 034). With it the
 * process keeps, under the same token, the words' sets from catalogue_search_sets and the analysis of
 * queries (query-terms.ts), both asked for when missing. Every search reads the token in the same
 * statement as its page's entries and starts again when it differs from the one it computed with, so
 * a search that holds everything asks the database once.
 */
export type WordDim = 'term' | 'rank' | 'title';
export type SearchOrder = 'newest' | 'title' | 'freshness';

export interface SearchState {
  token: string | null;
  /** The length of every set, in 32-bit words. */
  words: number;
  live: BitSet;
  liveSlots: Int32Array;
  values: Record<FilterName, Map<string, BitSet>>;
  ids: string[];
  /** Per slot, microseconds since 1970: publication (or last change when never published). */
  published: Float64Array;
  /** Per slot: the later of publication and last change (the freshness factor's time). */
  fresh: Float64Array;
  /** Per slot: publication, NaN when never published. */
  publishedAt: Float64Array;
  /** Per slot: the title in lower case without accents (the order of sort=title). */
  sortTitles: string[];
  /** The public slots in one order, made when first asked for. */
  order(order: SearchOrder): Int32Array;
  /** The words' sets read so far under this token (least recently used first). */
  wordSets: Map<string, BitSet | null>;
  /** Queries analysed under this token, by their terms (least recently used first). */
  analyses: Map<string, AnalysedQuery>;
}

export interface SearchSnapshot {
  state: SearchState;
  /** Now, in microseconds since 1970 (the freshness factor's clock). */
  now: number;
  /** The set of a lexeme in a word dimension; null when no public entry has it. */
  wordSet(dim: WordDim, lexeme: string): BitSet | null;
}

const WORD_DIMS: readonly WordDim[] = ['term', 'rank', 'title'];
/** Words' sets kept per process (8 KB each at 65,536 slots). */
const KEPT_WORD_SETS = 1_500;
/** Analysed queries kept per process. */
const KEPT_ANALYSES = 2_000;
/** Reads of the token before a search goes on with what it has (writes arriving faster than reads). */
const ATTEMPTS = 3;

type EntryRow = [
  slot: number,
  id: string,
  published: number,
  fresh: number,
  publishedAt: number | null,
  sortTitle: string,
  kind: string,
  fields: string[],
  groups: string[],
  cities: string[],
  languages: string[],
  cost: string | null,
  format: string | null,
];

interface Holder {
  state: SearchState | null;
  loading: Promise<SearchState> | null;
}

const holders = new WeakMap<Kysely<Database>, Holder>();
const setKey = (dim: WordDim, lexeme: string) => `${dim}:${lexeme}`;

/**
 * The state and the sets of the given lexemes, as the process holds them, without asking the
 * database; null when it does not hold the state, the query's analysis or one of the sets. The
 * caller checks the token when it reads the page.
 */
export function heldSnapshot(
  db: Kysely<Database>,
  query: string,
): { snapshot: SearchSnapshot; analysed: AnalysedQuery } | null {
  const state = holders.get(db)?.state;
  const analysed = state?.analyses.get(query);
  if (!state || !analysed) return null;
  const snapshot = heldFor(state, query, analysed);
  return snapshot && { snapshot, analysed };
}

/**
 * The snapshot from what the state holds, when it holds every set of the analysed query (the state
 * then keeps the analysis); else null.
 */
function heldFor(state: SearchState, query: string, analysed: AnalysedQuery): SearchSnapshot | null {
  const wanted = wantedSets(lexemesOf(analysed));
  if (!wanted.every(({ key }) => state.wordSets.has(key))) return null;
  remember(state.analyses, query, analysed, KEPT_ANALYSES);
  return snapshotOf(state, wanted, new Map(), true);
}

/** Every lexeme of every spelling of an analysed query's words, once. */
export const lexemesOf = (analysed: AnalysedQuery): string[] => [
  ...new Set(analysed.words.flatMap((word) => word.spellings.flat())),
];

const wantedSets = (lexemes: readonly string[]) =>
  WORD_DIMS.flatMap((dim) => lexemes.map((lexeme) => ({ dim, lexeme, key: setKey(dim, lexeme) })));

/**
 * The state for the catalogue as it is now, with the sets of the analysed query's lexemes; the
 * analysis is kept under the version it was made in. When the process holds the version the
 * analysis read (query-terms.ts) and every set, nothing more is asked.
 */
export async function readSearchState(
  db: Kysely<Database>,
  query: string,
  analysed: AnalysedQuery,
): Promise<SearchSnapshot> {
  let holder = holders.get(db);
  if (!holder) {
    holder = { state: null, loading: null };
    holders.set(db, holder);
  }
  const seen = analysed.seen;
  const held = holder.state;
  const fromHeld = seen && held && held.token === seen.token ? heldFor(held, query, analysed) : null;
  if (fromHeld) return fromHeld;
  const wanted = wantedSets(lexemesOf(analysed));
  for (let attempt = 1; ; attempt++) {
    const last = attempt >= ATTEMPTS;
    const known = holder.state;
    const missing = last || !known ? wanted : wanted.filter(({ key }) => !known.wordSets.has(key));
    const probe = await sql<{ token: string | null; sets: [WordDim, string, string][] }>`
      select (select token::text from catalogue_search_version) as token,
        (select coalesce(json_agg(json_build_array(s.dim, s.value, encode(varbit_send(s.members), 'base64'))), '[]'::json)
          from catalogue_search_sets s
          where s.dim in ('term', 'rank', 'title') and s.value = any(${[...new Set(missing.map((m) => m.lexeme))]}::text[])) as sets`.execute(
      db,
    );
    const row = probe.rows[0];
    if (!row) throw new Error('the search probe returned no row');
    let state = known;
    if (!state || state.token !== row.token) {
      state = await loadShared(db, holder);
      // The sets were asked for against the state before: ask again, unless writes keep coming.
      if (!last) continue;
    }
    const found = new Map<string, BitSet | null>(missing.map(({ key }) => [key, null]));
    for (const [dim, value, bits] of row.sets)
      found.set(setKey(dim, value), fromPostgresBits(Buffer.from(bits, 'base64'), state.words));
    const keep = state.token === row.token;
    // The analysis belongs to this version when it read the same token (or read none: no words).
    if (keep && (seen === undefined || seen.token === row.token))
      remember(state.analyses, query, analysed, KEPT_ANALYSES);
    return snapshotOf(state, wanted, found, keep);
  }
}

/** Map keeps insertion order: re-inserting makes a value the most recently used; the least go first. */
function remember<T>(map: Map<string, T>, key: string, value: T, most: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > most) {
    const oldest = map.keys().next();
    if (oldest.done) break;
    map.delete(oldest.value);
  }
}

/**
 * The snapshot of one search: the sets it asked for from `found`, else from those the state holds.
 * `keep`: the sets belong to the state's version, so the state keeps them.
 */
function snapshotOf(
  state: SearchState,
  wanted: readonly { key: string }[],
  found: ReadonlyMap<string, BitSet | null>,
  keep: boolean,
): SearchSnapshot {
  const local = new Map<string, BitSet | null>();
  for (const { key } of wanted) {
    const set = found.has(key) ? (found.get(key) ?? null) : (state.wordSets.get(key) ?? null);
    local.set(key, set);
    if (keep) remember(state.wordSets, key, set, KEPT_WORD_SETS);
  }
  return { state, now: Date.now() * 1000, wordSet: (dim, lexeme) => local.get(setKey(dim, lexeme)) ?? null };
}

/** One read at a time per database: searches that find the same new token wait for the same read. */
function loadShared(db: Kysely<Database>, holder: Holder): Promise<SearchState> {
  const loading = holder.loading;
  if (loading) return loading;
  const started = loadState(db)
    .then((state) => {
      holder.state = state;
      return state;
    })
    .finally(() => {
      holder.loading = null;
    });
  holder.loading = started;
  return started;
}

async function loadState(db: Kysely<Database>): Promise<SearchState> {
  const result = await sql<{ token: string | null; entries: EntryRow[] }>`
    select (select token::text from catalogue_search_version) as token,
      (select coalesce(json_agg(json_build_array(e.search_slot, e.id,
          (extract(epoch from coalesce(e.published_at, e.updated_at)) * 1000000)::float8,
          (extract(epoch from greatest(e.published_at, e.updated_at)) * 1000000)::float8,
          (extract(epoch from e.published_at) * 1000000)::float8,
          lower(unaccent(e.title)), e.kind, e.fields_of_action, e.target_groups, e.cities, e.languages, e.cost, e.format)), '[]'::json)
        from catalogue_entries e where e.status = 'published' and e.hidden_at is null) as entries`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('the search state query returned no row');
  return stateOf(row.token, row.entries);
}

function stateOf(token: string | null, entries: readonly EntryRow[]): SearchState {
  const top = entries.reduce((max, entry) => Math.max(max, entry[0]), -1);
  const words = wordsFor(top + 1);
  const size = top + 1;
  const live = emptyBitSet(words);
  const values = Object.fromEntries(FILTER_NAMES.map((name) => [name, new Map<string, BitSet>()])) as Record<
    FilterName,
    Map<string, BitSet>
  >;
  const ids: string[] = new Array<string>(size);
  const sortTitles: string[] = new Array<string>(size);
  const published = new Float64Array(size);
  const fresh = new Float64Array(size);
  const publishedAt = new Float64Array(size).fill(Number.NaN);
  const add = (name: FilterName, value: string | null, slot: number) => {
    if (value === null) return;
    let set = values[name].get(value);
    if (!set) {
      set = emptyBitSet(words);
      values[name].set(value, set);
    }
    addSlot(set, slot);
  };
  for (const [slot, id, pub, fr, pubAt, sortTitle, kind, fields, groups, cities, languages, cost, format] of entries) {
    addSlot(live, slot);
    ids[slot] = id;
    sortTitles[slot] = sortTitle;
    published[slot] = pub;
    fresh[slot] = fr;
    if (pubAt !== null) publishedAt[slot] = pubAt;
    add('kind', kind, slot);
    for (const value of fields) add('field', value, slot);
    for (const value of groups) add('group', value, slot);
    for (const value of cities) add('city', value, slot);
    for (const value of languages) add('lang', value, slot);
    add('cost', cost, slot);
    add('format', format, slot);
  }
  const liveSlots = Int32Array.from(entries.map((entry) => entry[0]));
  const byId = (a: number, b: number) => compareText(ids[a] ?? '', ids[b] ?? '');
  const comparators: Record<SearchOrder, (a: number, b: number) => number> = {
    newest: (a, b) => (published[b] ?? 0) - (published[a] ?? 0) || byId(a, b),
    title: (a, b) => compareCodePoints(sortTitles[a] ?? '', sortTitles[b] ?? '') || byId(a, b),
    freshness: (a, b) => (fresh[b] ?? 0) - (fresh[a] ?? 0),
  };
  const orders = new Map<SearchOrder, Int32Array>();
  return {
    token,
    words,
    live,
    liveSlots,
    values,
    ids,
    published,
    fresh,
    publishedAt,
    sortTitles,
    wordSets: new Map(),
    analyses: new Map(),
    order(order) {
      let slots = orders.get(order);
      if (!slots) {
        slots = liveSlots.slice().sort(comparators[order]);
        orders.set(order, slots);
      }
      return slots;
    },
  };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Text in the order of its code points, as PostgreSQL's collation "C" orders UTF-8. JavaScript
 * compares UTF-16 units, which puts characters above U+FFFF (surrogate pairs) before U+E000–U+FFFF;
 * the units are moved so that they come after.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

const codePointRank = (unit: number) =>
  unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2000 : unit;
