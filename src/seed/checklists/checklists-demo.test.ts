import { describe, expect, it } from 'vitest';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { computeBenchmark } from '../../modules/checklists/index.js';
import { generateDemoData } from '../demo.js';

const test = useTestPlatform();

describe('checklists demo data', () => {
  it('has completed assessments of at least 120 organisations and certificates in every state', async () => {
    const summary = await generateDemoData(test.db, { scale: 1 });
    expect(summary.checklists.organisations).toBeGreaterThanOrEqual(120);
    for (const count of Object.values(summary.checklists.reviews)) expect(count).toBeGreaterThan(0);
    for (const count of Object.values(summary.checklists.certificates)) expect(count).toBeGreaterThan(0);
    const audiences = await test.db
      .selectFrom('checklist_assessments')
      .select(['audience', (eb) => eb.fn.count<string>('organisation_id').distinct().as('n')])
      .where('status', '=', 'completed')
      .groupBy('audience')
      .execute();
    // Every audience has enough organisations for the benchmark to show.
    expect(audiences).toHaveLength(5);
    for (const row of audiences) expect(Number(row.n)).toBeGreaterThanOrEqual(6);
    const benchmark = await computeBenchmark(test.db, {
      audience: 'sme',
      sizeBand: 'up_to_49',
      sector: 'crafts',
      excludeOrganisationId: '00000000-0000-0000-0000-000000000000',
    });
    expect(benchmark).not.toBeNull();
    // All names and texts are fictional: every organisation's website is under .example.
    const websites = await test.db.selectFrom('organisations').select('website').execute();
    for (const row of websites) if (row.website) expect(row.website).toMatch(/\.example(\/|$)/);
  });
});
