import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createJobQueue } from '../../src/core/jobs/boss.js';
import { startJobQueue } from '../../src/core/jobs/start.js';
import { startMailWorker, type OutgoingMail } from '../../src/core/mail/mailer.js';
import { openEmptyDatabase } from '../setup/test-db.js';
import { hours } from '../../src/core/time/durations.js';

const PGBOSS_10_SCHEMA = readFileSync(new URL('../fixtures/pgboss-10/schema.sql', import.meta.url), 'utf8');

const WAITING_MAIL = '00000000-0000-4000-8000-000000000001';
const RETRYING_MAIL = '00000000-0000-4000-8000-000000000002';
const SENT_MAIL = '00000000-0000-4000-8000-000000000003';

describe('a database whose job queue pg-boss 10 created', () => {
  it('is taken over by pg-boss 12 at start, with every job that had not finished', async () => {
    const database = await openEmptyDatabase('pgboss10');
    try {
      // As pg-boss 10.4.2 left it: its schema (version 24), two queues and jobs in several states.
      await database.pool.query(PGBOSS_10_SCHEMA);
      await database.pool.query(`select pgboss.create_queue('send-mail', '{"policy":"standard"}')`);
      await database.pool.query(
        `select pgboss.create_queue('matching-alerts', '{"policy":"standard","retryLimit":4,"retryDelay":300,"retryBackoff":true}')`,
      );
      await database.pool.query(`
        insert into pgboss.job (id, name, data, state, retry_limit, retry_delay, retry_backoff, retry_count, start_after, policy)
        values
          ('${WAITING_MAIL}', 'send-mail', '{"to":"a@beispiel.example","subject":"Wartet","text":"x"}', 'created', 20, 30, true, 0, now(), 'standard'),
          ('${RETRYING_MAIL}', 'send-mail', '{"to":"b@beispiel.example","subject":"Später","text":"x"}', 'retry', 20, 30, true, 3, now() + interval '1 day', 'standard'),
          ('${SENT_MAIL}', 'send-mail', '{"to":"c@beispiel.example","subject":"Gesendet","text":"x"}', 'completed', 20, 30, true, 0, now(), 'standard')`);

      // pg-boss 12 on its own refuses the schema: it migrates from pg-boss 11's version on only.
      const unaided = createJobQueue(database.pool);
      await expect(unaided.start()).rejects.toThrow(/version 24/);
      await unaided.stop({ graceful: false });

      const queue = createJobQueue(database.pool, { pollingIntervalSeconds: 0.5 });
      await startJobQueue(queue, database.db);
      try {
        const version = await sql<{ version: number }>`select version from pgboss.version`.execute(database.db);
        expect(version.rows[0]?.version).toBeGreaterThan(24);
        const leftOver = await sql<{
          found: boolean;
        }>`select to_regnamespace('pgboss_v10') is not null as found`.execute(database.db);
        expect(leftOver.rows[0]?.found).toBe(false);
        expect(await queue.getQueue('matching-alerts')).toMatchObject({
          retryLimit: 4,
          retryDelay: 300,
          retryBackoff: true,
        });
        const carried = await queue.findJobs<OutgoingMail>('send-mail');
        expect(carried.map((job) => job.id).sort()).toEqual([WAITING_MAIL, RETRYING_MAIL]);
        const retrying = carried.find((job) => job.id === RETRYING_MAIL);
        expect(retrying).toMatchObject({
          data: { subject: 'Später' },
          retryLimit: 20,
          retryDelay: 30,
          retryBackoff: true,
        });
        expect(retrying?.startAfter.getTime()).toBeGreaterThan(Date.now() + hours(23));

        // Starting again (a restart, or a second process) changes nothing.
        const again = createJobQueue(database.pool);
        await startJobQueue(again, database.db);
        await again.stop({ graceful: false });
        expect(await queue.findJobs('send-mail')).toHaveLength(2);

        // The waiting mail is delivered by the new worker.
        const delivered: OutgoingMail[] = [];
        await startMailWorker(queue, { deliver: async (mail) => void delivered.push(mail) }, { db: database.db });
        const deadline = Date.now() + 20000;
        while (Date.now() < deadline && delivered.length === 0)
          await new Promise((resolve) => setTimeout(resolve, 200));
        expect(delivered.map((mail) => mail.subject)).toEqual(['Wartet']);
      } finally {
        await queue.stop({ graceful: false });
      }
    } finally {
      await database.close();
    }
  });
});
