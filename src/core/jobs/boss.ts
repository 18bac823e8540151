import { PgBoss, type Db, type WorkOptions } from 'pg-boss';
import type { FastifyBaseLogger } from 'fastify';
import { CompiledQuery, type Kysely } from 'kysely';
import type pg from 'pg';
import type { Database } from '../db/database.js';

export type JobQueue = PgBoss;

/** The PostgreSQL schema pg-boss keeps its tables in. */
export const JOB_SCHEMA = 'pgboss';

/**
 * pg-boss talks to the database through our pool, so it works the same on PGlite and PostgreSQL.
 * Its own errors (a failed poll or maintenance run) go to `logger`; without one (a bare queue in a
 * test) they are not written anywhere, but still listened to, as an unheard 'error' event would throw.
 */
export function createJobQueue(
  pool: pg.Pool,
  options: { pollingIntervalSeconds?: number; logger?: FastifyBaseLogger } = {},
): JobQueue {
  const boss = new PgBoss({
    db: { executeSql: async (text, values) => pool.query(text, values) },
    schema: JOB_SCHEMA,
    // Maintenance every few minutes is plenty and keeps the single PGlite connection free for requests.
    maintenanceIntervalSeconds: 300,
  });
  if (options.pollingIntervalSeconds) usePollingInterval(boss, options.pollingIntervalSeconds);
  boss.on('error', (error) => {
    options.logger?.error({ err: loggableError(error) }, 'job queue error');
  });
  return boss;
}

/**
 * pg-boss 12 reads the polling interval from each `work()` call only (10 also took it from the
 * constructor as every worker's default). Our workers call `work(name, handler)`, so this gives
 * them the queue's interval unless a call names its own.
 */
function usePollingInterval(boss: PgBoss, seconds: number): void {
  const work = boss.work.bind(boss) as (name: string, options: WorkOptions, handler: unknown) => Promise<string>;
  boss.work = ((name: string, ...rest: [unknown] | [WorkOptions, unknown]) => {
    const [options, handler] = rest.length === 1 ? [{}, rest[0]] : rest;
    return work(name, { pollingIntervalSeconds: seconds, ...options }, handler);
  }) as PgBoss['work'];
}

/**
 * An error as a job may log it: its name, message and stack, nothing else. pino's error serializer
 * writes every field of an error, and a database error's other fields (`detail`, `where`) may quote
 * a row's values — an e-mail address in a job's data, say.
 */
export function loggableError(error: unknown): Error {
  const copy = new Error(error instanceof Error ? error.message : String(error));
  if (error instanceof Error) {
    copy.name = error.name;
    copy.stack = error.stack;
  }
  return copy;
}

/** Lets a job be enqueued inside the caller's transaction: it exists exactly when the transaction commits. */
export function transactionalDb(db: Kysely<Database>): Db {
  return {
    executeSql: async (text, values) => {
      const result = await db.executeQuery(CompiledQuery.raw(text, values));
      return { rows: result.rows };
    },
  };
}
