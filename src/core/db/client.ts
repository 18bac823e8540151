import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Database } from './database.js';
import { lockFolder } from './folder-lock.js';

// PostgreSQL returns bigint counts as strings by default; our counts fit in a JS number.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  kind: DatabaseKind;
  db: Kysely<Database>;
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres://… for a server; undefined for the embedded PGlite. */
  databaseUrl: string | undefined;
  /** Folder for PGlite's files, or 'memory://' for a throw-away database. */
  dataDir: string;
  poolSize?: number;
  /**
   * PostgreSQL only: the longest a statement may run on the server (statement_timeout) and, doubled, the longest a
   * transaction may sit idle (idle_in_transaction_session_timeout). None by default (scripts, benchmarks, tests);
   * the platform passes the configured one. Migrations run without it (core/db/migrate.ts).
   */
  statementTimeoutMs?: number;
  /** PostgreSQL only: the longest to wait for a new connection. */
  connectTimeoutMs?: number;
  /** Where a connection lost while idle or between statements is reported (it never ends the process). */
  onConnectionError?: (error: Error) => void;
}

/**
 * One SQL dialect everywhere: Kysely over a node-postgres Pool, connected either to a
 * PostgreSQL server or to the embedded PGlite through its node-postgres adapter.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      keepAlive: true,
      ...(options.connectTimeoutMs ? { connectionTimeoutMillis: options.connectTimeoutMs } : {}),
      ...(options.statementTimeoutMs
        ? {
            statement_timeout: options.statementTimeoutMs,
            idle_in_transaction_session_timeout: options.statementTimeoutMs * 2,
          }
        : {}),
    });
    surviveConnectionLoss(pool, options.onConnectionError ?? (() => undefined));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kind: 'postgres', db, pool, close: () => db.destroy() };
  }

  // PGlite runs in this process: there is no connection to lose, and its statements cannot be timed out.
  const inMemory = options.dataDir.startsWith('memory://');
  const dataDir = inMemory ? options.dataDir : pgliteFolder(options.dataDir);
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => undefined : lockFolder(options.dataDir, 'starting the platform on it');
  const pglite = await createPglite(dataDir);
  // PGlite is a single connection: the pool hands it out one query or transaction at a time.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'pglite',
    db,
    pool,
    close: async () => {
      await db.destroy();
      await pglite.close();
      unlock();
    },
  };
}

/** PGlite's folder inside the data directory. */
export function pgliteFolder(dataDir: string): string {
  return resolve(dataDir, 'pglite');
}

/** The embedded database with the extensions the migrations use; `loadDataDir` starts it from a backup's tarball. */
export function createPglite(dataDir: string, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create(dataDir, { extensions: { unaccent, pg_trgm }, ...(loadDataDir ? { loadDataDir } : {}) });
}

/**
 * A PostgreSQL restart or a dropped network connection must not end the process. node-postgres reports a
 * connection lost while a client sits idle in the pool as the pool's 'error' event, and one lost while a client
 * is checked out (between two statements of a transaction) as that client's 'error' event; unheard, either
 * throws. The pool drops a broken client when it comes back, so the next request opens a fresh connection.
 */
function surviveConnectionLoss(pool: pg.Pool, report: (error: Error) => void): void {
  pool.on('error', (error) => report(error));
  pool.on('connect', (client) => client.on('error', (error) => report(error)));
}
