import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { getTestDatabase, resetTestDatabase } from '../../../tests/setup/test-db.js';
import { createJobQueue } from '../jobs/boss.js';
import { createMailTransport, enqueueMail, startMailWorker, type MailTransport, type OutgoingMail } from './mailer.js';

describe('mail delivery', () => {
  it('keeps retrying while the mail server is down and delivers every mail once it is back', async () => {
    const database = await getTestDatabase();
    await resetTestDatabase(database);
    const queue = createJobQueue(database.pool, { pollingIntervalSeconds: 0.5 });
    await queue.start();
    const outbox = createMailTransport({ smtpUrl: undefined, from: 'test@vielfalt-ruhr.example', db: database.db });
    let failures = 0;
    const flaky: MailTransport = {
      deliver: async (mail: OutgoingMail) => {
        if (failures < 2) {
          failures += 1;
          throw new Error('connect ECONNREFUSED 127.0.0.1:25');
        }
        await outbox.deliver(mail);
      },
    };
    try {
      await startMailWorker(queue, flaky);
      await database.db.transaction().execute(async (trx) => {
        await enqueueMail(
          queue,
          trx,
          { to: 'a@beispiel.example', subject: 'Eins', text: 'Erste Nachricht' },
          { retryLimit: 5, retryDelay: 1, retryBackoff: false },
        );
      });
      const deadline = Date.now() + 20000;
      let delivered: { subject: string }[] = [];
      while (Date.now() < deadline && delivered.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        delivered = await database.db.selectFrom('dev_outbox').select('subject').execute();
      }
      expect(failures).toBe(2);
      expect(delivered).toEqual([{ subject: 'Eins' }]);
    } finally {
      await queue.stop({ graceful: false });
    }
  });

  it('sends nothing when the transaction that queued the mail rolls back', async () => {
    const database = await getTestDatabase();
    await resetTestDatabase(database);
    const queue = createJobQueue(database.pool);
    await queue.start();
    try {
      await queue.createQueue('send-mail');
      await expect(
        database.db.transaction().execute(async (trx) => {
          await enqueueMail(queue, trx, { to: 'b@beispiel.example', subject: 'Nie', text: 'x' });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      const countMailJobs = async (): Promise<number | undefined> => {
        const jobs = await sql<{
          n: number;
        }>`select count(*)::int as n from pgboss.job where name = 'send-mail'`.execute(database.db);
        return jobs.rows[0]?.n;
      };
      expect(await countMailJobs()).toBe(0);
      // The same query sees a mail whose transaction commits (pg-boss 12 keeps it in a partition of pgboss.job).
      await database.db.transaction().execute(async (trx) => {
        await enqueueMail(queue, trx, { to: 'b@beispiel.example', subject: 'Doch', text: 'x' });
      });
      expect(await countMailJobs()).toBe(1);
    } finally {
      await queue.stop({ graceful: false });
    }
  });
});
