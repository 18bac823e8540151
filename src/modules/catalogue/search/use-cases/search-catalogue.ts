import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { City, Database, EntryKind } from '../../../../core/db/schema.js';
import type { LocaleCode } from '../../../../core/i18n/locales.js';
import { analyseQuery, tsqueryOf } from '../query-terms.js';
import { FILTER_NAMES, FILTERS, SEARCH_LIMITS, type FilterName, type SearchCriteria, type SearchNotice } from '../schemas.js';

/**
 * The catalogue search: all published, not hidden entries of every kind, German full text with
 * typo tolerance, filters with counts, three orders and pages of 20 — in one SQL statement after
 * a small lookup of the query's words.
 *
 * Ranking: ts_rank_cd with the weights of titles (A) and summaries (B) from the small rank_vector
 * (an entry found only through its body or cities counts as one body occurrence, C), times a
 * freshness factor that halves over two years since the entry was published or updated.
 * Facets follow the usual rule: the counts of one dimension apply every other dimension's filter
 * but not its own, so choosing "Essen" still shows how many results Bochum would give. They are
 * counted in one pass over the matches (grouping sets), not one pass per dimension.
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
}

const COLUMN: Record<FilterName, { column: RawBuilder<unknown>; isArray: boolean }> = {
  kind: { column: sql`e.kind`, isArray: false },
  field: { column: sql`e.fields_of_action`, isArray: true },
  group: { column: sql`e.target_groups`, isArray: true },
  city: { column: sql`e.cities`, isArray: true },
  lang: { column: sql`e.languages`, isArray: true },
  cost: { column: sql`e.cost`, isArray: false },
  format: { column: sql`e.format`, isArray: false },
};

/** The filter of one dimension as a boolean expression over entry `e`; true when nothing is chosen. */
function filterOf(name: FilterName, values: readonly string[]): RawBuilder<boolean> {
  if (values.length === 0) return sql<boolean>`true`;
  const { column, isArray } = COLUMN[name];
  return isArray ? sql<boolean>`${column} && ${values}::text[]` : sql<boolean>`${column} = any(${values}::text[])`;
}

/** Rank of an entry matched outside its titles and summaries: one occurrence at the body's weight (C). */
const BODY_RANK = 0.2;
/** GROUPING() of the empty grouping set: every dimension aggregated away. */
const ALL_GROUPED = (1 << FILTER_NAMES.length) - 1;

/**
 * The counts the facets need: per dimension, the rows that pass every other chosen filter. Many
 * dimensions share the same condition (with no filter chosen, all of them: a plain count), so
 * each distinct condition is counted once.
 */
