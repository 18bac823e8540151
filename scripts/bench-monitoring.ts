/**
 * Monitoring benchmark (part of `npm run bench`), on PGlite and on PostgreSQL, with the demo values
 * (12 indicators × 9 areas × 2012–2025):
 *  - p50/p95 of rendering the public dashboard, a page with 12 charts drawn on the server with
 *    Observable Plot (each with its table); the reference in the same run is the indicator catalogue
 *    page, the same layout without charts, so the difference is what the charts cost;
 *  - reading and checking a long export of 100,000 data lines (parseOfficialCsv + checkRows, every line
 *    checked); the reference is splitting the same text at line ends and semicolons;
 *  - importing that export, 100,000 distinct valid values (12 indicators named in a "Merkmal" column ×
 *    9 areas × 1992–2011 × sex × age group; invented numbers, said so in the file), through the path
 *    every large file takes: start, mapping with its codes, queued, the background job's staged batches
 *    with progress and the final move; the reference is a plain batched INSERT of the same rows;
 *  - the all-or-nothing save in the request of the largest one-indicator file (9 areas × 151 years),
 *    with the same plain INSERT as its reference.
 *
 * One JSON line per measurement on stdout, progress on stderr. Everything it starts is stopped.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { AREAS } from '../src/modules/monitoring/areas.js';
import {
  checkRows,
  indicatorCodesOf,
  parseOfficialCsv,
  type CheckedRow,
  type ImportMapping,
} from '../src/modules/monitoring/import/index.js';
import { STORED_INDICATORS, findIndicator } from '../src/modules/monitoring/indicators.js';
import { saveImport } from '../src/modules/monitoring/use-cases/save-import.js';
import { queueImportSave } from '../src/modules/monitoring/use-cases/queue-import-save.js';
import { runImportJob } from '../src/modules/monitoring/use-cases/run-import-job.js';
import { startImport } from '../src/modules/monitoring/use-cases/start-import.js';
import { mapImport } from '../src/modules/monitoring/use-cases/map-import.js';
import { generateMonitoringData } from '../src/seed/monitoring/generate.js';
import type { UserActor } from '../src/core/auth/actor.js';
import type { AppServices } from '../src/core/http/types.js';
import type { Kysely } from 'kysely';
import type { Database } from '../src/core/db/database.js';
import { createCleanups, startBenchPlatform, percentile, printLine, round, runBenchmark } from './bench-support.js';

const RENDERS = 40;
const WARMUP = 5;
const LINES = 100_000;
const CHECK_RUNS = 3;
const DEADLINE_MS = 20 * 60 * 1000;

const progress = (line: string): void => console.error(`bench-monitoring: ${line}`);
const { cleanups, cleanUp } = createCleanups('bench-monitoring');

const KEYS = ['05911', '05913', '05112', '05113', '05513', '05117', '05119', 'Nordrhein-Westfalen', 'Ruhrgebiet'];

/** An export as the Landesdatenbank writes one, with `lines` data lines cycling through areas and years. */
function buildExport(lines: number, firstYear: number, years: number): string {
  const body: string[] = [];
  for (let index = 0; index < lines; index += 1) {
    const area = KEYS[index % KEYS.length]!;
    const year = firstYear + (Math.floor(index / KEYS.length) % years);
    body.push(`${area};31.12.${year};${((index % 997) / 10).toFixed(1).replace('.', ',')}`);
  }
  return [
    'Landesdatenbank NRW',
    'Tabelle 12411-03-03-4',
    '',
    'Gebiet;Stichtag;Anteil (%)',
    ...body,
    '__________',
    '© IT.NRW',
  ].join('\n');
}

