import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { JOB_SCHEMA, type JobQueue } from './boss.js';
import { carryOverPgBoss10Jobs, setAsidePgBoss10Schema } from './pgboss-10-upgrade.js';

/**
 * Starts the job queue; pg-boss creates or migrates its schema. A schema pg-boss 10 left, which 12
 * cannot migrate, is set aside first and its unfinished jobs are carried over once 12 runs.
 */
export async function startJobQueue(queue: JobQueue, db: Kysely<Database>): Promise<void> {
  await setAsidePgBoss10Schema(db, JOB_SCHEMA);
  await queue.start();
  await carryOverPgBoss10Jobs(queue, db, JOB_SCHEMA);
}
