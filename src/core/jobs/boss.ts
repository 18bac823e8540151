import PgBoss from 'pg-boss';
import { CompiledQuery, type Kysely } from 'kysely';
import type pg from 'pg';
import type { Database } from '../db/schema.js';

export type JobQueue = PgBoss;

/** pg-boss talks to the database through our pool, so it works the same on PGlite and PostgreSQL. */
export function createJobQueue(pool: pg.Pool, options: { pollingIntervalSeconds?: number } = {}): JobQueue {
  const boss = new PgBoss({
    db: { executeSql: async (text, values) => pool.query(text, values) },
    schema: 'pgboss',
    // Maintenance every few minutes is plenty and keeps the single PGlite connection free for requests.
    maintenanceIntervalSeconds: 300,
    ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
  });
  boss.on('error', (error) => {
    console.error('job queue error', error);
  });
  return boss;
}

/** Lets a job be enqueued inside the caller's transaction: it exists exactly when the transaction commits. */
export function transactionalDb(db: Kysely<Database>): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const result = await db.executeQuery(CompiledQuery.raw(text, values));
      return { rows: result.rows };
    },
  };
}