const SEXES = ['Insgesamt', 'männlich', 'weiblich'];
const AGE_GROUPS = [
  'Insgesamt',
  'unter 3 Jahre',
  '3 bis unter 6 Jahre',
  '6 bis unter 10 Jahre',
  '10 bis unter 15 Jahre',
  '15 bis unter 18 Jahre',
  '18 bis unter 20 Jahre',
  '20 bis unter 25 Jahre',
  '25 bis unter 30 Jahre',
  '30 bis unter 35 Jahre',
  '35 bis unter 40 Jahre',
  '40 bis unter 45 Jahre',
  '45 bis unter 50 Jahre',
  '50 bis unter 65 Jahre',
  '65 bis unter 75 Jahre',
  '75 Jahre und mehr',
];
/** The years of the long export: before the demo series (2012–2025), so no value is stored already. */
const LONG_YEARS = Array.from({ length: 20 }, (_, index) => 1992 + index);

/**
 * A long ("flat") export as GENESIS writes one: a line per value, the indicator named by a code in the
 * "Merkmal" column, sex and age group as sub-dimensions. Invented numbers, and the title says so.
 */
function buildLongExport(lines: number): string {
  const body: string[] = [];
  outer: for (const [code, indicator] of STORED_INDICATORS.entries())
    for (const area of KEYS)
      for (const year of LONG_YEARS)
        for (const sex of SEXES)
          for (const age of AGE_GROUPS) {
            if (body.length === lines) break outer;
            const n = body.length;
            const value =
              indicator.unit === 'percent'
                ? ((n % 997) / 10).toFixed(1).replace('.', ',')
                : (1000 + (n % 50_000)).toLocaleString('de-DE');
            body.push(`${area};31.12.${year};FIKTIV-${String(code + 1).padStart(2, '0')};${sex};${age};${value}`);
          }
  return [
    'Fiktive Benchmark-Daten im Aufbau einer GENESIS-Flat-Tabelle – keine amtlichen Werte',
    'Tabelle 99999-0100',
    '',
    'Gebiet;Stichtag;Merkmal;Geschlecht;Altersgruppe;Wert',
    ...body,
    '__________',
    'Alle Zahlen sind erfunden.',
  ].join('\n');
}

const LONG_COLUMNS = {
  areaColumn: 0,
  timeColumn: 1,
  fixedYear: null,
  indicatorColumn: 2,
  breakdownColumns: [3, 4],
  valueColumn: 5,
  unitColumn: null,
};

/** The long export's codes in order: FIKTIV-01 is the first stored indicator, and so on. */
const longCodes = (table: ReturnType<typeof parseOfficialCsv>) =>
  new Map(indicatorCodesOf(table, LONG_COLUMNS.indicatorColumn).map((code, index) => [index, codeKey(code)]));
const codeKey = (code: string) => STORED_INDICATORS[Number(code.slice(-2)) - 1]!.key;

/** The plain reference: the same rows in batched INSERTs in one transaction, under keys no reader uses. */
async function plainInsert(db: Kysely<Database>, rows: readonly CheckedRow[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const of = (row: CheckedRow) => ({
      indicator_key: `${row.indicatorKey}_reference`,
      area: row.area,
      year: row.year,
      value: row.value,
      sign: row.sign,
      source: 'Bench',
      retrieved_on: '2026-01-01',
    });
    const totals = rows.filter((row) => row.breakdown === '');
    const subgroups = rows.filter((row) => row.breakdown !== '');
    for (let start = 0; start < totals.length; start += 2000)
      await trx
        .insertInto('monitoring_values')
        .values(totals.slice(start, start + 2000).map(of))
        .execute();
    for (let start = 0; start < subgroups.length; start += 2000)
      await trx
        .insertInto('monitoring_breakdown_values')
        .values(
          subgroups
            .slice(start, start + 2000)
            .map((row) => ({ ...of(row), breakdown: row.breakdown, import_id: REFERENCE_IMPORT })),
        )
        .execute();
  });
  await db.deleteFrom('monitoring_values').where('indicator_key', 'like', '%\\_reference').execute();
  await db.deleteFrom('monitoring_breakdown_values').where('indicator_key', 'like', '%\\_reference').execute();
}
let REFERENCE_IMPORT = '';

