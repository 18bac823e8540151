import { describe, expect, it } from 'vitest';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';
import { monitoringPerson } from './test-helpers.js';

const test = useTestPlatform();

const CITY_KEYS = ['05911', '05913', '05112', '05113', '05513', '05117', '05119'];
const YEARS = Array.from({ length: 25 }, (_, index) => 2000 + index);
const SEXES = ['Insgesamt', 'weiblich'];

/**
 * A long ("flat") table as GENESIS exports one: a line per value, the indicator named by a code, the sex as
 * a sub-dimension. 7 cities × 25 years × 2 codes × 2 = 700 lines, so it is saved by the background job.
 * The numbers are invented for the test.
 */
function longTable(): string {
  const lines = YEARS.flatMap((year) =>
    CITY_KEYS.flatMap((key, city) =>
      SEXES.flatMap((sex, group) => [
        `${key};31.12.${year};BEV_AUSL_ANT;${sex};${(12 + city + group / 2 + (year % 10) / 10).toFixed(1).replace('.', ',')}`,
        `${key};31.12.${year};AZR_AUSL;${sex};${(40000 + 1000 * city + 10 * year - 20000 * group).toLocaleString('de-DE')}`,
      ]),
    ),
  );
  return [
    'GENESIS-Online (fiktives Testbeispiel)',
    'Tabelle 99999-0001: Ausländische Bevölkerung nach Geschlecht',
    '',
    'Gebiet;Stichtag;Merkmal;Geschlecht;Wert',
    ...lines,
    '__________',
    'Alle Werte sind erfunden.',
  ].join('\n');
}

const startForm = {
  indicator: 'mehrere',
  sourceLabel: 'GENESIS-Online, Tabelle 99999-0001 (Testbeispiel)',
  sourceTable: '',
  retrievedOn: '2027-02-01',
  csv: longTable(),
};

const columns = {
  areaColumn: '0',
  timeColumn: '1',
  fixedYear: '',
  indicatorColumn: '2',
  breakdownColumns: '3',
  valueColumn: '4',
  unitColumn: '',
};

const count = async (table: 'monitoring_values' | 'monitoring_breakdown_values') =>
  Number(
    (
      await test.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('indicator_key', 'in', ['foreigner_share', 'foreigners_register'])
        .executeTakeFirstOrThrow()
    ).count,
  );

async function settled(id: string) {
  for (;;) {
    const row = await test.db
      .selectFrom('monitoring_imports')
      .select(['status', 'row_count'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    if (row.status !== 'saving') return row;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('monitoring: long tables with an indicator column and a sub-dimension', () => {
  it('maps the codes, remembers them for the table, saves totals and subgroups through the job, rolls back', async () => {
    const office = await monitoringPerson(test, { type: 'cooperation_office' });
    const started = await office.postForm('/de/monitoring/import', startForm);
    expect(started.statusCode).toBe(303);
    const path = started.headers.location as string;
    const id = path.split('/').at(-1)!;

    // The column is guessed from "Merkmal"; its codes are not the catalogue's, so every line is named.
    const guessed = await office.get(path);
    expect(guessed.statusCode).toBe(422);
    expect(guessed.body).toContain('Import prüfen: Mehrere Indikatoren');
    expect(guessed.body).toContain('Zeile 5: „BEV_AUSL_ANT“ ist keinem Indikator zugeordnet');
    expect(guessed.body).toContain('Code „AZR_AUSL“');

    const mapped = await office.postForm(`${path}/zuordnung`, {
      ...columns,
      codesFor: '2',
      code_0: 'foreigner_share',
      code_1: 'foreigners_register',
    });
    expect(mapped.statusCode).toBe(303);
    const ready = await office.get(path);
    expect(ready.statusCode).toBe(200);
    expect(ready.body).toContain('Werte zum Speichern: 700');

    expect((await office.postForm(`${path}/speichern`, {})).statusCode).toBe(303);
    expect(await settled(id)).toEqual({ status: 'saved', row_count: 700 });
    expect(await count('monitoring_values')).toBe(350);
    expect(await count('monitoring_breakdown_values')).toBe(350);
    const essen = await test.db
      .selectFrom('monitoring_breakdown_values')
      .select(['indicator_key', 'breakdown', 'value'])
      .where('area', '=', 'essen')
      .where('year', '=', 2023)
      .orderBy('indicator_key')
      .execute();
    expect(essen).toEqual([
      { indicator_key: 'foreigner_share', breakdown: 'weiblich', value: 15.8 },
      { indicator_key: 'foreigners_register', breakdown: 'weiblich', value: 43230 },
    ]);

    // The next export of the same table is mapped already, codes included; its values are stored already.
    const again = await office.postForm('/de/monitoring/import', startForm);
    const second = await office.get(again.headers.location as string);
    expect(second.body).toContain('Diese Zuordnung wurde beim letzten Import derselben Quelltabelle gemerkt.');
    expect(second.body).not.toContain('ist keinem Indikator zugeordnet');
    expect(second.body).toContain('Zeile 5: Für BEV_AUSL_ANT 05911 31.12.2000 ist schon ein Wert gespeichert');
    expect(second.body).toContain('Zeile 6: Für AZR_AUSL 05911 31.12.2000 ist schon ein Wert gespeichert');
    expect(second.body).toContain('Zeile 8: Für AZR_AUSL 05911 31.12.2000 weiblich ist schon ein Wert gespeichert');

    expect((await office.postForm(`${path}/zuruecknehmen`, {})).statusCode).toBe(303);
    expect(await count('monitoring_values')).toBe(0);
    expect(await count('monitoring_breakdown_values')).toBe(0);
  });

  it('saves a small long table in the request and lets nobody else map or save it', async () => {
    const office = await monitoringPerson(test, { type: 'cooperation_office' });
    const small = [
      'Gebiet;Jahr;Merkmal;Wert',
      'Essen;2019;foreigner_share;17,0',
      'Essen;2019;Ausländerinnen und Ausländer (Ausländerzentralregister);101.000',
    ].join('\n');
    const started = await office.postForm('/de/monitoring/import', {
      ...startForm,
      sourceTable: 'Test-lang',
      csv: small,
    });
    const path = started.headers.location as string;
    const company = await monitoringPerson(test, { type: 'company', city: 'essen' });
    const anonymous = new TestClient(test.app);
    const mapping = {
      areaColumn: '0',
      timeColumn: '1',
      fixedYear: '',
      indicatorColumn: '2',
      valueColumn: '3',
      unitColumn: '',
    };
    expect((await company.postForm(`${path}/zuordnung`, mapping)).statusCode).toBe(403);
    expect((await anonymous.postForm(`${path}/zuordnung`, mapping)).statusCode).toBe(401);
    expect((await office.postForm(`${path}/zuordnung`, mapping)).statusCode).toBe(303);
    const review = await office.get(path);
    expect(review.body).toContain('Werte zum Speichern: 2');
    expect((await company.postForm(`${path}/speichern`, {})).statusCode).toBe(403);
    const saved = await office.postForm(`${path}/speichern`, {});
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(path);
    const values = await test.db
      .selectFrom('monitoring_values')
      .select(['indicator_key', 'value'])
      .where('area', '=', 'essen')
      .where('year', '=', 2019)
      .orderBy('indicator_key')
      .execute();
    expect(values).toEqual([
      { indicator_key: 'foreigner_share', value: 17 },
      { indicator_key: 'foreigners_register', value: 101000 },
    ]);
  });
});
