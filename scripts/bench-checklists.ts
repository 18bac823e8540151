/**
 * Checklists benchmark (part of `npm run bench`), on PGlite and on PostgreSQL with 10,000 completed
 * assessments of 10,000 organisations spread over the five audiences, four size bands and seven sectors:
 *  - p50/p95 of scoring one assessment: its answers and questionnaire read from the database and scored
 *    (what completing an assessment does before it writes);
 *  - p50/p95 of the peer benchmark for one organisation (computeBenchmark: latest assessment per
 *    organisation, k >= 5, merging small groups);
 *  - in the same run, the reference: the same distribution counted in JavaScript over all rows in memory,
 *    with a check that both give the same shares.
 *
 * One JSON line per measurement on stdout, progress on stderr. Everything it starts is stopped.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { performance } from 'node:perf_hooks';
import { openDatabase, type DatabaseHandle } from '../src/core/db/client.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import { MIGRATIONS } from '../src/platform.js';
import {
  currentQuestionnaire,
  loadQuestionnaire,
  overallLevel,
  scoreAssessment,
  type AnswerValue,
} from '../src/modules/checklists/questionnaires/index.js';
import { loadAnswers } from '../src/modules/checklists/records.js';
import {
  AUDIENCES,
  DIMENSIONS,
  SECTORS,
  SIZE_BANDS,
  type AssessmentResult,
  type Audience,
  type Sector,
  type SizeBand,
} from '../src/modules/checklists/tables.js';
import {
  BENCHMARK_MIN_GROUP,
  computeBenchmark,
  sharesInTens,
} from '../src/modules/checklists/use-cases/compute-benchmark.js';
import { startPostgresServer } from '../tests/setup/postgres-server.js';
import { percentile, printLine, round, runBenchmark } from './bench-support.js';

const ASSESSMENTS = 10_000;
const SCORED_WITH_ANSWERS = 300;
const QUERIES = 200;
const WARMUP = 20;
const DEADLINE_MS = 20 * 60 * 1000;

const progress = (line: string): void => console.error(`bench-checklists: ${line}`);

/** A small deterministic generator, so both engines get the same rows. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  organisationId: string;
  audience: Audience;
  sizeBand: SizeBand;
  sector: Sector;
  answers: Map<string, AnswerValue>;
  result: AssessmentResult;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function buildRows(database: DatabaseHandle): Promise<Row[]> {
  const random = seeded(11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const rows: Row[] = [];
  for (let i = 0; i < ASSESSMENTS; i++) {
    const audience = pick(AUDIENCES);
    const questionnaire = await currentQuestionnaire(database.db, audience);
    const maturity = random();
    const answers = new Map<string, AnswerValue>();
    for (const dimension of questionnaire.definition.dimensions)
      for (const question of dimension.questions) {
        const draw = Math.min(1, Math.max(0, maturity + (random() - 0.5) * 0.6));
        if (question.kind === 'yes_partly_no')
          answers.set(question.id, draw > 0.66 ? 'yes' : draw > 0.33 ? 'partly' : 'no');
        if (question.kind === 'scale') answers.set(question.id, 1 + Math.round(draw * 4));
        if (question.kind === 'number') answers.set(question.id, Math.round(draw * 90));
      }
    rows.push({
      organisationId: randomUUID(),
      audience,
      sizeBand: pick(SIZE_BANDS),
      sector: pick(SECTORS),
      answers,
      result: scoreAssessment(questionnaire.definition, answers),
    });
  }
  return rows;
}

async function load(database: DatabaseHandle, rows: readonly Row[]): Promise<string[]> {
  const { db } = database;
  const questionnaireIds = new Map<Audience, string>();
  for (const audience of AUDIENCES) questionnaireIds.set(audience, (await currentQuestionnaire(db, audience)).id);
  const assessmentIds: string[] = [];
  for (let start = 0; start < rows.length; start += 1000) {
    const batch = rows.slice(start, start + 1000);
    await db
      .insertInto('organisations')
      .values(batch.map((row, i) => ({ id: row.organisationId, name: `Organisation ${start + i}`, type: 'company' })))
      .execute();
    const inserted = await db
      .insertInto('checklist_assessments')
      .values(
        batch.map((row) => ({
          organisation_id: row.organisationId,
          questionnaire_id: questionnaireIds.get(row.audience) ?? '',
          audience: row.audience,
          size_band: row.sizeBand,
          sector: row.sector,
          status: 'completed' as const,
          result: JSON.stringify(row.result),
          overall_level: overallLevel(row.result),
          completed_at: new Date(),
        })),
      )
      .returning('id')
      .execute();
    assessmentIds.push(...inserted.map((row) => row.id));
  }
  const answerRows = rows.slice(0, SCORED_WITH_ANSWERS).flatMap((row, i) =>
    [...row.answers].map(([questionId, value]) => ({
      assessment_id: assessmentIds[i] ?? '',
      question_id: questionId,
      value: JSON.stringify(value),
    })),
  );
  for (let start = 0; start < answerRows.length; start += 2000)
    await db
      .insertInto('checklist_answers')
      .values(answerRows.slice(start, start + 2000))
      .execute();
  await sql`analyze`.execute(db);
  return assessmentIds;
}

/** The reference: the same distribution counted in JavaScript over all rows (one assessment per organisation here). */
function referenceBenchmark(rows: readonly Row[], of: Row) {
  const groups: ((row: Row) => boolean)[] = [
    (row) => row.audience === of.audience && row.sizeBand === of.sizeBand && row.sector === of.sector,
    (row) => row.audience === of.audience && row.sizeBand === of.sizeBand,
    (row) => row.audience === of.audience,
  ];
  for (const inGroup of groups) {
    const peers = rows.filter((row) => row.organisationId !== of.organisationId && inGroup(row));
    if (peers.length < BENCHMARK_MIN_GROUP) continue;
    return Object.fromEntries(
      DIMENSIONS.map((dimension) => [
        dimension,
        sharesInTens([1, 2, 3, 4].map((level) => peers.filter((row) => row.result[dimension].level === level).length)),
      ]),
    );
  }
  return null;
}

