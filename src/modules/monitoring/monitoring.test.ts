import { describe, expect, it } from 'vitest';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';
import { monitoringPerson } from './test-helpers.js';
import { resolveSession } from '../../core/auth/sessions.js';
import { proposeInitiatives, seedReportGoals } from './index.js';

const test = useTestPlatform();

const person = (organisation?: Parameters<typeof monitoringPerson>[1]) => monitoringPerson(test, organisation);

const CSV_WITH_ERRORS = [
  'Landesdatenbank NRW',
  'Tabelle 99999-01-01-4: Ausländeranteil',
  '',
  'Gebiet;Stichtag;Anteil (%)',
  '05113 Essen, Stadt;31.12.2026;17,9',
  'Bottrop;31.12.2026;12,0',
  '05911 Bochum, Stadt;31.12.2026;101,0',
  '__________',
  '© IT.NRW',
].join('\n');
const CSV_FIXED = CSV_WITH_ERRORS.replace('Bottrop;31.12.2026;12,0', '05913 Dortmund, Stadt;31.12.2026;20,1').replace(
  '101,0',
  '14,2',
);

const startForm = (csv: string) => ({
  indicator: 'foreigner_share',
  sourceLabel: 'IT.NRW, Landesdatenbank, Tabelle 99999-01-01-4',
  sourceTable: '',
  retrievedOn: '2027-01-15',
  csv,
});

async function valuesOf(year: number) {
  return test.db
    .selectFrom('monitoring_values')
    .select(['area', 'value'])
    .where('indicator_key', '=', 'foreigner_share')
    .where('year', '=', year)
    .orderBy('area')
    .execute();
}

