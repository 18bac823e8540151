/**
 * Matching benchmark (part of `npm run bench`): 100,000 generated applicant profiles and 50,000
 * positions (deterministic, src/modules/matching/ranking/synthetic.ts), on PGlite and on
 * PostgreSQL:
 *  - p50/p95 of the top 20 candidates for a position (rankCandidates);
 *  - p50/p95 of the top 20 positions for a profile (rankPositions);
 *  - in the same run, the reference: a plain scan over all rows in memory computing the same
 *    score in JavaScript (reference-scan.ts), with a check that both give the same top 20.
 * Distances are postcode to postcode (GeoNames points, decision 016): a fifth of the profiles live in
 * the neighbouring towns. Each ranking is measured twice: reading the precomputed pair table (what
 * the platform uses) and computing haversine per row in SQL (the alternative), so the choice is
 * measured, not assumed. Targets (issue 10): p95 ≤ 15 ms on PostgreSQL, ≤ 40 ms on PGlite.
 *
 * One JSON line per measurement on stdout, progress on stderr. Everything it starts is stopped.
 */
import { performance } from 'node:perf_hooks';
import { openDatabase, type DatabaseHandle } from '../src/core/db/client.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import { MIGRATIONS } from '../src/platform.js';
import { rankCandidates } from '../src/modules/matching/ranking/rank-candidates.js';
import { rankPositions } from '../src/modules/matching/ranking/rank-positions.js';
import type { DistanceSource } from '../src/modules/matching/ranking/sql-scores.js';
import { scanCandidates, scanPositions } from '../src/modules/matching/ranking/reference-scan.js';
import {
  analyseMatchingTables,
  generatePositions,
  generateProfiles,
  insertSyntheticCompany,
  insertSyntheticPositions,
  insertSyntheticProfiles,
  seededRandom,
  type SyntheticPosition,
  type SyntheticProfile,
} from '../src/modules/matching/ranking/synthetic.js';
import { startPostgresServer } from '../tests/setup/postgres-server.js';
import { percentile, printLine, round, runBenchmark } from './bench-support.js';

const PROFILES = 100_000;
const POSITIONS = 50_000;
const QUERIES = 200;
const WARMUP = 20;
const REFERENCE_QUERIES = 30;
const DEADLINE_MS = 45 * 60 * 1000;
/** BENCH_MATCHING_ENGINES=postgres runs only that engine (both by default: pglite, postgres). */
const ENGINES = new Set((process.env.BENCH_MATCHING_ENGINES ?? 'pglite,postgres').split(','));

const progress = (line: string): void => console.error(`bench-matching: ${line}`);

const profiles = generateProfiles(PROFILES, 41);
const positions = generatePositions(POSITIONS, 42);
const random = seededRandom(43);
const positionSample = Array.from(
  { length: QUERIES + WARMUP },
  () => positions[Math.floor(random() * positions.length)] as SyntheticPosition,
);
const profileSample = Array.from(
  { length: QUERIES + WARMUP },
  () => profiles[Math.floor(random() * profiles.length)] as SyntheticProfile,
);

