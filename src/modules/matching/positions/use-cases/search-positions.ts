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
  /** All matches, at most POSITION_COUNT_CAP. */
  total: number;
  /** More positions match than `total` says ("more than 1,000"). */
  totalIsCapped: boolean;
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

/** The query of one term: a spelling of it or a synonym, in a vector's words. */
function termQuery(term: QueryTerm): RawBuilder<unknown> {
  return sql.join(
    [term.text, ...term.synonyms].map((phrase) => sql`plainto_tsquery('vr_german', ${phrase})`),
    sql` || `,
  );
}

/** Occupations a term names, by any of its spellings. */
const occupationsOf = (term: QueryTerm): string[] => [
  ...new Set([term.text, ...term.synonyms].flatMap(occupationsMatching)),
];

/**
 * The condition of one term on one vector (the whole text, or the title alone): a spelling of it (or a
 * synonym) in the vector, or an occupation it names. A term without searchable words (a stop word) holds
 * everywhere.
 */
function termCondition(term: QueryTerm, vector: 'search_vector' | 'title_vector'): RawBuilder<boolean> {
  const occupations = occupationsOf(term);
  return sql<boolean>`(numnode(plainto_tsquery('vr_german', ${term.text})) = 0 or p.${sql.raw(vector)} @@ (${termQuery(term)})${
    occupations.length > 0 ? sql` or p.occupation_id = any(${occupations}::text[])` : sql``
  })`;
}

/** Counts stop here: beyond it the search says "more than" (and pages stop there). */
export const POSITION_COUNT_CAP = 1000;

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

/**
 * One page of positions for the terms and cities (the shared query of the search and of the help
 * without results), with the number of all matches up to POSITION_COUNT_CAP.
 *
 * Relevance (text without a radius) is decided in two tiers, like the catalogue's title weight: first
 * the positions whose title (or occupation) holds every word, then those with a word only in the
 * description; within a tier the newest first. Each tier is read newest first and stops when the page
 * is full, so a word that every position holds costs a page, not every position.
 */
export async function queryPositions(
  db: Kysely<Database>,
  criteria: PositionSearchCriteria,
  terms: readonly QueryTerm[],
  cities: readonly City[],
  window: { limit: number; offset: number; withinRadius: boolean },
): Promise<{ items: PositionHit[]; total: number; totalIsCapped: boolean }> {
  const conditions: RawBuilder<unknown>[] = [
    sql`p.status = 'published'`,
    sql`p.deadline >= ${todayString()}::date`,
    ...terms.map((term) => termCondition(term, 'search_vector')),
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
  const distances = origin
    ? sql`join postcode_distances d on d.from_postcode = ${origin} and d.to_postcode = p.postcode`
    : sql``;

  const page = async (extra: RawBuilder<unknown> | null, limit: number, offset: number): Promise<HitRow[]> => {
    if (limit <= 0) return [];
    const where = sql.join(extra ? [...conditions, extra] : conditions, sql` and `);
    const result = await sql<HitRow>`
      select p.id, p.title, p.kind, p.occupation_id, p.city, p.postcode, p.starts_on::text as starts_on,
        p.deadline::text as deadline, o.name as organisation_name, ${origin ? sql`d.km` : sql`null::float8`} as km
      from positions p
      join organisations o on o.id = p.organisation_id
      ${distances}
      where ${where}
      order by ${origin ? sql`d.km, ` : sql``}p.published_at desc, p.id
      limit ${limit} offset ${offset}`.execute(db);
    return result.rows;
  };

  // The count and the (first tier of the) page are asked at once: on a PostgreSQL server each on a
  // connection of its own. The page reads to the window's end; the count then says where the matches end.
  const end = window.offset + window.limit;
  const inTitle =
    origin || terms.length === 0
      ? null
      : sql.join(
          terms.map((term) => termCondition(term, 'title_vector')),
          sql` and `,
        );
  const [counted, first] = await Promise.all([
    sql<{ n: number }>`
      select count(*)::int as n from (
        select 1 from positions p ${distances} where ${sql.join(conditions, sql` and `)} limit ${POSITION_COUNT_CAP + 1}
      ) matches`.execute(db),
    inTitle ? page(inTitle, Math.min(end, POSITION_COUNT_CAP), 0) : page(null, window.limit, window.offset),
  ]);
  const matches = counted.rows[0]?.n ?? 0;
  const total = Math.min(matches, POSITION_COUNT_CAP);
  const totalIsCapped = matches > POSITION_COUNT_CAP;
  const last = Math.min(end, total);

  let rows: HitRow[];
  if (!inTitle) rows = first.slice(0, Math.max(0, last - window.offset));
  else {
    const rest = await page(
      sql`not (${inTitle})`,
      last - Math.max(window.offset, first.length),
      Math.max(0, window.offset - first.length),
    );
    rows = [...first.slice(window.offset, last), ...rest];
  }
  return { items: rows.map(toHit), total, totalIsCapped };
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
