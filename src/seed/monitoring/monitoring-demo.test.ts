import { describe, expect, it } from 'vitest';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';
import { DEMO_FIRST_YEAR, DEMO_LAST_YEAR, DEMO_SOURCE, generateMonitoringData } from './generate.js';

const test = useTestPlatform();

describe('monitoring demo data', () => {
  it('writes series 2012–2025 for the seven cities, every value marked as demo in data, charts and downloads', async () => {
    const summary = await generateMonitoringData(test.db, { seed: 'test' });
    expect(summary.values).toBeGreaterThan(1000);
    const rows = await test.db.selectFrom('monitoring_values').select(['area', 'year', 'is_demo', 'source']).execute();
    expect(rows.every((row) => row.is_demo && row.source === DEMO_SOURCE)).toBe(true);
    const essen = rows.filter((row) => row.area === 'essen').map((row) => row.year);
    expect(Math.min(...essen)).toBe(DEMO_FIRST_YEAR);
    expect(Math.max(...essen)).toBe(DEMO_LAST_YEAR);

    const client = new TestClient(test.app);
    const dashboard = await client.get('/de/monitoring');
    expect(dashboard.statusCode).toBe(200);
    // Each of the twelve charts says it shows demo values, in the SVG and in the text beside it.
    expect(dashboard.body.match(/<svg/g)).toHaveLength(12);
    expect(dashboard.body.match(/DEMOWERTE/g)).toHaveLength(12);
    expect(dashboard.body.match(/keine amtliche Statistik\./g)?.length).toBeGreaterThanOrEqual(12);
    const csv = await client.get('/api/v1/monitoring/values.csv?indicator=migration_share');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toContain('is_demo');
    expect(lines.slice(1).every((line) => line.includes(',true,'))).toBe(true);
    const dcat = JSON.parse((await client.get('/api/v1/monitoring/dcat')).body) as Record<string, unknown[]>;
    expect(dcat['dcat:dataset']).toHaveLength(12);
    expect(JSON.stringify(dcat)).toContain('keine amtliche Statistik');
    // The staff share's target is the population share: the gap is shown for every city.
    const staff = await client.get('/de/monitoring/indikatoren/staff_migration_share');
    expect(staff.body).toContain('Anteil in der Bevölkerung');
  });
});