async function measureDatabase(engine: 'pglite' | 'postgres', database: DatabaseHandle, rows: readonly Row[]) {
  const { db } = database;
  progress(`${engine}: migrating and loading ${ASSESSMENTS} assessments`);
  await migrateToLatest(db, MIGRATIONS);
  const loadStart = performance.now();
  const ids = await load(database, rows);
  progress(`${engine}: loaded in ${round((performance.now() - loadStart) / 1000, 1)} s`);

  const scoring: number[] = [];
  for (let i = 0; i < QUERIES + WARMUP; i++) {
    const id = ids[i % SCORED_WITH_ANSWERS] ?? '';
    const ms = await time(async () => {
      const assessment = await db
        .selectFrom('checklist_assessments')
        .select('questionnaire_id')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const questionnaire = await loadQuestionnaire(db, assessment.questionnaire_id);
      scoreAssessment(questionnaire.definition, await loadAnswers(db, id));
    });
    if (i >= WARMUP) scoring.push(ms);
  }
  printLine({
    bench: 'checklists',
    target: 'score_one_assessment',
    engine,
    samples: scoring.length,
    p50_ms: round(percentile(scoring, 50)),
    p95_ms: round(percentile(scoring, 95)),
  });

  const random = seeded(23);
  const sample = Array.from({ length: QUERIES + WARMUP }, () => rows[Math.floor(random() * rows.length)] as Row);
  const benchmarkTimes: number[] = [];
  let mismatches = 0;
  for (const [index, row] of sample.entries()) {
    let benchmark: Awaited<ReturnType<typeof computeBenchmark>> = null;
    const ms = await time(async () => {
      benchmark = await computeBenchmark(db, {
        audience: row.audience,
        sizeBand: row.sizeBand,
        sector: row.sector,
        excludeOrganisationId: row.organisationId,
      });
    });
    if (index >= WARMUP) benchmarkTimes.push(ms);
    if (index < 30) {
      const expected = referenceBenchmark(rows, row);
      const got = (benchmark as Awaited<ReturnType<typeof computeBenchmark>>)?.distribution ?? null;
      if (JSON.stringify(expected) !== JSON.stringify(got)) mismatches += 1;
    }
  }
  printLine({
    bench: 'checklists',
    target: 'peer_benchmark',
    engine,
    assessments: ASSESSMENTS,
    samples: benchmarkTimes.length,
    p50_ms: round(percentile(benchmarkTimes, 50)),
    p95_ms: round(percentile(benchmarkTimes, 95)),
  });
  printLine({ bench: 'checklists', target: 'agreement_with_reference', engine, queries: 30, mismatches });
}

function measureReference(rows: readonly Row[]): void {
  const random = seeded(23);
  const sample = Array.from({ length: QUERIES + WARMUP }, () => rows[Math.floor(random() * rows.length)] as Row);
  const samples: number[] = [];
  for (const [index, row] of sample.entries()) {
    const start = performance.now();
    referenceBenchmark(rows, row);
    if (index >= WARMUP) samples.push(performance.now() - start);
  }
  printLine({
    bench: 'checklists',
    target: 'peer_benchmark',
    engine: 'javascript_scan',
    assessments: ASSESSMENTS,
    samples: samples.length,
    p50_ms: round(percentile(samples, 50)),
    p95_ms: round(percentile(samples, 95)),
  });
}

runBenchmark(
  'bench-checklists',
  DEADLINE_MS,
  () => Promise.resolve(),
  async () => {
    const pglite = await openDatabase({ databaseUrl: undefined, dataDir: 'memory://' });
    let rows: Row[];
    try {
      await migrateToLatest(pglite.db, MIGRATIONS);
      rows = await buildRows(pglite);
      await measureDatabase('pglite', pglite, rows);
    } finally {
      await pglite.close();
    }
    measureReference(rows);

    progress('starting PostgreSQL');
    const server = await startPostgresServer();
    try {
      const postgres = await openDatabase({ databaseUrl: server.url, dataDir: '', poolSize: 2 });
      try {
        await measureDatabase('postgres', postgres, rows);
      } finally {
        await postgres.close();
      }
    } finally {
      await server.stop();
    }
  },
);