function facetCounts(chosen: readonly FilterName[]): { selects: RawBuilder<unknown>[]; column: (filters: readonly FilterName[]) => string } {
  const columns = new Map<string, string>();
  const selects: RawBuilder<unknown>[] = [];
  const column = (filters: readonly FilterName[]): string => {
    const key = filters.join(',');
    let name = columns.get(key);
    if (name === undefined) {
      name = `n${columns.size}`;
      columns.set(key, name);
      const condition = filters.length === 0 ? sql`` : sql` filter (where ${sql.raw(filters.map((f) => `p_${f}`).join(' and '))})`;
      selects.push(sql`count(*)${condition} as ${sql.id(name)}`);
    }
    return name;
  };
  column(chosen);
  for (const name of FILTER_NAMES) column(chosen.filter((other) => other !== name));
  return { selects, column };
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

export async function searchCatalogue(options: SearchCatalogueOptions): Promise<SearchResult> {
  const { db, criteria, locale } = options;
  const pageSize = options.pageSize ?? SEARCH_LIMITS.pageSize;
  const notices: SearchNotice[] = [...(options.notices ?? [])];

  const analysed = criteria.q ? await analyseQuery(db, criteria.q) : { words: [], isShortened: false };
  if (analysed.isShortened && !notices.some((n) => n.code === 'query_shortened')) notices.push({ code: 'query_shortened' });
  for (const word of analysed.words) if (word.alternatives.length > 0) notices.push({ code: 'similar_words', word: word.word });
  const hasText = analysed.words.length > 0;
  const sort = criteria.sort === 'relevance' && !hasText ? 'newest' : criteria.sort;

  // Each chosen filter as a column of the matching set, so a dimension's facet can leave its own out.
  const chosen = FILTER_NAMES.filter((name) => criteria[name].length > 0);
  const passes = chosen.map((name) => sql`${filterOf(name, criteria[name])} as ${sql.id(`p_${name}`)}`);
  const counts = facetCounts(chosen);

  const textMatch = hasText ? sql`and e.search_vector @@ (select query from q)` : sql``;
  const after = options.publishedAfter ? sql`and e.published_at > ${options.publishedAfter}` : sql``;
  const until = options.publishedUntil ? sql`and e.published_at <= ${options.publishedUntil}` : sql``;
  // Ranked from the small rank_vector (titles and summaries, see migration 003): an entry found only
  // through its body or cities scores as one occurrence in the body would, below title and summary.
  const rank =
    sort === 'relevance'
      ? sql`greatest(ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', e.rank_vector, (select query from q)), ${sql.lit(BODY_RANK)})
            / (1.0 + date_part('epoch', now() - greatest(e.published_at, e.updated_at)) / 63072000.0)`
      : sql`0`;
  const order =
    sort === 'relevance' ? sql`rank desc, published_at desc, id` : sort === 'newest' ? sql`published_at desc, id` : sql`sort_title, id`;
  const sortTitle = sort === 'title' ? sql`lower(unaccent(e.title))` : sql`''`;
  const allPass = chosen.length === 0 ? sql`true` : sql.raw(chosen.map((name) => `p_${name}`).join(' and '));

  // Facets in one pass over the matching set: one grouping set per dimension (arrays are grouped as
  // whole arrays, a few hundred distinct ones, and only then unnested) plus the empty set for the
  // total. GROUPING() tells the sets apart: bit 6 - i is set when dimension i is not grouped.
  const dimensions = sql.join(FILTER_NAMES.map((name) => sql.id(name)));
  const facetSelects = FILTER_NAMES.map((name, i) => {
    const gid = ALL_GROUPED ^ (1 << (FILTER_NAMES.length - 1 - i));
    const n = sql.id(counts.column(FILTER_NAMES.filter((other) => other !== name && chosen.includes(other))));
    return COLUMN[name].isArray
      ? sql`select ${name}::text as d, v, sum(g.${n})::int as n from g cross join unnest(g.${sql.id(name)}) as v where g.gid = ${gid} group by v having sum(g.${n}) > 0`
      : sql`select ${name}::text as d, g.${sql.id(name)} as v, g.${n}::int as n from g where g.gid = ${gid} and g.${sql.id(name)} is not null and g.${n} > 0`;
  });
  const total = sql.id(counts.column(chosen));
  const offset = (criteria.page - 1) * pageSize;

  const result = await sql<ResultRow>`
    with q as materialized (select ${hasText ? tsqueryOf(analysed.words) : sql`null::tsquery`} as query),
    m as materialized (
      select e.id, e.published_at, e.kind, e.fields_of_action as field, e.target_groups as "group", e.cities as city,
        e.languages as lang, e.cost, e.format, ${rank} as rank, ${sortTitle} as sort_title${passes.length > 0 ? sql`, ${sql.join(passes)}` : sql``}
      from catalogue_entries e
      where e.status = 'published' and e.hidden_at is null ${textMatch} ${after} ${until}
    ),
    g as materialized (
      select ${dimensions}, grouping(${dimensions}) as gid, ${sql.join(counts.selects)}
      from m group by grouping sets (${sql.join(FILTER_NAMES.map((name) => sql`(${sql.id(name)})`))}, ())
    ),
    hits as (select id, rank, published_at, sort_title from m where ${allPass} order by ${order} limit ${pageSize} offset ${offset})
    select
      (select coalesce(max(g.${total}), 0)::int from g where g.gid = ${ALL_GROUPED}) as total,
      (select coalesce(json_agg(f), '[]'::json) from (${sql.join(facetSelects, sql` union all `)}) f) as facets,
      (select coalesce(json_agg(r.item order by ${order}), '[]'::json) from (
        select h.id, h.rank, h.published_at, h.sort_title, json_build_object(
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
  const facets = Object.fromEntries(FILTER_NAMES.map((name) => [name, [] as { value: string; count: number }[]])) as Facets;
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
