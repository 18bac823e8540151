import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { CRITERIA, type Criterion } from '../tables.js';

export interface RankedEntry {
  entryId: string;
  businessName: string;
  rank: number;
  /** Mean over the jurors of each juror's total (0–50), one decimal. */
  meanTotal: number;
  meanByCriterion: Record<Criterion, number>;
  jurors: number;
  apprenticeships: number;
  winner: boolean;
}

/**
 * The jury's ranking of the eligible entries with at least one submitted score (decision 019, tie rule):
 * 1. the higher mean total over the jurors who scored the entry;
 * 2. on equal means, the higher mean for "jobs and apprenticeship places created";
 * 3. then the higher mean for "the founder's path";
 * 4. then more apprenticeship places created;
 * still equal: the same rank, and the jury decides in its meeting (both are listed at that rank).
 * Means are compared at one decimal, as shown, so the rule a reader checks is the rule applied.
 */
export async function rankEntries(db: Kysely<Database>, roundId: string): Promise<RankedEntry[]> {
  const rows = await db
    .selectFrom('participation_scores as s')
    .innerJoin('participation_award_entries as e', 'e.id', 's.entry_id')
    .select(['e.id', 'e.business_name', 'e.apprenticeships_created', 'e.winner', 's.user_id', 's.criterion', 's.score'])
    .where('e.round_id', '=', roundId)
    .where('e.eligibility', '=', 'eligible')
    .execute();
  const byEntry = new Map<string, typeof rows>();
  for (const row of rows) byEntry.set(row.id, [...(byEntry.get(row.id) ?? []), row]);
  const round1 = (value: number) => Math.round(value * 10) / 10;
  const ranked: RankedEntry[] = [...byEntry.values()].map((scores) => {
    const first = scores[0]!;
    const jurors = new Set(scores.map((score) => score.user_id)).size;
    const sum = (criterion?: Criterion) =>
      scores
        .filter((score) => !criterion || score.criterion === criterion)
        .reduce((total, score) => total + score.score, 0);
    return {
      entryId: first.id,
      businessName: first.business_name,
      rank: 0,
      meanTotal: round1(sum() / jurors),
      meanByCriterion: Object.fromEntries(
        CRITERIA.map((criterion) => [criterion, round1(sum(criterion) / jurors)]),
      ) as Record<Criterion, number>,
      jurors,
      apprenticeships: first.apprenticeships_created,
      winner: first.winner,
    };
  });
  const key = (entry: RankedEntry) => [
    entry.meanTotal,
    entry.meanByCriterion.jobs,
    entry.meanByCriterion.founder_path,
    entry.apprenticeships,
  ];
  const compare = (a: RankedEntry, b: RankedEntry) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i += 1) if (ka[i] !== kb[i]) return (kb[i] ?? 0) - (ka[i] ?? 0);
    return 0;
  };
  ranked.sort((a, b) => compare(a, b) || a.businessName.localeCompare(b.businessName, 'de'));
  for (const entry of ranked) entry.rank = 1 + ranked.filter((other) => compare(other, entry) < 0).length;
  return ranked;
}
