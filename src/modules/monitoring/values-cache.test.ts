import { describe, expect, it } from 'vitest';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';

const test = useTestPlatform();

describe('monitoring: the values the dashboards keep between requests', () => {
  it('shows every write at once, from this process or any other, because each bumps the data version', async () => {
    const visitor = new TestClient(test.app);
    const page = () => visitor.get('/de/monitoring/indikatoren/kita_language_support?jahr=2024');
    const version = async () =>
      (await test.db.selectFrom('monitoring_data_version').select('version').executeTakeFirst())?.version;
    const inserted = await test.db
      .insertInto('monitoring_values')
      .values({
        indicator_key: 'kita_language_support',
        area: 'gelsenkirchen',
        year: 2024,
        value: 41.3,
        source: 'Kommunale Erhebung',
        retrieved_on: '2025-03-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await page()).body).toContain('41,3');
    const before = await version();
    // A write straight to the database, as another server process would make it.
    await test.db.updateTable('monitoring_values').set({ value: 44.7 }).where('id', '=', inserted.id).execute();
    expect(Number(await version())).toBeGreaterThan(Number(before));
    const changed = (await page()).body;
    expect(changed).toContain('44,7');
    expect(changed).not.toContain('41,3');
    await test.db.deleteFrom('monitoring_values').where('id', '=', inserted.id).execute();
    expect((await page()).body).not.toContain('44,7');
  });
});
