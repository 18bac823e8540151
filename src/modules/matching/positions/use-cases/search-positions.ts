import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../../../core/db/database.js';
import { bestPartialMatch } from '../../../../core/search/partial.js';
import {
  normaliseWord,
  understandQuery,
  type PlaceFilter,
  type QueryTerm,
} from '../../../../core/search/understand.js';
import { OCCUPATIONS, type City } from '../../../../region/index.js';
import type { Certificate, PositionKind } from '../../tables.js';
import { todayString } from '../records.js';
import { POSITION_SEARCH_LIMITS } from '../search-schemas.js';

/**
 * The public position search: published positions whose deadline has not passed, found by free
 * text (German full text of title and description, and the occupation names), occupation, kind,
 * start date, city and a radius around a postcode.
 *
 * The text is read by core/search like every search of the platform: a city or district in it is
 * a city filter, synonyms widen each word, and when no position holds every word the best partial
 * match is shown with the word left out. Order: by distance when a radius is given (the distance
 * is shown), else by relevance when there is text, else newest first. Distances come from
 * matching's postcode distance table (postcode area to postcode area).
 */
export interface PositionSearchCriteria {
  q: string;
  kind?: PositionKind | undefined;
  occupation?: string | undefined;
  city?: City | undefined;
  certificate?: Certificate | undefined;
  language?: string | undefined;
  /** Positions starting on or after this day (YYYY-MM-DD). */
  start?: string | undefined;
  /** Radius in km around `origin`. */
  radiusKm?: number | undefined;
  /** The postcode distances are measured from (typed, or the applicant's own). */
  origin?: string | undefined;
  page: number;
}

export interface PositionHit {
  id: string;
  title: string;
  kind: PositionKind;
  occupationId: string;
  city: City;
  postcode: string;
  startsOn: string;
  deadline: string;
  organisationName: string;
  /** Distance from the origin in km, when there is an origin. */
  km: number | null;
}

export interface PositionSearchResult {
  items: PositionHit[];
  total: number;
  page: number;
  pageCount: number;
  places: PlaceFilter[];
  /** The word left out when no position held every word, else null. */
  droppedWord: string | null;
}

/** Occupations whose name holds the text of every word of the phrase ("Kfz" → Kfz-Mechatroniker/-in). */
export function occupationsMatching(phrase: string): string[] {
  const words = phrase
    .split(/[\s/]+/)
    .map(normaliseWord)
    .filter((word) => word.length >= 3);
  if (words.length === 0) return [];
  return OCCUPATIONS.filter((occupation) => {
    const name = normaliseWord(occupation.name);
    return words.every((word) => name.includes(word));
  }).map((occupation) => occupation.id);
}

/** The condition of one term: a spelling of it (or a synonym) in the text, or an occupation it names. */
function termCondition(term: QueryTerm): RawBuilder<boolean> {
  const phrases = [term.text, ...term.synonyms];
  const query = sql.join(
    phrases.map((phrase) => sql`plainto_tsquery('vr_german', ${phrase})`),
    sql` || `,
  );
  const occupations = [...new Set(phrases.flatMap(occupationsMatching))];
  return sql<boolean>`(numnode(plainto_tsquery('vr_german', ${term.text})) = 0 or p.search_vector @@ (${query})${
    occupations.length > 0 ? sql` or p.occupation_id = any(${occupations}::text[])` : sql``
  })`;
}

interface HitRow {
  id: string;
  title: string;
  kind: PositionKind;
  occupation_id: string;
  city: City;
  postcode: string;
  starts_on: string;
  deadline: string;
  organisation_name: string;
  km: number | null;
  total: string;
}

const toHit = (row: HitRow): PositionHit => ({
  id: row.id,
  title: row.title,
  kind: row.kind,
  occupationId: row.occupation_id,
  city: row.city,
  postcode: row.postcode,
  startsOn: String(row.starts_on).slice(0, 10),
  deadline: String(row.deadline).slice(0, 10),
  organisationName: row.organisation_name,
  km: row.km === null ? null : Number(row.km),
});

