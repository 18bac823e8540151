import { sql, type RawBuilder } from 'kysely';
import type { LanguageSkill } from '../tables.js';
import { LANGUAGE_CODES, levelRank } from '../shared/index.js';
import { WEIGHTS } from './scores.js';

/**
 * SQL fragments for the formulas of scores.ts, in the same order of operations (float8
 * throughout) so the database and the JavaScript reference agree to the last bit.
 */
const f = (value: number) => sql`${value}::float8`;

/** A language's place in candidate_interests' language_levels (1-based) and its bit in language_mask (migration 016). */
const languagePlace = (code: string): number => LANGUAGE_CODES.indexOf(code as (typeof LANGUAGE_CODES)[number]) + 1;

/** The language_mask bits of these languages, as a bigint literal; a language outside the list has none. */
export function languageMaskSql(codes: readonly string[]): RawBuilder<string> {
  let mask = 0n;
  for (const code of codes) if (languagePlace(code) > 0) mask |= 1n << BigInt(languagePlace(code) - 1);
  return sql<string>`${mask.toString()}::bigint`;
}

/** A profile's level of one language from candidate_interests' language_levels (0 when not spoken). */
export function languageLevelSql(levels: RawBuilder<unknown>, code: string): RawBuilder<number> {
  const place = languagePlace(code);
  return place > 0 ? sql<number>`coalesce(${levels}[${place}::int], 0)` : sql<number>`0`;
}

/**
 * Score for the languages a company wants, against a profile's levels in candidate_interests'
 * language_levels: full for the level asked or better, half for the language at a lower level.
 */
export function languagesScoreFromLevelsSql(
  levels: RawBuilder<unknown>,
  wanted: readonly LanguageSkill[],
): RawBuilder<number> {
  if (wanted.length === 0) return sql<number>`1.0::float8`;
  const parts = wanted.map(({ code, level }) => {
    const spoken = languageLevelSql(levels, code);
    return sql`(case when ${spoken} >= ${levelRank(level)}::int then 1.0::float8 when ${spoken} > 0 then 0.5::float8 else 0.0::float8 end)`;
  });
  return sql<number>`((0.0::float8 + ${sql.join(parts, sql` + `)}) / ${wanted.length}::float8)`;
}

export function totalSql(): RawBuilder<number> {
  return sql<number>`(${f(WEIGHTS.occupation)} * s.occupation + ${f(WEIGHTS.certificate)} * s.certificate + ${f(WEIGHTS.languages)} * s.languages + ${f(WEIGHTS.distance)} * s.distance + ${f(WEIGHTS.start)} * s.start)`;
}

export function distanceScoreSql(km: RawBuilder<unknown>, travelKm: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`(case when ${km} <= ${travelKm} then 1.0::float8 - 0.8::float8 * ${km} / greatest(${travelKm}, 1)::float8 else 0.2::float8 end)`;
}

export function certificateScoreSql(
  profileRank: RawBuilder<unknown>,
  requiredRank: RawBuilder<unknown>,
): RawBuilder<number> {
  return sql<number>`(case when ${profileRank} >= ${requiredRank} then 1.0::float8 when ${profileRank} = ${requiredRank} - 1 then 0.5::float8 else 0.0::float8 end)`;
}

export function startScoreSql(availableFrom: RawBuilder<unknown>, startsOn: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`greatest(0.0::float8, 1.0::float8 - greatest(0, ${availableFrom} - ${startsOn})::float8 / 90.0::float8)`;
}

/**
 * Where a ranking query reads the distance `d.km` between a fixed postcode and each row's: the precomputed
 * pair table (what the platform uses) or haversine computed per row from the two points — the
 * alternative the benchmark measures against it (decision 016). Both give the same km to the metre.
 */
export type DistanceSource = 'table' | 'haversine';

export function distanceJoin(
  source: DistanceSource,
  from: string,
  rowPostcode: RawBuilder<unknown>,
): RawBuilder<unknown> {
  if (source === 'table')
    return sql`join postcode_distances d on d.from_postcode = ${from}::text and d.to_postcode = ${rowPostcode}`;
  return sql`join postcode_areas pa on pa.postcode = ${rowPostcode}
    cross join (select latitude, longitude from postcode_areas where postcode = ${from}::text) origin
    cross join lateral (select round(matching_haversine_km(origin.latitude, origin.longitude, pa.latitude, pa.longitude) * 1000) / 1000 as km) d`;
}