function target(p: SyntheticPosition) {
  return {
    occupationId: p.occupation_id,
    requiredCertificate: p.required_certificate,
    languages: p.languages,
    city: p.city,
    postcode: p.postcode,
    startsOn: p.starts_on,
  };
}
function seeker(p: SyntheticProfile) {
  return {
    interests: p.interests,
    certificate: p.certificate,
    languageRanks: p.language_ranks,
    postcode: p.postcode,
    travelKm: p.travel_km,
    availableFrom: p.available_from,
    preferredCities: p.preferred_cities,
  };
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function measureDatabase(engine: 'pglite' | 'postgres', database: DatabaseHandle): Promise<Map<string, number>> {
  const { db } = database;
  progress(`${engine}: migrating and loading ${PROFILES} profiles, ${POSITIONS} positions`);
  await migrateToLatest(db, MIGRATIONS);
  const loadStart = performance.now();
  await insertSyntheticProfiles(db, profiles);
  await insertSyntheticPositions(db, positions, await insertSyntheticCompany(db));
  await analyseMatchingTables(db);
  progress(`${engine}: loaded in ${round((performance.now() - loadStart) / 1000, 1)} s`);
  const distances = new Map<string, number>();
  for (const row of await db.selectFrom('postcode_distances').selectAll().execute())
    distances.set(`${row.from_postcode}>${row.to_postcode}`, row.km);

  const targetMs = engine === 'postgres' ? 15 : 40;
  /** Times one query per sample (after the warm-up) and prints its p50/p95. */
  async function measure<T>(
    name: string,
    source: DistanceSource,
    sample: readonly T[],
    run: (item: T) => Promise<unknown>,
  ) {
    const samples: number[] = [];
    for (const [index, item] of sample.entries()) {
      const ms = await time(() => run(item));
      if (index >= WARMUP) samples.push(ms);
    }
    printLine({
      bench: 'matching',
      target: name,
      engine,
      distances: `postcode_${source}`,
      profiles: PROFILES,
      positions: POSITIONS,
      top: 20,
      samples: samples.length,
      p50_ms: round(percentile(samples, 50)),
      p95_ms: round(percentile(samples, 95)),
      target_p95_ms: targetMs,
    });
  }
  for (const source of ['table', 'haversine'] as DistanceSource[]) {
    await measure('candidates_for_position', source, positionSample, (position) =>
      rankCandidates(db, { target: target(position), distances: source }),
    );
    await measure('positions_for_profile', source, profileSample, (profile) =>
      rankPositions(db, { seeker: seeker(profile), distances: source }),
    );
  }

  // Same top 20 as the reference scan, for a sample of queries.
  let mismatches = 0;
  for (const position of positionSample.slice(0, 10)) {
    const a = (await rankCandidates(db, { target: target(position) })).map((r) => r.profileId).join();
    const h = (await rankCandidates(db, { target: target(position), distances: 'haversine' }))
      .map((r) => r.profileId)
      .join();
    if (h !== a) mismatches += 1;
    const b = scanCandidates(position, profiles, (x, y) => distances.get(`${x}>${y}`) ?? Number.NaN)
      .map((r) => r.profileId)
      .join();
    if (a !== b) mismatches += 1;
  }
  for (const profile of profileSample.slice(0, 10)) {
    const a = (await rankPositions(db, { seeker: seeker(profile) })).map((r) => r.positionId).join();
    const h = (await rankPositions(db, { seeker: seeker(profile), distances: 'haversine' }))
      .map((r) => r.positionId)
      .join();
    if (h !== a) mismatches += 1;
    const b = scanPositions(profile, positions, (x, y) => distances.get(`${x}>${y}`) ?? Number.NaN)
      .map((r) => r.positionId)
      .join();
    if (a !== b) mismatches += 1;
  }
  printLine({ bench: 'matching', target: 'agreement_with_reference', engine, queries: 20, mismatches });
  return distances;
}

function measureReference(distances: Map<string, number>): void {
  const km = (a: string, b: string) => distances.get(`${a}>${b}`) ?? Number.NaN;
  const candidateSamples = positionSample.slice(0, REFERENCE_QUERIES).map((position) => {
    const start = performance.now();
    scanCandidates(position, profiles, km);
    return performance.now() - start;
  });
  printLine({
    bench: 'matching',
    target: 'candidates_for_position',
    engine: 'javascript_scan',
    profiles: PROFILES,
    top: 20,
    samples: candidateSamples.length,
    p50_ms: round(percentile(candidateSamples, 50)),
    p95_ms: round(percentile(candidateSamples, 95)),
  });
  const positionSamples = profileSample.slice(0, REFERENCE_QUERIES).map((profile) => {
    const start = performance.now();
    scanPositions(profile, positions, km);
    return performance.now() - start;
  });
  printLine({
    bench: 'matching',
    target: 'positions_for_profile',
    engine: 'javascript_scan',
    positions: POSITIONS,
    top: 20,
    samples: positionSamples.length,
    p50_ms: round(percentile(positionSamples, 50)),
    p95_ms: round(percentile(positionSamples, 95)),
  });
}

runBenchmark(
  'bench-matching',
  DEADLINE_MS,
  () => Promise.resolve(),
  async () => {
    if (ENGINES.has('pglite')) {
      const pglite = await openDatabase({ databaseUrl: undefined, dataDir: 'memory://' });
      try {
        measureReference(await measureDatabase('pglite', pglite));
      } finally {
        await pglite.close();
      }
    }
    if (!ENGINES.has('postgres')) return;
    progress('starting PostgreSQL');
    const server = await startPostgresServer();
    try {
      const postgres = await openDatabase({ databaseUrl: server.url, dataDir: '', poolSize: 2 });
      try {
        const distances = await measureDatabase('postgres', postgres);
        if (!ENGINES.has('pglite')) measureReference(distances);
      } finally {
        await postgres.close();
      }
    } finally {
      await server.stop();
    }
  },
);
