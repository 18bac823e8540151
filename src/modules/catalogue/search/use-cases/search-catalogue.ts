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
 * Ranking: ts_rank_cd with the document's weights (title A highest, then summary, body, cities)
 * times a freshness factor that halves over two years since the entry was published or updated.
 * Facets follow the usual rule: the counts of one dimension apply every other dimension's filter
 * but not its own, so choosing "Essen" still shows how many results Bochum would give.
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

  // Each dimension's own filter as a column of the matching set, so facets can leave it out.
  const passes = FILTER_NAMES.map((name) => sql`${filterOf(name, criteria[name])} as p_${sql.raw(name)}`);
  const allPass = sql.raw(FILTER_NAMES.map((name) => `p_${name}`).join(' and '));
  const othersPass = (except: FilterName) => sql.raw(FILTER_NAMES.filter((n) => n !== except).map((n) => `p_${n}`).join(' and '));

  const textMatch = hasText ? sql`and e.search_vector @@ (select query from q)` : sql``;
  const after = options.publishedAfter ? sql`and e.published_at > ${options.publishedAfter}` : sql``;
  const until = options.publishedUntil ? sql`and e.published_at <= ${options.publishedUntil}` : sql``;
  const rank =
    sort === 'relevance'
      ? sql`ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', e.search_vector, (select query from q))
            / (1.0 + extract(epoch from (now() - greatest(e.published_at, e.updated_at))) / 63072000.0)`
      : sql`0`;
  const order =
    sort === 'relevance' ? sql`rank desc, published_at desc, id` : sort === 'newest' ? sql`published_at desc, id` : sql`sort_title, id`;
  const sortTitle = sort === 'title' ? sql`lower(unaccent(e.title))` : sql`''`;

  const facetSelects = FILTER_NAMES.map((name) =>
    COLUMN[name].isArray
      ? sql`select ${name}::text as d, v, count(*)::int as n from m cross join unnest(m.${sql.id(name)}) as v where ${othersPass(name)} group by v`
      : sql`select ${name}::text as d, m.${sql.id(name)} as v, count(*)::int as n from m where ${othersPass(name)} and m.${sql.id(name)} is not null group by m.${sql.id(name)}`,
  );
  const offset = (criteria.page - 1) * pageSize;

  const result = await sql<ResultRow>`
    with q as materialized (select ${hasText ? tsqueryOf(analysed.words) : sql`null::tsquery`} as query),
    m as materialized (
      select e.id, e.published_at, e.kind, e.fields_of_action as field, e.target_groups as "group", e.cities as city,
        e.languages as lang, e.cost, e.format, ${rank} as rank, ${sortTitle} as sort_title, ${sql.join(passes)}
      from catalogue_entries e
      where e.status = 'published' and e.hidden_at is null ${textMatch} ${after} ${until}
    ),
    hits as (select id, rank, published_at, sort_title from m where ${allPass} order by ${order} limit ${pageSize} offset ${offset})
    select
      (select count(*)::int from m where ${allPass}) as total,
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
