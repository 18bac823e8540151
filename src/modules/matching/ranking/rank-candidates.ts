import { sql, type Kysely } from 'kysely';
import type { Certificate, LanguageSkill } from '../tables.js';
import type { Database } from '../../../core/db/database.js';
import { occupationsOfSameField } from '../../../region/index.js';
import { MAX_INTERESTS, certificateRank, levelRank } from '../shared/index.js';
import { FIELD_ONLY_MAX_TOTAL, totalScore, type Scores } from './scores.js';
import {
  certificateScoreSql,
  distanceJoin,
  distanceScoreSql,
  languageLevelSql,
  languageMaskSql,
  languagesScoreFromLevelsSql,
  startScoreSql,
  totalSql,
  type DistanceSource,
} from './sql-scores.js';

/** What candidates are ranked against: a position's facts, or a company search built on one. */
export interface CandidateTarget {
  occupationId: string;
  requiredCertificate: Certificate;
  languages: readonly LanguageSkill[];
  city: string;
  postcode: string;
  startsOn: Date;
}

/** Hard filters of the company search ("Turkish and German, MSA, within 20 km of 45127"). */
export interface CandidateFilters {
  /** Every language at least at its level. */
  languages?: readonly LanguageSkill[];
  minCertificate?: Certificate;
  /** Only profiles whose postcode lies within radiusKm of this postcode (postcode to postcode, decision 016). */
  near?: { postcode: string; radiusKm: number };
}

export interface RankedCandidate {
  profileId: string;
  pseudonym: string;
  /** Distance from the profile's postcode to the position's. */
  km: number;
  /** Distance from the profile's postcode to the searched one (filters.near), else null. */
  nearKm: number | null;
  scores: Scores;
  total: number;
}

/** A result row: the per-criterion scores and their total. */
type Row = Scores & { id: string; pseudonym: string; km: number; near_km: number | null; total: number };

/**
 * The best-fitting active profiles from all seven cities for a position, each with its score per
 * criterion. Reads candidate_interests (the ranking's copy of active profiles, one row per interest,
 * migration 016) and postcode_distances only — never applicant_identities.
 *
 * First only exact interests are scored: one range of candidate_interests' primary key, read from the
 * index alone. If the N-th of those already beats the best total a same-field interest could reach,
 * the wider query over the field's other occupations is skipped — the result is the same, just faster.
 */
export async function rankCandidates(
  db: Kysely<Database>,
  options: { target: CandidateTarget; filters?: CandidateFilters; limit?: number; distances?: DistanceSource },
): Promise<RankedCandidate[]> {
  const limit = options.limit ?? 20;
  const sameField = occupationsOfSameField(options.target.occupationId);
  const filters = options.filters ?? {};
  const distances = options.distances ?? 'table';
  const exact = await queryCandidates(db, options.target, filters, [options.target.occupationId], sameField, limit, {
    distances,
  });
  const last = exact[limit - 1];
  if (last && last.total > FIELD_ONLY_MAX_TOTAL) return exact;
  if (sameField.length <= 1) return exact;
  const fieldOnly = await queryCandidates(db, options.target, filters, sameField, sameField, limit, {
    ...(last ? pruning(options.target, last.total) : {}),
    excludeExact: true,
    distances,
  });
  return [...exact, ...fieldOnly]
    .sort((a, b) => b.total - a.total || (a.profileId < b.profileId ? -1 : 1))
    .slice(0, limit);
}

/**
 * Conditions a candidate with only a same-field interest must meet to reach `threshold` (the
 * N-th exact total): if a criterion scored 0 would keep even a perfect rest below the threshold,
 * that criterion must score above 0. Ties at the threshold still pass (they may win on the id),
 * so the merged result is exactly the one a full scan gives — only less is scanned.
 */
