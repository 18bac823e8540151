/**
 * Monitoring benchmark (part of `npm run bench`), on PGlite and on PostgreSQL, with the demo values
 * (12 indicators × 9 areas × 2012–2025):
 *  - p50/p95 of rendering the public dashboard, a page with 12 charts drawn on the server with
 *    Observable Plot (each with its table); the reference in the same run is the indicator catalogue
 *    page, the same layout without charts, so the difference is what the charts cost;
 *  - reading and checking an export of 100,000 data lines (parseOfficialCsv + checkRows, every line
 *    checked, every problem listed); the reference is splitting the same text at line ends and semicolons;
 *  - the all-or-nothing save of the largest valid import: the model holds one value per indicator,
 *    area and year, so a valid file holds at most 9 areas × 151 years; the reference is inserting the
 *    same rows with plain batched INSERTs;
 *  - the same file saved the way large imports are (queued, then the background job's staged batches
 *    with progress and the final move into the values), the job run in this process.
 *
 * One JSON line per measurement on stdout, progress on stderr. Everything it starts is stopped.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { AREAS } from '../src/modules/monitoring/areas.js';
import { checkRows, parseOfficialCsv } from '../src/modules/monitoring/import/index.js';
import { findIndicator } from '../src/modules/monitoring/indicators.js';
import { saveImport } from '../src/modules/monitoring/use-cases/save-import.js';
import { queueImportSave } from '../src/modules/monitoring/use-cases/queue-import-save.js';
import { runImportJob } from '../src/modules/monitoring/use-cases/run-import-job.js';
import { startImport } from '../src/modules/monitoring/use-cases/start-import.js';
import { mapImport } from '../src/modules/monitoring/use-cases/map-import.js';
import { generateMonitoringData } from '../src/seed/monitoring/generate.js';
import type { UserActor } from '../src/core/auth/actor.js';
import { createCleanups, startBenchPlatform, percentile, printLine, round, runBenchmark } from './bench-support.js';

const RENDERS = 40;
const WARMUP = 5;
const LINES = 100_000;
const CHECK_RUNS = 5;
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

  // Reading and checking 100,000 lines (pure; the same on both engines, measured with each for the record).
  const big = buildExport(LINES, 1950, 151);
  const indicator = findIndicator('foreigner_share')!;
  const mapping = { areaColumn: 0, timeColumn: 1, fixedYear: null, valueColumn: 2, unitColumn: null };
  const checkSamples: number[] = [];
  const splitSamples: number[] = [];
  let problems = 0;
  for (let run = 0; run < CHECK_RUNS; run += 1) {
    checkSamples.push(
      await time(() => {
        const checked = checkRows({ table: parseOfficialCsv(big), mapping, indicator, existing: new Set() });
        problems = checked.problems.length;
      }),
    );
    splitSamples.push(await time(() => big.split('\n').map((line) => line.split(';'))));
  }
  printLine({
    bench: 'monitoring',
    engine,
    measure: 'parse_and_check_100000_lines',
    problems_listed: problems,
    ...summary(checkSamples),
  });
  printLine({ bench: 'monitoring', engine, measure: 'reference_split_100000_lines', ...summary(splitSamples) });

  // The all-or-nothing save of the largest valid import, through the use-cases, and plain inserts.
  const office = await db
    .insertInto('organisations')
    .values({ name: 'Bench-Koordinierung', type: 'cooperation_office', verified_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const actor: UserActor = {
    kind: 'user',
    userId: (
      await db
        .insertInto('users')
        .values({
          email: `bench-${engine}@monitoring.example`,
          password_hash: 'x',
          display_name: 'Bench',
          locale: 'de',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
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
  const services = app.services;
  const validLines = KEYS.length * 151;
  const valid = buildExport(validLines, 1950, 151);
  const saveSamples: number[] = [];
  const insertSamples: number[] = [];
  for (const [run, key] of ['abitur_rate_german', 'abitur_rate_non_german', 'parent_participation'].entries()) {
    await db.deleteFrom('monitoring_values').where('indicator_key', '=', key).execute();
    saveSamples.push(
      await time(async () => {
        const { importId } = await startImport({
          services,
          actor,
          input: {
            indicator: key,
            sourceLabel: 'Bench',
            sourceTable: `bench-${run}`,
            retrievedOn: '2026-01-01',
            csv: valid,
            file: null,
          },
        });
        await mapImport({ services, actor, importId, mapping });
        const { saved } = await saveImport({ services, actor, importId });
        if (saved !== validLines) throw new Error(`saved ${saved} of ${validLines}`);
      }),
    );
    const rows = checkRows({
      table: parseOfficialCsv(valid),
      mapping,
      indicator: findIndicator(key)!,
      existing: new Set(),
    }).rows;
    insertSamples.push(
      await time(async () => {
        await db.transaction().execute(async (trx) => {
          for (let start = 0; start < rows.length; start += 2000)
            await trx
              .insertInto('monitoring_values')
              .values(
                rows.slice(start, start + 2000).map((row) => ({
                  indicator_key: `${key}_reference`,
                  area: row.area,
                  year: row.year,
                  value: row.value,
                  source: 'Bench',
                  retrieved_on: '2026-01-01',
                })),
              )
              .execute();
        });
      }),
    );
    await db.deleteFrom('monitoring_values').where('indicator_key', '=', `${key}_reference`).execute();
  }
  const jobSamples: number[] = [];
  for (const [run, key] of ['kita_language_support', 'early_education_migration', 'staff_migration_share'].entries()) {
    await db.deleteFrom('monitoring_values').where('indicator_key', '=', key).execute();
    jobSamples.push(
      await time(async () => {
        const { importId } = await startImport({
          services,
          actor,
          input: {
            indicator: key,
            sourceLabel: 'Bench',
            sourceTable: `bench-job-${run}`,
            retrievedOn: '2026-01-01',
            csv: valid,
            file: null,
          },
        });
        await mapImport({ services, actor, importId, mapping });
        await queueImportSave({ services, actor, importId });
        const result = await runImportJob({
          services,
          job: { importId, userId: actor.userId, organisationId: actor.organisation?.id ?? null },
        });
        if (result.rows !== validLines) throw new Error(`job saved ${result.rows} of ${validLines}`);
      }),
    );
  }
  printLine({
    bench: 'monitoring',
    engine,
    measure: `import_background_job_${validLines}_values`,
    ...summary(jobSamples),
  });
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

runBenchmark('bench-monitoring', DEADLINE_MS, cleanUp, async () => {
  await benchEngine('pglite');
  await benchEngine('postgres');
});
