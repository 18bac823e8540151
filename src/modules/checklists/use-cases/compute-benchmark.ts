import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { DIMENSIONS, LEVELS, type Audience, type Dimension, type Sector, type SizeBand } from '../tables.js';

/** At least this many other organisations must contribute before any figure of a group is shown. */
export const BENCHMARK_MIN_GROUP = 5;

/** Which peers were compared: the exact group, merged over sectors, or over sizes and sectors. */
export type PeerScope = 'audience_size_sector' | 'audience_size' | 'audience';

export interface Benchmark {
  scope: PeerScope;
  /** Group size as a band, never the exact count (so a newcomer cannot be told apart by a change of one). */
  groupBand: '5_to_9' | '10_to_19' | '20_to_49' | '50_plus';
  /** Per dimension the share of peers at each level 1–4, in whole tens of percent. */
  distribution: Record<Dimension, [number, number, number, number]>;
}

function bandOf(count: number): Benchmark['groupBand'] {
  if (count >= 50) return '50_plus';
  if (count >= 20) return '20_to_49';
  if (count >= 10) return '10_to_19';
  return '5_to_9';
}

/** Shares rounded to tens that still add up to 100 (largest remainder). */
export function sharesInTens(counts: readonly number[]): [number, number, number, number] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  const exact = counts.map((count) => (total === 0 ? 0 : (count / total) * 10));
  const floors = exact.map(Math.floor);
  let left = (total === 0 ? 0 : 10) - floors.reduce((sum, value) => sum + value, 0);
  const order = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return floors.map((value) => value * 10) as [number, number, number, number];
}

/**
 * The anonymous peer comparison: every other organisation's latest completed assessment of the same audience,
 * size band and sector. A group of fewer than five is merged over sectors, then over sizes; if even the audience
 * has fewer than five, nothing is shown. Only levels leave the database: no answers, names or counts per level.
 */
export async function computeBenchmark(
  db: Kysely<Database>,
  group: { audience: Audience; sizeBand: SizeBand; sector: Sector; excludeOrganisationId: string },
): Promise<Benchmark | null> {
  const scopes: { scope: PeerScope; sizeBand: SizeBand | null; sector: Sector | null }[] = [
    { scope: 'audience_size_sector', sizeBand: group.sizeBand, sector: group.sector },
    { scope: 'audience_size', sizeBand: group.sizeBand, sector: null },
    { scope: 'audience', sizeBand: null, sector: null },
  ];
  for (const candidate of scopes) {
    const rows = await db
      .selectFrom(
        db
          .selectFrom('checklist_assessments')
          .distinctOn('organisation_id')
          .select(['organisation_id', 'result'])
          .where('status', '=', 'completed')
          .where('audience', '=', group.audience)
          .where('organisation_id', '<>', group.excludeOrganisationId)
          .$if(candidate.sizeBand !== null, (query) => query.where('size_band', '=', candidate.sizeBand as SizeBand))
          .$if(candidate.sector !== null, (query) => query.where('sector', '=', candidate.sector as Sector))
          .orderBy('organisation_id')
          .orderBy('completed_at', 'desc')
          .as('latest'),
      )
      .select([
        sql<number>`count(*)::int`.as('peers'),
        ...DIMENSIONS.flatMap((dimension) =>
          LEVELS.map((level) =>
            sql<number>`count(*) filter (where (latest.result -> ${dimension} ->> 'level')::int = ${level})::int`.as(
              `${dimension}_${level}`,
            ),
          ),
        ),
      ])
      .executeTakeFirstOrThrow();
    const counts = rows as unknown as Record<string, number>;
    const peers = counts.peers ?? 0;
    if (peers < BENCHMARK_MIN_GROUP) continue;
    const distribution = {} as Benchmark['distribution'];
    for (const dimension of DIMENSIONS)
      distribution[dimension] = sharesInTens(LEVELS.map((level) => counts[`${dimension}_${level}`] ?? 0));
    return { scope: candidate.scope, groupBand: bandOf(peers), distribution };
  }
  return null;
}