function pruning(target: CandidateTarget, threshold: number): { needsLanguage?: boolean; needsCertificate?: boolean } {
  const best = { occupation: 0.5, certificate: 1, languages: 1, distance: 1, start: 1 };
  return {
    needsLanguage: target.languages.length > 0 && totalScore({ ...best, languages: 0 }) < threshold,
    needsCertificate: totalScore({ ...best, certificate: 0 }) < threshold,
  };
}

async function queryCandidates(
  db: Kysely<Database>,
  target: CandidateTarget,
  filters: CandidateFilters,
  prefilter: string[],
  sameField: string[],
  limit: number,
  prune: { needsLanguage?: boolean; needsCertificate?: boolean; excludeExact?: boolean; distances: DistanceSource },
): Promise<RankedCandidate[]> {
  const conditions = [
    prefilter.length === 1
      ? sql`p.occupation_id = ${prefilter[0]}::text`
      : sql`p.occupation_id = any(${prefilter}::text[])`,
    sql`(d.km <= p.travel_km or ${target.city}::text = any(p.preferred_cities))`,
  ];
  if (filters.languages?.length) {
    const all = languageMaskSql(filters.languages.map((l) => l.code));
    conditions.push(sql`p.language_mask & ${all} = ${all}`);
    for (const { code, level } of filters.languages)
      conditions.push(sql`${languageLevelSql(sql`p.language_levels`, code)} >= ${levelRank(level)}::int`);
  }
  if (prune.excludeExact) conditions.push(sql`not (p.interests @> array[${target.occupationId}::text])`);
  if (prune.needsLanguage)
    conditions.push(sql`p.language_mask & ${languageMaskSql(target.languages.map((l) => l.code))} <> 0`);
  if (prune.needsCertificate)
    conditions.push(sql`p.certificate_rank >= ${certificateRank(target.requiredCertificate) - 1}::int`);
  if (filters.minCertificate)
    conditions.push(sql`p.certificate_rank >= ${certificateRank(filters.minCertificate)}::int`);
  const near = filters.near
    ? sql`join postcode_distances n on n.from_postcode = ${filters.near.postcode}::text and n.to_postcode = p.postcode and n.km <= ${filters.near.radiusKm}::float8`
    : sql``;
  // A profile interested in several occupations of the field has a row for each, all scored alike and
  // next to each other in the order; it has at most MAX_INTERESTS of them, so that many
  // times the limit holds the first `limit` distinct profiles.
  const rowLimit = prefilter.length === 1 ? limit : limit * MAX_INTERESTS;
  const result = await sql<Row>`
    select p.profile_id as id, p.pseudonym, d.km, ${filters.near ? sql`n.km` : sql`null::float8`} as near_km,
      s.occupation, s.certificate, s.languages, s.distance, s.start, ${totalSql()} as total
    from candidate_interests p
    ${distanceJoin(prune.distances, target.postcode, sql`p.postcode`)}
    ${near}
    cross join lateral (select
      (case when p.interests @> array[${target.occupationId}::text] then 1.0::float8 when p.interests && ${sameField}::text[] then 0.5::float8 else 0.0::float8 end) as occupation,
      ${certificateScoreSql(sql`p.certificate_rank`, sql`${certificateRank(target.requiredCertificate)}::int`)} as certificate,
      ${languagesScoreFromLevelsSql(sql`p.language_levels`, target.languages)} as languages,
      ${distanceScoreSql(sql`d.km`, sql`p.travel_km`)} as distance,
      ${startScoreSql(sql`p.available_from`, sql`${target.startsOn}::date`)} as start
    ) s
    where ${sql.join(conditions, sql` and `)}
    order by total desc, p.profile_id
    limit ${rowLimit}`.execute(db);
  const seen = new Set<string>();
  const rows = result.rows.filter((row) => !seen.has(row.id) && seen.add(row.id)).slice(0, limit);
  return rows.map((row) => ({
    profileId: row.id,
    pseudonym: row.pseudonym,
    km: row.km,
    nearKm: row.near_km,
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