async function time(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

function summary(samples: number[]) {
  return { samples: samples.length, p50_ms: round(percentile(samples, 50)), p95_ms: round(percentile(samples, 95)) };
}

async function benchEngine(engine: 'pglite' | 'postgres'): Promise<void> {
  const platform = await startBenchPlatform({ engine, label: 'bench-monitoring', cleanups, progress });
  const { db } = platform.database;
  const { app } = platform;
  const summaryRows = await generateMonitoringData(db, { seed: 'bench' });
  await sql`analyze`.execute(db);
  progress(`${engine}: ${summaryRows.values} demo values`);

  for (const [page, url] of [
    ['dashboard_12_charts', '/de/monitoring'],
    ['reference_catalogue_page_without_charts', '/de/monitoring/indikatoren'],
  ] as const) {
    const samples: number[] = [];
    for (let run = 0; run < RENDERS + WARMUP; run += 1) {
      const took = await time(async () => {
        const response = await app.inject({ method: 'GET', url });
        if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
        if (page === 'dashboard_12_charts' && (response.body.match(/<svg/g) ?? []).length !== 12)
          throw new Error('the dashboard did not draw 12 charts');
      });
      if (run >= WARMUP) samples.push(took);
    }
    printLine({ bench: 'monitoring', engine, measure: page, ...summary(samples) });
  }

  // Reading and checking 100,000 lines of a long export (pure; measured with each engine for the record).
  const big = buildLongExport(LINES);
  const bigTable = parseOfficialCsv(big);
  const longMapping: ImportMapping = {
    ...LONG_COLUMNS,
    indicatorCodes: Object.fromEntries(
      [...longCodes(bigTable).entries()].map(([index, key]) => [`FIKTIV-${String(index + 1).padStart(2, '0')}`, key]),
    ),
  };
  const checkSamples: number[] = [];
  const splitSamples: number[] = [];
  let bigRows: CheckedRow[] = [];
  for (let run = 0; run < CHECK_RUNS; run += 1) {
    checkSamples.push(
      await time(() => {
        const checked = checkRows({
          table: parseOfficialCsv(big),
          mapping: longMapping,
          indicator: null,
          existing: new Set(),
        });
        if (checked.problems.length > 0 || checked.rows.length !== LINES)
          throw new Error(`the long export is not valid: ${JSON.stringify(checked.problems.slice(0, 3))}`);
        bigRows = checked.rows;
      }),
    );
    splitSamples.push(await time(() => big.split('\n').map((line) => line.split(';'))));
  }
  printLine({ bench: 'monitoring', engine, measure: 'parse_and_check_100000_lines', ...summary(checkSamples) });
  printLine({ bench: 'monitoring', engine, measure: 'reference_split_100000_lines', ...summary(splitSamples) });

  const actor = await benchActor(db, engine);
  const services = app.services;

  // 100,000 values through the background job's path, once; the reference inserts the same rows plainly.
  progress(`${engine}: importing ${LINES} values through the job`);
  const jobMs = await time(async () => {
    const importId = await startMapped(services, actor, { indicator: null, csv: big, table: 'bench-long' });
    const result = await queueAndRun(services, actor, importId);
    if (result.rows !== LINES) throw new Error(`job saved ${result.rows} of ${LINES}`);
  });
  REFERENCE_IMPORT = (
    await db
      .selectFrom('monitoring_imports')
      .select('id')
      .where('source_table', '=', 'bench-long')
      .executeTakeFirstOrThrow()
  ).id;
  const subgroupValues = await db
    .selectFrom('monitoring_breakdown_values')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('import_id', '=', REFERENCE_IMPORT)
    .executeTakeFirstOrThrow();
  const plainMs = await time(() => plainInsert(db, bigRows));
  printLine({
    bench: 'monitoring',
    engine,
    measure: `import_long_${LINES}_values_background_job`,
    indicators: STORED_INDICATORS.length,
    subgroup_values: Number(subgroupValues.count),
    demo_values: true,
    total_ms: round(jobMs),
  });
  printLine({
    bench: 'monitoring',
    engine,
    measure: `reference_plain_insert_${LINES}_values`,
    total_ms: round(plainMs),
  });

  // The all-or-nothing save in the request of the largest one-indicator file, and plain inserts.
  const validLines = KEYS.length * 151;
  const valid = buildExport(validLines, 1950, 151);
  const saveSamples: number[] = [];
  const insertSamples: number[] = [];
  for (const [run, key] of ['abitur_rate_german', 'abitur_rate_non_german', 'parent_participation'].entries()) {
    await db.deleteFrom('monitoring_values').where('indicator_key', '=', key).execute();
    saveSamples.push(
      await time(async () => {
        const importId = await startMapped(services, actor, { indicator: key, csv: valid, table: `bench-${run}` });
        const { saved } = await saveImport({ services, actor, importId });
        if (saved !== validLines) throw new Error(`saved ${saved} of ${validLines}`);
      }),
    );
    const rows = checkRows({
      table: parseOfficialCsv(valid),
      mapping: { ...WIDE_MAPPING },
      indicator: findIndicator(key)!,
      existing: new Set(),
    }).rows;
    insertSamples.push(await time(() => plainInsert(db, rows)));
  }
  printLine({
    bench: 'monitoring',
    engine,
    measure: `import_all_or_nothing_${validLines}_values`,
    areas: AREAS.length,
    ...summary(saveSamples),
  });
  printLine({
    bench: 'monitoring',
    engine,
    measure: `reference_plain_insert_${validLines}_values`,
    ...summary(insertSamples),
  });
}

const WIDE_MAPPING: ImportMapping = {
  areaColumn: 0,
  timeColumn: 1,
  fixedYear: null,
  valueColumn: 2,
  unitColumn: null,
  indicatorColumn: null,
  indicatorCodes: {},
  breakdownColumns: [],
};

/** An import started and mapped as the coordinator does it: one indicator (a wide file) or a long export's codes. */
async function startMapped(
  services: AppServices,
  actor: UserActor,
  file: { indicator: string | null; csv: string; table: string },
): Promise<string> {
  const { importId } = await startImport({
    services,
    actor,
    input: {
      indicator: file.indicator,
      sourceLabel: 'Bench (fiktive Werte)',
      sourceTable: file.table,
      retrievedOn: '2026-01-01',
      csv: file.csv,
      file: null,
    },
  });
  const input =
    file.indicator === null
      ? { ...LONG_COLUMNS, codeChoices: longCodes(parseOfficialCsv(file.csv)) }
      : { ...LONG_COLUMNS, indicatorColumn: null, breakdownColumns: [], valueColumn: 2, codeChoices: new Map() };
  await mapImport({ services, actor, importId, input });
  // The codes are posted for the column mapped before; the first mapping offers them, the second keeps them.
  if (file.indicator === null) await mapImport({ services, actor, importId, input });
  return importId;
}

/** Queues a mapped import as the save button does for large files and runs the job in this process. */
async function queueAndRun(services: AppServices, actor: UserActor, importId: string) {
  await queueImportSave({ services, actor, importId });
  return runImportJob({
    services,
    job: { importId, userId: actor.userId, organisationId: actor.organisation?.id ?? null },
  });
}

/** A coordination-office account of the bench's own, as the use-cases need one. */
async function benchActor(db: Kysely<Database>, engine: string): Promise<UserActor> {
  const office = await db
    .insertInto('organisations')
    .values({ name: 'Bench-Koordinierung', type: 'cooperation_office', verified_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const user = await db
    .insertInto('users')
    .values({ email: `bench-${engine}@monitoring.example`, password_hash: 'x', display_name: 'Bench', locale: 'de' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    kind: 'user',
    userId: user.id,
    sessionId: 'bench',
    email: `bench-${engine}@monitoring.example`,
    displayName: 'Bench',
    locale: 'de',
    isEmailVerified: true,
    organisation: {
      id: office.id,
      name: 'Bench',
      type: 'cooperation_office',
      city: null,
      role: 'admin',
      isVerified: true,
    },
    isPlatformAdmin: false,
  };
}

runBenchmark('bench-monitoring', DEADLINE_MS, cleanUp, async () => {
  await benchEngine('pglite');
  await benchEngine('postgres');
});