/** One page of positions for the terms and cities (the shared query of the search and of the help without results). */
export async function queryPositions(
  db: Kysely<Database>,
  criteria: PositionSearchCriteria,
  terms: readonly QueryTerm[],
  cities: readonly City[],
  window: { limit: number; offset: number; withinRadius: boolean },
): Promise<{ items: PositionHit[]; total: number }> {
  const conditions: RawBuilder<unknown>[] = [
    sql`p.status = 'published'`,
    sql`p.deadline >= ${todayString()}::date`,
    ...terms.map(termCondition),
  ];
  if (criteria.kind) conditions.push(sql`p.kind = ${criteria.kind}`);
  if (criteria.occupation) conditions.push(sql`p.occupation_id = ${criteria.occupation}`);
  if (cities.length > 0) conditions.push(sql`p.city = any(${cities}::text[])`);
  if (criteria.certificate) conditions.push(sql`p.required_certificate = ${criteria.certificate}`);
  if (criteria.language) conditions.push(sql`p.languages @> ${JSON.stringify([{ code: criteria.language }])}::jsonb`);
  if (criteria.start) conditions.push(sql`p.starts_on >= ${criteria.start}::date`);
  const origin = criteria.origin;
  if (origin && window.withinRadius && criteria.radiusKm !== undefined)
    conditions.push(sql`d.km <= ${criteria.radiusKm}`);
  const hasText = terms.length > 0;
  const allText = hasText
    ? sql.join(
        terms.flatMap((term) =>
          [term.text, ...term.synonyms].map((phrase) => sql`plainto_tsquery('vr_german', ${phrase})`),
        ),
        sql` || `,
      )
    : sql`''::tsquery`;
  const order = origin
    ? sql`d.km, p.published_at desc, p.id`
    : hasText
      ? sql`ts_rank(p.search_vector, ${allText}) desc, p.published_at desc, p.id`
      : sql`p.published_at desc, p.id`;
  const result = await sql<HitRow>`
    select p.id, p.title, p.kind, p.occupation_id, p.city, p.postcode, p.starts_on::text as starts_on,
      p.deadline::text as deadline, o.name as organisation_name, ${origin ? sql`d.km` : sql`null::float8`} as km,
      count(*) over () as total
    from positions p
    join organisations o on o.id = p.organisation_id
    ${origin ? sql`join postcode_distances d on d.from_postcode = ${origin} and d.to_postcode = p.postcode` : sql``}
    where ${sql.join(conditions, sql` and `)}
    order by ${order}
    limit ${window.limit} offset ${window.offset}`.execute(db);
  let total = Number(result.rows[0]?.total ?? 0);
  if (result.rows.length === 0 && window.offset > 0) {
    // A page past the end: count without fetching.
    const counted = await queryPositions(db, criteria, terms, cities, { ...window, limit: 1, offset: 0 });
    total = counted.total;
  }
  return { items: result.rows.map(toHit), total };
}

export async function searchPositions(options: {
  db: Kysely<Database>;
  criteria: PositionSearchCriteria;
  pageSize?: number;
}): Promise<PositionSearchResult> {
  const { db, criteria } = options;
  const pageSize = options.pageSize ?? POSITION_SEARCH_LIMITS.pageSize;
  const understood = understandQuery(criteria.q);
  const cities = [...new Set([...(criteria.city ? [criteria.city] : []), ...understood.places.map((p) => p.city)])];
  const window = { limit: pageSize, offset: (criteria.page - 1) * pageSize, withinRadius: true };
  const run = (terms: readonly QueryTerm[]) => queryPositions(db, criteria, terms, cities, window);
  let found = await run(understood.terms);
  let droppedWord: string | null = null;
  if (found.total === 0) {
    const partial = await bestPartialMatch(understood.terms, run);
    if (partial) {
      found = partial.result;
      droppedWord = partial.dropped.text;
    }
  }
  return {
    ...found,
    page: criteria.page,
    pageCount: Math.max(1, Math.ceil(found.total / pageSize)),
    places: understood.places,
    droppedWord,
  };
}
