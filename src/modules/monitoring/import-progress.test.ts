import { describe, expect, it } from 'vitest';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';
import { runImportJob } from './use-cases/run-import-job.js';
import { LARGE_IMPORT_ROWS } from './use-cases/queue-import-save.js';
import { monitoringPerson } from './test-helpers.js';

const test = useTestPlatform();

const CITY_KEYS = ['05911', '05913', '05112', '05113', '05513', '05117', '05119'];
const YEARS = Array.from({ length: 100 }, (_, index) => 1950 + index);

/** An official-statistics table with one line per city and year: 700 lines, more than a request saves. */
function largeTable(): string {
  const lines = YEARS.flatMap((year) =>
    CITY_KEYS.map(
      (key, index) => `${key};31.12.${year};${(10 + index + (year % 10) / 10).toFixed(1).replace('.', ',')}`,
    ),
  );
  return [
    'Landesdatenbank NRW',
    'Tabelle 99999-02-01-4: Elternbeteiligung',
    '',
    'Gebiet;Stichtag;Anteil (%)',
    ...lines,
    '© IT.NRW',
  ].join('\n');
}

const startForm = {
  indicator: 'parent_participation',
  sourceLabel: 'Kommunale Erhebung, Tabelle 99999-02-01-4',
  sourceTable: '',
  retrievedOn: '2027-01-15',
  csv: largeTable(),
};

const countValues = async () =>
  Number(
    (
      await test.db
        .selectFrom('monitoring_values')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('indicator_key', '=', 'parent_participation')
        .executeTakeFirstOrThrow()
    ).count,
  );

const importRow = (id: string) =>
  test.db
    .selectFrom('monitoring_imports')
    .select(['status', 'progress_done', 'progress_total', 'row_count', 'failed_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

async function draftOfLargeTable(office: TestClient): Promise<{ path: string; id: string }> {
  const started = await office.postForm('/de/monitoring/import', startForm);
  expect(started.statusCode).toBe(303);
  const path = started.headers.location as string;
  return { path, id: path.split('/').at(-1)! };
}

/** Waits, without a time limit of its own, until the background job has finished with the import. */
async function settled(id: string) {
  for (;;) {
    const row = await importRow(id);
    if (row.status !== 'saving') return row;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('monitoring: large imports in the background', () => {
  it('queues a large valid file, saves it through the job with every line counted, and rolls it back', async () => {
    const office = await monitoringPerson(test, { type: 'cooperation_office' });
    const { path, id } = await draftOfLargeTable(office);
    const review = await office.get(path);
    expect(review.statusCode).toBe(200);
    expect(review.body).toContain('Werte zum Speichern: 700');
    expect(700).toBeGreaterThanOrEqual(LARGE_IMPORT_ROWS);

    const queued = await office.postForm(`${path}/speichern`, {});
    expect(queued.statusCode).toBe(303);
    expect(queued.headers.location).toBe(path);
    const done = await settled(id);
    expect(done).toMatchObject({ status: 'saved', progress_done: 700, progress_total: 700, row_count: 700 });
    expect(await countValues()).toBe(700);
    expect(await test.db.selectFrom('monitoring_import_rows').select('line').execute()).toEqual([]);
    const audit = await test.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', id)
      .orderBy('action')
      .execute();
    expect(audit.map((entry) => entry.action)).toEqual(['monitoring.import_queued', 'monitoring.import_saved']);

    const savedPage = await office.get(path);
    expect(savedPage.headers.refresh).toBeUndefined();
    expect(savedPage.body).toContain('Gespeichert');
    expect((await office.postForm(`${path}/zuruecknehmen`, {})).statusCode).toBe(303);
    expect(await countValues()).toBe(0);
  });

  it('shows "n of m lines" while saving and reloads itself; the job then saves all or nothing', async () => {
    const office = await monitoringPerson(test, { type: 'cooperation_office' });
    const { path, id } = await draftOfLargeTable(office);
    // The state the job leaves between two batches (no job is queued here, so none interferes).
    await test.db
      .updateTable('monitoring_imports')
      .set({ status: 'saving', progress_done: 300, progress_total: 700 })
      .where('id', '=', id)
      .execute();
    const page = await office.get(path);
    expect(page.statusCode).toBe(200);
    expect(page.headers.refresh).toBe('2');
    expect(page.body).toContain('300 von 700 Zeilen gespeichert');
    expect(page.body).toContain('<progress');
    expect(await countValues()).toBe(0);
    // Saving twice is refused while the job holds the import.
    expect((await office.postForm(`${path}/speichern`, {})).statusCode).toBe(409);

    const owner = await test.db.selectFrom('users').select('id').limit(1).executeTakeFirstOrThrow();
    const result = await runImportJob({
      services: test.app.services,
      job: { importId: id, userId: owner.id, organisationId: null },
    });
    expect(result).toEqual({ outcome: 'saved', rows: 700 });
    expect(await countValues()).toBe(700);
    // A second delivery of the same job changes nothing.
    expect(
      await runImportJob({
        services: test.app.services,
        job: { importId: id, userId: owner.id, organisationId: null },
      }),
    ).toEqual({ outcome: 'not_saving', rows: 0 });
    expect(await countValues()).toBe(700);
  });

  it('returns the import to a draft with its problem listed when a value was stored meanwhile, saving nothing', async () => {
    const office = await monitoringPerson(test, { type: 'cooperation_office' });
    const { path, id } = await draftOfLargeTable(office);
    await test.db
      .updateTable('monitoring_imports')
      .set({ status: 'saving', progress_total: 700 })
      .where('id', '=', id)
      .execute();
    await test.db
      .insertInto('monitoring_values')
      .values({
        indicator_key: 'parent_participation',
        area: 'essen',
        year: 2001,
        value: 12,
        source: 'Korrektur einer Stadt',
        retrieved_on: '2027-01-10',
      })
      .execute();
    const owner = await test.db.selectFrom('users').select('id').limit(1).executeTakeFirstOrThrow();
    const result = await runImportJob({
      services: test.app.services,
      job: { importId: id, userId: owner.id, organisationId: null },
    });
    expect(result.outcome).toBe('returned_to_draft');
    expect(await countValues()).toBe(1);
    expect(await test.db.selectFrom('monitoring_import_rows').select('line').execute()).toEqual([]);
    const row = await importRow(id);
    expect(row.status).toBe('draft');
    expect(row.failed_at).not.toBeNull();
    const review = await office.get(path);
    expect(review.statusCode).toBe(422);
    expect(review.body).toContain('Das Speichern im Hintergrund wurde abgebrochen');
    expect(review.body).toContain('ist schon ein Wert gespeichert');
  });

  it('lets no company, city office or anonymous visitor save or watch a large import', async () => {
    const office = await monitoringPerson(test, { type: 'cooperation_office' });
    const { path, id } = await draftOfLargeTable(office);
    const company = await monitoringPerson(test, { type: 'company', city: 'essen' });
    const city = await monitoringPerson(test, { type: 'municipality', city: 'essen' });
    const anonymous = new TestClient(test.app);
    expect((await company.postForm(`${path}/speichern`, {})).statusCode).toBe(403);
    expect((await city.postForm(`${path}/speichern`, {})).statusCode).toBe(403);
    expect((await anonymous.postForm(`${path}/speichern`, {})).statusCode).toBe(401);
    expect((await city.get(path)).statusCode).toBe(403);
    expect((await company.get(path)).statusCode).toBe(403);
    expect((await importRow(id)).status).toBe('draft');
    expect(await countValues()).toBe(0);
  });
});
