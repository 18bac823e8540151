import { sql, type Kysely } from 'kysely';
import type { JobInsert, Queue, PgBoss } from 'pg-boss';
import type { Database } from '../db/database.js';
import { transactionalDb } from './boss.js';

/**
 * pg-boss 11 rewrote its schema, and pg-boss 12 migrates a schema only from the version 11 left
 * (25) on: a schema pg-boss 10 created (24) makes `start()` fail ("Cannot migrate pg-boss schema
 * from version 24"). pg-boss itself only advises moving the jobs over by hand, so this does: before
 * start, the old schema is renamed to `<schema>_v10`, pg-boss 12 creates its own, and after start
 * the old queues are created again and their waiting jobs inserted, in one transaction that also
 * drops the old schema. Schedules are not carried over: every job declares its schedule at start.
 */
const PGBOSS_10_SCHEMA_VERSION = 24;

export function pgBoss10SchemaName(schema: string): string {
  return `${schema}_v10`;
}

/** Serialises the upgrade between app processes starting at once. */
async function lockUpgrade(trx: Kysely<Database>, schema: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`vr-pgboss-10-upgrade:${schema}`}))`.execute(trx);
}

/** Before `start()`: renames a schema that pg-boss 10 created out of pg-boss 12's way. */
export async function setAsidePgBoss10Schema(db: Kysely<Database>, schema: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await lockUpgrade(trx, schema);
    const table = await sql<{
      found: boolean;
    }>`select to_regclass(${`${schema}.version`}) is not null as found`.execute(trx);
    if (!table.rows[0]?.found) return false;
    const version = await sql<{ version: number }>`select version from ${sql.table(`${schema}.version`)}`.execute(trx);
    if (version.rows[0]?.version !== PGBOSS_10_SCHEMA_VERSION) return false;
    await sql`alter schema ${sql.id(schema)} rename to ${sql.id(pgBoss10SchemaName(schema))}`.execute(trx);
    return true;
  });
}

interface LegacyQueue {
  name: string;
  policy: string | null;
  retry_limit: number | null;
  retry_delay: number | null;
  retry_backoff: boolean | null;
  expire_seconds: number | null;
  retention_minutes: number | null;
  dead_letter: string | null;
}

interface LegacyJob {
  id: string;
  name: string;
  priority: number;
  data: object | null;
  retry_limit: number;
  retry_delay: number;
  retry_backoff: boolean;
  start_after: Date;
  singleton_key: string | null;
  expire_seconds: number;
  dead_letter: string | null;
}

function queueOptions(queue: LegacyQueue): Omit<Queue, 'name'> {
  return {
    ...(queue.policy ? { policy: queue.policy } : {}),
    ...(queue.retry_limit === null ? {} : { retryLimit: queue.retry_limit }),
    ...(queue.retry_delay === null ? {} : { retryDelay: queue.retry_delay }),
    ...(queue.retry_backoff === null ? {} : { retryBackoff: queue.retry_backoff }),
    ...(queue.expire_seconds === null ? {} : { expireInSeconds: queue.expire_seconds }),
    ...(queue.retention_minutes === null ? {} : { retentionSeconds: queue.retention_minutes * 60 }),
  };
}

function jobInsert(job: LegacyJob): JobInsert {
  return {
    id: job.id,
    priority: job.priority,
    ...(job.data === null ? {} : { data: job.data }),
    retryLimit: job.retry_limit,
    retryDelay: job.retry_delay,
    retryBackoff: job.retry_backoff,
    startAfter: job.start_after,
    ...(job.singleton_key === null ? {} : { singletonKey: job.singleton_key }),
    expireInSeconds: Math.max(1, job.expire_seconds),
    ...(job.dead_letter === null ? {} : { deadLetter: job.dead_letter }),
  };
}

/**
 * After `start()`: creates the queues of a schema set aside by `setAsidePgBoss10Schema` and inserts
 * its jobs that had not finished (created, retry, and active ones, which 10 would have retried once
 * they expired) with their ids, data and retry settings; the retry count starts again at zero, so a
 * job gets more attempts, never fewer. Returns how many jobs it carried over.
 */
export async function carryOverPgBoss10Jobs(boss: PgBoss, db: Kysely<Database>, schema: string): Promise<number> {
  const legacy = pgBoss10SchemaName(schema);
  const hasLegacy = async (executor: Kysely<Database>): Promise<boolean> => {
    const found = await sql<{ found: boolean }>`select to_regnamespace(${legacy}) is not null as found`.execute(
      executor,
    );
    return found.rows[0]?.found ?? false;
  };
  if (!(await hasLegacy(db))) return 0;
  const queues = await sql<LegacyQueue>`
    select name, policy, retry_limit, retry_delay, retry_backoff, expire_seconds, retention_minutes, dead_letter
    from ${sql.table(`${legacy}.queue`)}`.execute(db);
  // Queues are created outside the transaction below (createQueue leaves an existing queue as it is).
  for (const queue of queues.rows) await boss.createQueue(queue.name, queueOptions(queue));
  for (const queue of queues.rows)
    if (queue.dead_letter) await boss.updateQueue(queue.name, { deadLetter: queue.dead_letter });
  return db.transaction().execute(async (trx) => {
    await lockUpgrade(trx, schema);
    if (!(await hasLegacy(trx))) return 0; // another process finished it meanwhile
    const jobs = await sql<LegacyJob>`
      select id, name, priority, data, retry_limit, retry_delay, retry_backoff, start_after, singleton_key,
        extract(epoch from expire_in)::int as expire_seconds, dead_letter
      from ${sql.table(`${legacy}.job`)}
      where state in ('created', 'retry', 'active')
      order by created_on, id`.execute(trx);
    const byQueue = new Map<string, JobInsert[]>();
    for (const job of jobs.rows) byQueue.set(job.name, [...(byQueue.get(job.name) ?? []), jobInsert(job)]);
    for (const [name, queued] of byQueue) await boss.insert(name, queued, { db: transactionalDb(trx) });
    await sql`drop schema ${sql.id(legacy)} cascade`.execute(trx);
    return jobs.rows.length;
  });
}
