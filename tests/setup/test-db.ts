import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/core/db/client.js';
import { migrateToLatest } from '../../src/core/db/migrate.js';
import { MIGRATIONS } from '../../src/platform.js';

/**
 * One database per test worker, shared by every test file the worker runs (PGlite costs seconds
 * and hundreds of MB to start). VR_TEST_DB chooses the engine: "pglite" (default) or "postgres",
 * in which case the global setup has started a server and put its URL in VR_TEST_POSTGRES_URL.
 */
let handle: Promise<DatabaseHandle> | undefined;

/**
 * An empty, unmigrated database on the engine of this test run: a fresh in-memory PGlite, or a new database on the
 * PostgreSQL server. Closing it drops it again.
 */
export async function openEmptyDatabase(label: string): Promise<DatabaseHandle> {
  if (process.env.VR_TEST_DB !== 'postgres') return openDatabase({ databaseUrl: undefined, dataDir: 'memory://' });
  const serverUrl = process.env.VR_TEST_POSTGRES_URL;
  if (!serverUrl)
    throw new Error('VR_TEST_DB=postgres needs VR_TEST_POSTGRES_URL (set by tests/setup/global-postgres.ts)');
  const name = `vr_${label}_${process.pid}_${process.env.VITEST_POOL_ID ?? '0'}`;
  const admin = async (statement: string): Promise<void> => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`drop database if exists ${name}`);
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '', poolSize: 5 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin(`drop database if exists ${name}`);
    },
  };
}

async function createWorkerDatabase(): Promise<DatabaseHandle> {
  const database = await openEmptyDatabase('test');
  await migrateToLatest(database.db, MIGRATIONS);
  return database;
}

export function getTestDatabase(): Promise<DatabaseHandle> {
  handle ??= createWorkerDatabase();
  return handle;
}

/** Reference data that migrations load and no test changes: kept between tests. */
const REFERENCE_TABLES = ['postcode_areas', 'postcode_distances'];

/** Empties every application table (and queued jobs) so each test starts from a clean slate. */
export async function resetTestDatabase(database: DatabaseHandle): Promise<void> {
  const tables = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = 'public' and tablename not like 'kysely_%'
      and tablename <> all(${REFERENCE_TABLES})`.execute(database.db);
  const names = tables.rows.map((row) => `"${row.tablename}"`);
  if (names.length > 0) await sql.raw(`truncate ${names.join(', ')} restart identity cascade`).execute(database.db);
  const hasBoss = await sql<{
    n: number;
  }>`select count(*)::int as n from pg_tables where schemaname = 'pgboss' and tablename = 'job'`.execute(database.db);
  if (hasBoss.rows[0]?.n) await sql`delete from pgboss.job`.execute(database.db);
}
