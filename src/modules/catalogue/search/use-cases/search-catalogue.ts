import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { City } from '../../../../region/index.js';
import type { Database } from '../../../../core/db/database.js';
import type { EntryKind } from '../../tables.js';
import type { LocaleCode } from '../../../../core/i18n/locales.js';
import { bestPartialMatch } from '../../../../core/search/partial.js';
import { understandQuery, type PlaceFilter, type QueryTerm } from '../../../../core/search/understand.js';
import { analyseQuery } from '../query-terms.js';
import {
  FILTER_NAMES,
  FILTERS,
  SEARCH_LIMITS,
  type FilterName,
  type SearchCriteria,
  type SearchNotice,
} from '../schemas.js';
import { days } from '../../../../core/time/durations.js';

/**
 * The catalogue search: all published, not hidden entries of every kind, German full text with
 * typo tolerance, filters with counts, three orders and pages of 20 — answered from the search
 * index (migration 006, decision 013) in one SQL statement after a small lookup of the words.
 *
 * Matching, totals and facet counts are AND/OR and bit counts over the index's bit strings, so
 * their cost does not grow with the number of matches. Facets follow the usual rule: the counts of
 * one dimension apply every other dimension's filter but not its own, so choosing "Essen" still
 * shows how many results Bochum would give.
 *
 * Ranking: per query word, 1.0 when it is in a title, 0.4 when in a summary, 0.2 when only
 * elsewhere (body, cities), averaged over the words, times a freshness factor that halves over two
 * years since the entry was published or updated. Only a few entries are scored: the index also
 * groups the matches by month and by how well they match, each group with the best score any
 * member could reach; groups are taken best first until the page is full, then every group that
 * could still beat the page's last entry (see orderedPage). The result is exactly the order of
 * scoring every match.
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
/** Room for rounding when a best possible score is compared with a real one. */
const EPSILON = 1e-9;

const decay = (age: RawBuilder<unknown>) =>
  sql`(1.0 / (1.0 + greatest(0, date_part('epoch', ${age})) / ${sql.lit(HALF_LIFE_S)}.0))`;

/** The bit strings of an ordered dimension's value bits 0 … n-1 (see migration 006), as an array. */
const slicesOf = (dim: 'fresh' | 'published' | 'alpha', bits: number) => sql`array(
  select coalesce(s.members, u.empty) from generate_series(0, ${sql.lit(bits - 1)}) as i
  left join catalogue_search_sets s on s.dim = ${dim} and s.value = i::text order by i)`;

/**
 * The bit string of one chosen filter: entries with any of the chosen values (empty when none
 * has them). Dimension names are the index's 'dim' values.
 */
function chosenFilter(name: FilterName, values: readonly string[]): RawBuilder<unknown> {
  return sql`coalesce((select bit_or(s.members) from catalogue_search_sets s where s.dim = ${name} and s.value = any(${values}::text[])), u.empty)`;
}

/** The matches (column of CTE m) with the chosen filters except `except`. */
function andFilters(chosen: readonly FilterName[], except?: FilterName): RawBuilder<unknown> {
  const parts = chosen.filter((name) => name !== except).map((name) => sql` & m.${sql.id(`p_${name}`)}`);
  return sql`m.matched${sql.join(parts, sql``)}`;
}

interface PagePlan {
  /** CTEs after f: must define `candidates (id, published, sort_title, rank)` holding the first `need` hits in order. */
  ctes: RawBuilder<unknown>;
  order: RawBuilder<unknown>;
}

/**
 * Which few hits to fetch and order so that the page is exact (decision 013).
 *
 * Newest and title: the bit-sliced second of publication or title key gives the first `need` hits
 * (plus ties) directly. Relevance: the text score takes few values — tier 0, every word in a title:
 * exactly 1; tier 1, every word in a title or summary; tier 2, some word only elsewhere — and is
 * multiplied by a freshness factor that falls with age. So the `need` freshest hits of each tier
 * are scored first; the last score s on the page then bounds the rest: a hit of a tier whose best
 * text score is b can only reach s when its factor is at least s / b, that is when it was changed
 * at or after a certain second, and exactly those hits are scored as well.
 */
