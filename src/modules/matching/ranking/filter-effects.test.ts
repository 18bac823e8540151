import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../../seed/demo.js';
import { useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { rankCandidates } from './rank-candidates.js';
import { CandidateSearchSchema } from './schemas.js';
import { candidateFilters, candidateTarget } from './use-cases/find-candidates.js';

const test = useTestPlatform();

/**
 * The company search's hard filters, each as the search form sends it. Every filter a company can set
 * is here: a language at a minimum level (German at each level a company might ask for, and another
 * language), a minimum school certificate, and a radius around the position.
 */
const FILTERS: Record<string, Record<string, string>> = {
  'Deutsch ab B1': { language_1_code: 'de', language_1_level: 'B1' },
  'Deutsch ab B2': { language_1_code: 'de', language_1_level: 'B2' },
  'Deutsch ab C1': { language_1_code: 'de', language_1_level: 'C1' },
  'Deutsch C2': { language_1_code: 'de', language_1_level: 'C2' },
  'Englisch ab B1': { language_1_code: 'en', language_1_level: 'B1' },
  'Türkisch ab B1': { language_1_code: 'tr', language_1_level: 'B1' },
  'ab Hauptschulabschluss': { certificate: 'hauptschulabschluss' },
  'ab MSA': { certificate: 'msa' },
  'ab Fachhochschulreife': { certificate: 'fachhochschulreife' },
  Abitur: { certificate: 'abitur' },
  'Umkreis 10 km': { radius: '10' },
  'Umkreis 30 km': { radius: '30' },
};

/**
 * The impact ratio of each filter (share of self-declared migration history among the filtered results,
 * divided by the share among the same positions' unfiltered results), as decision 026 records them for
 * the demo data at scale 1 with the seed below. A change of the ranking, the filters or the demo data that
 * moves a ratio by more than 0.05 fails here, so the record is kept true.
 */
const RECORDED: Record<string, number> = {
  'Deutsch ab B1': 0.97,
  'Deutsch ab B2': 0.95,
  'Deutsch ab C1': 0.88,
  'Deutsch C2': 0.79,
  'Englisch ab B1': 1.02,
  'Türkisch ab B1': 1.45,
  'ab Hauptschulabschluss': 1.06,
  'ab MSA': 0.97,
  'ab Fachhochschulreife': 0.87,
  Abitur: 0.69,
  'Umkreis 10 km': 0.99,
  'Umkreis 30 km': 0.99,
};

/**
 * The filters that keep less than four fifths of the share (the "80 % rule" of adverse impact), each
 * named in decision 026 with what the platform does about it. A filter newly below the line fails here.
 */
const BELOW_FOUR_FIFTHS = ['Abitur', 'Deutsch C2'];

interface Measure {
  results: number;
  declaredYes: number;
}

describe('the effect of every company filter on the share of self-declared migration history', () => {
  it('is measured on generated profiles and matches the figures decision 026 records; only the recorded filters fall below four fifths', async () => {
    await generateDemoData(test.db, { scale: 1, seed: 'filter-effects' });
    const migration = new Map(
      (
        await test.db
          .selectFrom('applicant_identities')
          .select(['profile_id', 'self_declared_migration_history'])
          .execute()
      ).map((row) => [row.profile_id, row.self_declared_migration_history === true]),
    );
    const allPositions = await test.db
      .selectFrom('positions')
      .selectAll()
      .where('status', '=', 'published')
      .orderBy('id')
      .execute();
    const positions = allPositions.filter(
      (_, index) => index % Math.max(1, Math.floor(allPositions.length / 40)) === 0,
    );
    const measure = async (fields: Record<string, string> | null): Promise<Measure> => {
      const total: Measure = { results: 0, declaredYes: 0 };
      const search = fields ? CandidateSearchSchema.parse(fields) : null;
      for (const position of positions) {
        const ranked = await rankCandidates(test.db, {
          target: candidateTarget(position, search),
          filters: candidateFilters(position, search),
          limit: 30,
        });
        total.results += ranked.length;
        total.declaredYes += ranked.filter((candidate) => migration.get(candidate.profileId)).length;
      }
      return total;
    };
    const population = [...migration.values()].filter(Boolean).length / migration.size;
    const baseline = await measure(null);
    const baseShare = baseline.declaredYes / baseline.results;
    const lines = [
      `profiles ${migration.size}, with self-declared migration history ${(population * 100).toFixed(1)} %`,
      `positions ${positions.length}; unfiltered: ${baseline.results} results, share ${(baseShare * 100).toFixed(1)} %`,
    ];
    const ratios: Record<string, number> = {};
    for (const [label, fields] of Object.entries(FILTERS)) {
      const filtered = await measure(fields);
      const share = filtered.results === 0 ? 0 : filtered.declaredYes / filtered.results;
      ratios[label] = Math.round((share / baseShare) * 100) / 100;
      lines.push(
        `${label}: ${filtered.results} results, share ${(share * 100).toFixed(1)} %, ratio ${ratios[label].toFixed(2)}`,
      );
    }
    console.log(lines.join('\n'));
    // The ranking itself (no filter) shows the population's share: it neither reads nor mirrors the history.
    expect(Math.abs(baseShare - population)).toBeLessThan(0.03);
    expect(Object.keys(RECORDED).sort()).toEqual(Object.keys(FILTERS).sort());
    for (const [label, ratio] of Object.entries(ratios))
      expect(Math.abs(ratio - RECORDED[label]!), label).toBeLessThanOrEqual(0.05);
    expect(
      Object.entries(ratios)
        .filter(([, ratio]) => ratio < 0.8)
        .map(([label]) => label)
        .sort(),
    ).toEqual(BELOW_FOUR_FIFTHS);
  }, 600_000);
});
