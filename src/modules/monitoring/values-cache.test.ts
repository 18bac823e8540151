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

  it('reads again after the values were emptied, even when the version counts up to the number it kept', async () => {
    const visitor = new TestClient(test.app);
    const page = () => visitor.get('/de/monitoring/indikatoren/kita_language_support?jahr=2024');
    const value = (figure: number) => ({
      indicator_key: 'kita_language_support',
      area: 'gelsenkirchen' as const,
      year: 2024,
      value: figure,
      source: 'Kommunale Erhebung',
      retrieved_on: '2025-03-01',
    });
    const version = async () =>
      Number((await test.db.selectFrom('monitoring_data_version').select('version').executeTakeFirst())?.version);
    await test.db.insertInto('monitoring_values').values(value(41.3)).execute();
    expect((await page()).body).toContain('41,3');
    const kept = await version();
    // Emptied as a restore of an older dump would leave it: no values, no version row.
    await test.db.deleteFrom('monitoring_values').execute();
    await test.db.deleteFrom('monitoring_data_version').execute();
    await test.db.insertInto('monitoring_values').values(value(38.2)).execute();
    while ((await version()) < kept)
      await test.db.updateTable('monitoring_values').set({ value: 38.2 }).where('area', '=', 'gelsenkirchen').execute();
    expect(await version()).toBe(kept);
    const body = (await page()).body;
    expect(body).toContain('38,2');
    expect(body).not.toContain('41,3');
  });
});
