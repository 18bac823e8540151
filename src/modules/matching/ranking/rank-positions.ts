import { sql, type Kysely } from 'kysely';
import type { Certificate } from '../tables.js';
import type { Database } from '../../../core/db/database.js';
import { occupationsOfSameField } from '../../../region/index.js';
import { certificateRank } from '../shared/index.js';
import { FIELD_ONLY_MAX_TOTAL, WEIGHTS, type Scores } from './scores.js';
import {
  certificateScoreSql,
  distanceJoin,
  distanceScoreSql,
  startScoreSql,
  type DistanceSource,
} from './sql-scores.js';

/** The ranking inputs of a profile — qualification and logistics only. */
export interface PositionSeeker {
  interests: readonly string[];
  certificate: Certificate;
  languageRanks: Readonly<Record<string, number>>;
  postcode: string;
  travelKm: number;
  availableFrom: Date;
  preferredCities: readonly string[];
}

export interface RankedPosition {
  positionId: string;
  km: number;
  scores: Scores;
  total: number;
}

/** A result row: the per-criterion scores and their total. */
type Row = Scores & { id: string; km: number; total: number };

/**
 * The best-fitting published, not expired positions for a profile, each with its score per
 * criterion. Same formulas as rank-candidates.ts (see scores.ts), from the other side.
 */
export async function rankPositions(
  db: Kysely<Database>,
  options: { seeker: PositionSeeker; limit?: number; distances?: DistanceSource },
): Promise<RankedPosition[]> {
  const { seeker } = options;
  const distances = options.distances ?? 'table';
  const limit = options.limit ?? 20;
  if (seeker.interests.length === 0) return [];
  const sameField = [...new Set(seeker.interests.flatMap((id) => occupationsOfSameField(id)))];
  const exact = await queryPositions(db, seeker, [...seeker.interests], sameField, limit, distances);
  const last = exact[limit - 1];
  if (last && last.total > FIELD_ONLY_MAX_TOTAL) return exact;
  if (sameField.length <= seeker.interests.length) return exact;
  return queryPositions(db, seeker, sameField, sameField, limit, distances);
}

async function queryPositions(
  db: Kysely<Database>,
  seeker: PositionSeeker,
  prefilter: string[],
  sameField: string[],
  limit: number,
  distances: DistanceSource,
): Promise<RankedPosition[]> {
  const ranks = JSON.stringify(seeker.languageRanks);
  const w = WEIGHTS;
  const result = await sql<Row>`
    select pos.id, d.km, s.occupation, s.certificate, s.languages, s.distance, s.start,
      (${w.occupation}::float8 * s.occupation + ${w.certificate}::float8 * s.certificate + ${w.languages}::float8 * s.languages
        + ${w.distance}::float8 * s.distance + ${w.start}::float8 * s.start) as total
    from positions pos
    ${distanceJoin(distances, seeker.postcode, sql`pos.postcode`)}
    cross join lateral (select
      (case when pos.occupation_id = any(${[...seeker.interests]}::text[]) then 1.0::float8 when pos.occupation_id = any(${sameField}::text[]) then 0.5::float8 else 0.0::float8 end) as occupation,
      ${certificateScoreSql(sql`${certificateRank(seeker.certificate)}::int`, sql`matching_certificate_rank(pos.required_certificate)`)} as certificate,
      coalesce((
        select (0.0::float8 + sum(case
          when coalesce((${ranks}::jsonb->>(l->>'code'))::int, 0) >= matching_level_rank(l->>'level') then 1.0::float8
          when ${ranks}::jsonb ? (l->>'code') then 0.5::float8 else 0.0::float8 end)) / count(*)::float8
        from jsonb_array_elements(pos.languages) l
        having count(*) > 0
      ), 1.0::float8) as languages,
      ${distanceScoreSql(sql`d.km`, sql`${seeker.travelKm}::int`)} as distance,
      ${startScoreSql(sql`${seeker.availableFrom}::date`, sql`pos.starts_on`)} as start
    ) s
    where pos.status = 'published' and pos.deadline >= current_date
      and pos.occupation_id = any(${prefilter}::text[])
      and (d.km <= ${seeker.travelKm}::int or pos.city = any(${[...seeker.preferredCities]}::text[]))
    order by total desc, pos.id
    limit ${limit}`.execute(db);
  return result.rows.map((row) => ({
    positionId: row.id,
    km: row.km,
    scores: {
      occupation: row.occupation,
      certificate: row.certificate,
      languages: row.languages,
      distance: row.distance,
      start: row.start,
    },
    total: row.total,
  }));
}