describe('monitoring: import, save all or nothing, roll back, correct', () => {
  it('lists every problem with its line and saves nothing, then saves a fixed file and rolls it back', async () => {
    const office = await person({ type: 'cooperation_office' });
    const started = await office.postForm('/de/monitoring/import', startForm(CSV_WITH_ERRORS));
    expect(started.statusCode).toBe(303);
    const draftPath = started.headers.location as string;
    const review = await office.get(draftPath);
    expect(review.statusCode).toBe(422);
    expect(review.body).toContain('Zeile 6:');
    expect(review.body).toContain('Unbekanntes Gebiet „Bottrop“');
    expect(review.body).toContain('Zeile 7:');
    expect(review.body).not.toContain('Alle Werte speichern');
    // Saving a file with problems is refused and stores nothing.
    const forced = await office.postForm(`${draftPath}/speichern`, {});
    expect(forced.statusCode).toBe(400);
    expect(await valuesOf(2026)).toEqual([]);

    // The coordinator confirms the guessed mapping; it is remembered for the source table.
    const mapped = await office.postForm(`${draftPath}/zuordnung`, {
      areaColumn: '0',
      timeColumn: '1',
      fixedYear: '',
      valueColumn: '2',
      unitColumn: '',
    });
    expect(mapped.statusCode).toBe(303);
    const fixed = await office.postForm('/de/monitoring/import', startForm(CSV_FIXED));
    const fixedPath = fixed.headers.location as string;
    const ready = await office.get(fixedPath);
    expect(ready.statusCode).toBe(200);
    expect(ready.body).toContain('Werte zum Speichern: 3');
    // The mapping of this source table was remembered from the first file.
    expect(ready.body).toContain('beim letzten Import derselben Quelltabelle gemerkt');
    const saved = await office.postForm(`${fixedPath}/speichern`, {});
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/de/monitoring/indikatoren/foreigner_share');
    expect(await valuesOf(2026)).toEqual([
      { area: 'bochum', value: 14.2 },
      { area: 'dortmund', value: 20.1 },
      { area: 'essen', value: 17.9 },
    ]);
    const page = await office.get('/de/monitoring/indikatoren/foreigner_share?jahr=2026');
    expect(page.body).toContain('17,9');
    expect(page.body).toContain('<svg');

    // The same file again would overwrite: refused with the line of each value.
    const again = await office.postForm('/de/monitoring/import', startForm(CSV_FIXED));
    const againPage = await office.get(again.headers.location as string);
    expect(againPage.body).toContain('ist schon ein Wert gespeichert');

    const rolledBack = await office.postForm(`${fixedPath}/zuruecknehmen`, {});
    expect(rolledBack.statusCode).toBe(303);
    expect(await valuesOf(2026)).toEqual([]);
    expect((await office.postForm(`${fixedPath}/zuruecknehmen`, {})).statusCode).toBe(409);
  });

  it('takes an uploaded export in Windows-1252 and refuses a file that is not text, or no input at all', async () => {
    const office = await person({ type: 'cooperation_office' });
    const { csv: _csv, ...fields } = startForm('');
    const latin1 = Buffer.from(CSV_FIXED.replaceAll('2026', '2018').replace('Bochum', 'Mülheim an der Ruhr'), 'latin1');
    const uploaded = await office.postMultipart(
      '/de/monitoring/import',
      { ...fields, csv: '' },
      {
        file: { name: 'tabelle.csv', bytes: latin1, type: 'text/csv' },
      },
    );
    expect(uploaded.statusCode).toBe(303);
    const review = await office.get(uploaded.headers.location as string);
    expect(review.body).toContain('Mülheim an der Ruhr, Stadt');
    const pdf = await office.postMultipart(
      '/de/monitoring/import',
      { ...fields, csv: '' },
      {
        file: { name: 'tabelle.csv', bytes: Buffer.from('%PDF-1.7\n%\xe2\xe3'), type: 'text/csv' },
      },
    );
    expect(pdf.statusCode).toBe(400);
    const nothing = await office.postMultipart('/de/monitoring/import', { ...fields, csv: '' }, { file: null });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.body).toContain('Bitte eine CSV-Datei wählen oder ihren Inhalt einfügen.');
    expect(await test.db.selectFrom('monitoring_imports').select('id').execute()).toHaveLength(1);
  });

  it('corrects a value with a reason and keeps the history; a city corrects only its own values', async () => {
    const value = await test.db
      .insertInto('monitoring_values')
      .values({
        indicator_key: 'staff_migration_share',
        area: 'essen',
        year: 2024,
        value: 19.5,
        source: 'Beschäftigtenbefragung Essen',
        retrieved_on: '2025-02-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const essen = await person({ type: 'municipality', city: 'essen' });
    const bochum = await person({ type: 'municipality', city: 'bochum' });
    const badNumber = await essen.postForm(`/de/monitoring/werte/${value.id}/korrektur`, {
      value: '120',
      reason: 'Tippfehler',
    });
    expect(badNumber.statusCode).toBe(400);
    expect(badNumber.body).toContain('Ein Anteil liegt zwischen 0 und 100.');
    const corrected = await essen.postForm(`/de/monitoring/werte/${value.id}/korrektur`, {
      value: '20,5',
      reason: 'Nachmeldung zweier Ämter',
    });
    expect(corrected.statusCode).toBe(303);
    const history = await essen.get(`/de/monitoring/werte/${value.id}`);
    expect(history.body).toContain('Nachmeldung zweier Ämter');
    expect(history.body).toContain('19,5');
    expect(history.body).toContain('20,5');
    const foreign = await bochum.postForm(`/de/monitoring/werte/${value.id}/korrektur`, {
      value: '1',
      reason: 'Versuch',
    });
    expect(foreign.statusCode).toBe(403);
    expect(
      (
        await test.db
          .selectFrom('monitoring_values')
          .select('value')
          .where('id', '=', value.id)
          .executeTakeFirstOrThrow()
      ).value,
    ).toBe(20.5);
  });
});

describe('monitoring: who may not', () => {
  it('keeps imports, targets and the internal dashboard from anonymous visitors, companies and city offices', async () => {
    const anonymous = new TestClient(test.app);
    expect((await anonymous.get('/de/monitoring')).statusCode).toBe(200);
    expect((await anonymous.get('/de/monitoring/arbeitsprogramm')).statusCode).toBe(200);
    // Pages that need a person send an anonymous visitor to the login.
    expect((await anonymous.get('/de/monitoring/intern')).statusCode).toBe(303);
    expect((await anonymous.get('/de/monitoring/import')).statusCode).toBe(303);

    const company = await person({ type: 'company', city: 'essen' });
    expect((await company.get('/de/monitoring/intern')).statusCode).toBe(403);
    expect((await company.get('/de/monitoring/import')).statusCode).toBe(403);
    expect((await company.postForm('/de/monitoring/import', startForm(CSV_FIXED))).statusCode).toBe(403);

    // Another role: a city's office sees the internal dashboard but neither imports nor sets targets.
    const city = await person({ type: 'municipality', city: 'essen' });
    expect((await city.get('/de/monitoring/intern')).statusCode).toBe(200);
    expect((await city.get('/de/monitoring/import')).statusCode).toBe(403);
    const target = await city.postForm('/de/monitoring/ziele', {
      indicator: 'staff_migration_share',
      area: '',
      kind: 'indicator',
      targetValue: '',
      targetYear: '',
      referenceIndicator: 'migration_share',
    });
    expect(target.statusCode).toBe(403);
    expect(await test.db.selectFrom('monitoring_targets').selectAll().execute()).toEqual([]);

    // An import of another organisation's office cannot be rolled back by a city.
    const office = await person({ type: 'cooperation_office' });
    const started = await office.postForm('/de/monitoring/import', startForm(CSV_FIXED.replaceAll('2026', '2019')));
    const path = started.headers.location as string;
    expect((await city.get(path)).statusCode).toBe(403);
    expect((await city.postForm(`${path}/speichern`, {})).statusCode).toBe(403);
    expect((await anonymous.postForm(`${path}/speichern`, {})).statusCode).toBe(401);
  });

  it('adds proposals to the work programme only for the coordination office', async () => {
    await seedReportGoals(test.db);
    const office = await person({ type: 'cooperation_office' });
    const company = await person({ type: 'company' });
    const actorOf = async (client: TestClient) => {
      const actor = await resolveSession(test.db, client.cookie('vr_session'));
      if (actor.kind !== 'user') throw new Error('not signed in');
      return actor;
    };
    const proposal = {
      title: 'Sprachcafé für Eltern in jeder Stadt',
      description: 'Ergebnis der Punktabfrage',
      sourceLabel: 'Forum Elternbeteiligung 2026',
      sourcePath: '/beteiligung/foren/elternbeteiligung',
    };
    await expect(
      proposeInitiatives({ db: test.db, actor: await actorOf(company), proposals: [proposal] }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const { ids } = await proposeInitiatives({ db: test.db, actor: await actorOf(office), proposals: [proposal] });
    expect(ids).toHaveLength(1);
    const programme = await new TestClient(test.app).get('/de/monitoring/arbeitsprogramm');
    expect(programme.body).toContain('Sprachcafé für Eltern in jeder Stadt');
    expect(programme.body).toContain('vorgeschlagen');
    // The goal tree from the report with an initiative and its indicator.
    expect(programme.body).toContain('Monitoring-Systeme: Übersicht und Monitoring');
    expect(programme.body).toContain('Beschäftigte der Stadtverwaltung mit Migrationshintergrund');
  });

  it('links a published project to an initiative for the coordination office only', async () => {
    await seedReportGoals(test.db);
    const office = await person({ type: 'cooperation_office' });
    const company = await person({ type: 'company' });
    const owner = await test.db.selectFrom('organisations').select('id').limit(1).executeTakeFirstOrThrow();
    const project = await test.db
      .insertInto('catalogue_entries')
      .values({
        kind: 'project',
        organisation_id: owner.id,
        status: 'published',
        title: 'Sprachpaten Emscherquell',
        summary: 'Ein Projekt',
        published_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const initiative = await test.db
      .selectFrom('monitoring_initiatives')
      .select('id')
      .where('title', '=', 'Ausbildungspatenschaften')
      .executeTakeFirstOrThrow();
    const path = `/de/monitoring/initiativen/${initiative.id}/projekte`;
    expect((await company.get(path)).statusCode).toBe(403);
    expect((await company.postForm(path, { project: project.id })).statusCode).toBe(403);
    expect((await office.postForm(path, { project: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(400);
    expect((await office.postForm(path, { project: project.id })).statusCode).toBe(303);
    const links = await test.db.selectFrom('monitoring_project_links').selectAll().execute();
    expect(links).toHaveLength(1);
    const programme = await office.get('/de/monitoring/arbeitsprogramm');
    expect(programme.body).toContain('Verknüpfte Projekte');
  });
});