function planPage(sort: SearchCriteria['sort'], wordCount: number, need: number): PagePlan {
  const fetch = (bits: RawBuilder<unknown>, rank: RawBuilder<unknown>) => sql`
    select e.id, coalesce(e.published_at, e.updated_at) as published, lower(unaccent(e.title)) as sort_title, ${rank} as rank
    from catalogue_search_slots(${bits}) as c(slot) join catalogue_entries e on e.search_slot = c.slot`;
  if (sort !== 'relevance') {
    const [dim, bits, lowest] =
      sort === 'newest' ? (['published', 32, false] as const) : (['alpha', 48, true] as const);
    return {
      ctes: sql`candidates as (${fetch(sql`(select catalogue_search_top(f.hits, ${slicesOf(dim, bits)}, ${need}, ${sql.lit(lowest)}) from f, u)`, sql`0`)})`,
      order: sort === 'newest' ? sql`published desc, id` : sql`sort_title collate "C", id`,
    };
  }
  const k = wordCount;
  const best = (weight: number) => sql.lit((k - 1 + weight) / k);
  const rank = sql`(select avg(case when get_bit(w.title, c.slot) = 1 then ${sql.lit(WORD_WEIGHT.title)} when get_bit(w.rank, c.slot) = 1 then ${sql.lit(WORD_WEIGHT.summary)} else ${sql.lit(WORD_WEIGHT.body)} end) from words w)::float8
    * ${decay(sql`now() - greatest(e.published_at, e.updated_at)`)}`;
  // Oldest second a hit of the tier can have been changed at and still reach the threshold score.
  const ratio = sql`(threshold.s / t.best - ${sql.lit(EPSILON)})`;
  // (At most 200 years back: anything before the year 2000 counts as its start anyway.)
  const firstSecond = sql`catalogue_search_second(now() - make_interval(secs => least(${sql.lit(HALF_LIFE_S)} * (1.0 / ${ratio} - 1.0), ${sql.lit(days(200 * 365) / 1000)})))`;
  return {
    ctes: sql`fresh as materialized (select ${slicesOf('fresh', 32)} as slices from u),
    tiers as materialized (
      select t.bits, t.best, catalogue_search_top(t.bits, fresh.slices, ${need}, false) as freshest
      from f cross join fresh cross join lateral (values
        (f.hits & f.all_title, ${sql.lit(WORD_WEIGHT.title)}::float8),
        (f.hits & f.all_rank & ~f.all_title, ${best(WORD_WEIGHT.summary)}::float8),
        (f.hits & ~f.all_rank, ${best(WORD_WEIGHT.body)}::float8)) as t(bits, best)
    ),
    first_scored as materialized (${fetch(sql`(select bit_or(freshest) from tiers)`, rank)}),
    threshold as (select coalesce((select rank from first_scored order by rank desc offset ${need - 1} limit 1), 0) as s),
    candidates as (
      select * from first_scored
      union all ${fetch(
        sql`(select bit_or(catalogue_search_at_least(t.bits, fresh.slices, ${firstSecond}) & ~t.freshest)
          from tiers t cross join fresh cross join threshold where threshold.s > 0 and ${ratio} <= 1)`,
        rank,
      )}
    )`,
    order: sql`rank desc, published desc, id`,
  };
}

