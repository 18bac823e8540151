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

/**
 * Empties every application table (and queued jobs) so each test starts from a clean slate.
 *
 * Only the tables that hold rows, or whose identity sequence has been drawn from (a rolled-back insert
 * draws too), are truncated: a test touches a few of about a hundred tables, and on a PostgreSQL server
 * truncating one replaces its files, which made truncating all of them cost about half a second per test.
 * The result is the same: every table empty, every identity starting again at 1.
 */
export async function resetTestDatabase(database: DatabaseHandle): Promise<void> {
  const tables = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = 'public' and tablename not like 'kysely_%'
      and tablename <> all(${REFERENCE_TABLES})`.execute(database.db);
  const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
  if (tables.rows.length > 0) {
    const filled = await sql<{ name: string }>`
      select name from unnest(array[${sql.raw(
        tables.rows
          .map(({ tablename }) => `case when exists (select from ${quoted(tablename)}) then '${tablename}' end`)
          .join(', '),
      )}]) as t(name) where name is not null
      union
      select c.relname from pg_sequences s
        join pg_class q on q.relname = s.sequencename and q.relnamespace = 'public'::regnamespace
        join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = q.oid and d.deptype in ('a', 'i')
        join pg_class c on c.oid = d.refobjid
      where s.schemaname = 'public' and s.last_value is not null and c.relname <> all(${REFERENCE_TABLES})`.execute(
      database.db,
    );
    const names = filled.rows.map((row) => quoted(row.name));
    if (names.length > 0) await sql.raw(`truncate ${names.join(', ')} restart identity cascade`).execute(database.db);
  }
  const hasBoss = await sql<{
    n: number;
  }>`select count(*)::int as n from pg_tables where schemaname = 'pgboss' and tablename = 'job'`.execute(database.db);
  if (hasBoss.rows[0]?.n) await sql`delete from pgboss.job`.execute(database.db);
}