interface ResultRow {
  total: number;
  facets: { d: FilterName; v: string; n: number }[];
  items: {
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
  }[];
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

async function searchTerms(
  options: SearchCatalogueOptions,
  terms: readonly QueryTerm[],
): Promise<Omit<SearchResult, 'places' | 'droppedWord'>> {
  const { db, criteria, locale } = options;
  const pageSize = options.pageSize ?? SEARCH_LIMITS.pageSize;
  const notices: SearchNotice[] = [];

  const analysed = await analyseQuery(db, terms);
  for (const word of analysed.words)
    if (word.alternatives.length > 0) notices.push({ code: 'similar_words', word: word.word });
  const hasText = analysed.words.length > 0;
  const sort = criteria.sort === 'relevance' && !hasText ? 'newest' : criteria.sort;

  const chosen = FILTER_NAMES.filter((name) => criteria[name].length > 0);
  const need = criteria.page * pageSize;
  const offset = (criteria.page - 1) * pageSize;
  const page = planPage(sort, analysed.words.length, need);
  const allOf = (column: 'term' | 'rank' | 'title') =>
    hasText ? sql`(select bit_and(coalesce(w.${sql.id(column)}, u.empty)) from words w)` : sql`u.empty`;
  const window =
    options.publishedAfter || options.publishedUntil
      ? sql` & (select coalesce(bit_or(set_bit(u.empty, e.search_slot, 1)), u.empty) from catalogue_entries e
          where e.status = 'published' and e.hidden_at is null and e.search_slot < bit_length(u.empty)
          ${options.publishedAfter ? sql`and e.published_at > ${options.publishedAfter}` : sql``}
          ${options.publishedUntil ? sql`and e.published_at <= ${options.publishedUntil}` : sql``})`
      : sql``;
  const filterColumns = chosen.map((name) => sql`, ${chosenFilter(name, criteria[name])} as ${sql.id(`p_${name}`)}`);
  const facetBases = FILTER_NAMES.map((name) => sql`, ${andFilters(chosen, name)} as ${sql.id(`b_${name}`)}`);
  const facetBase = sql`case s.dim ${sql.join(
    FILTER_NAMES.map((name) => sql`when ${name} then f.${sql.id(`b_${name}`)}`),
    sql` `,
  )} end`;

  const result = await sql<ResultRow>`
    with u as materialized (select members as empty from catalogue_search_sets where dim = '' and value = ''),
    words as materialized (
      select catalogue_search_word('term', x.spellings) as term, catalogue_search_word('rank', x.spellings) as rank,
        catalogue_search_word('title', x.spellings) as title
      from jsonb_array_elements(${JSON.stringify(analysed.words.map((word) => word.spellings))}::jsonb) as x(spellings)
    ),
    m as materialized (
      select coalesce((select members from catalogue_search_sets where dim = 'live' and value = ''), u.empty)
          ${hasText ? sql`& ${allOf('term')}` : sql``}${window} as matched,
        ${allOf('rank')} as all_rank, ${allOf('title')} as all_title${sql.join(filterColumns, sql``)}
      from u
    ),
    f as materialized (select m.all_rank, m.all_title, ${andFilters(chosen)} as hits${sql.join(facetBases, sql``)} from m),
    ${page.ctes},
    hits as (select id, rank, published, sort_title from candidates order by ${page.order} limit ${pageSize} offset ${offset})
    select
      coalesce((select bit_count(f.hits) from f), 0)::int as total,
      (select coalesce(json_agg(x), '[]'::json) from (
        select s.dim as d, s.value as v, bit_count(${facetBase} & s.members)::int as n
        from catalogue_search_sets s cross join f
        where s.dim in (${sql.join(FILTER_NAMES.map((name) => sql`${name}`))})
      ) x where x.n > 0) as facets,
      (select coalesce(json_agg(r.item order by ${page.order}), '[]'::json) from (
        select h.id, h.rank, h.published, h.sort_title, json_build_object(
          'id', e.id, 'kind', e.kind, 'title', coalesce(t.title, e.title), 'summary', coalesce(t.summary, e.summary),
          'is_fallback', ${locale === 'de' ? sql`false` : sql`t.entry_id is null`},
          'cities', e.cities, 'fields_of_action', e.fields_of_action, 'target_groups', e.target_groups, 'languages', e.languages,
          'cost', e.cost, 'format', e.format, 'organisation_name', o.name, 'published_at', e.published_at, 'starts_at', e.starts_at
        ) as item
        from hits h
        join catalogue_entries e on e.id = h.id
        join organisations o on o.id = e.organisation_id
        left join catalogue_translations t on t.entry_id = e.id and t.locale = ${locale}
      ) r) as items`.execute(db);

  const row = result.rows[0] ?? { total: 0, facets: [], items: [] };
  const facets = Object.fromEntries(
    FILTER_NAMES.map((name) => [name, [] as { value: string; count: number }[]]),
  ) as Facets;
  for (const f of row.facets) facets[f.d].push({ value: f.v, count: f.n });
  for (const name of FILTER_NAMES) {
    const order = FILTERS[name] as readonly string[];
    facets[name].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  }
  return {
    total: row.total,
    page: criteria.page,
    pageCount: Math.max(1, Math.ceil(row.total / pageSize)),
    facets,
    notices,
    items: row.items.map((item) => ({
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
    })),
  };
}
