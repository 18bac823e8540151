import { sql } from 'kysely';
import pino from 'pino';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/client.js';
import { getTestDatabase, resetTestDatabase } from '../../../tests/setup/test-db.js';
import { createJobQueue, type JobQueue } from '../jobs/boss.js';
import {
  ACCOUNT_MAIL_QUEUE,
  BUNDLE_WINDOW_MS,
  createMailTransport,
  enqueueMail,
  SEND_MAIL_QUEUE,
  SMTP_POOL_CONNECTIONS,
  startMailWorker,
  type EnqueueMailOptions,
  type MailTransport,
  type OutgoingMail,
} from './mailer.js';
import { useMailSecret } from './sealed-mail.js';
import { createTestSmtpServer, freePort } from './test-smtp-server.js';

const QUICK_RETRY = { retry: { retryLimit: 10, retryDelay: 1, retryBackoff: false } };

async function waitFor(condition: () => Promise<boolean> | boolean, within = 25000): Promise<void> {
  const deadline = Date.now() + within;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every row of the job queue and the mail queue as text, as a dump of the database would show them. */
async function queuedText(database: DatabaseHandle): Promise<string> {
  const jobs = await sql<{ row: string }>`select j::text as row from pgboss.job j`.execute(database.db);
  const mails = await sql<{ row: string }>`select m::text as row from mail_queue m`.execute(database.db);
  return [...jobs.rows, ...mails.rows].map((row) => row.row).join('\n');
}

describe('mail delivery', () => {
  let database: DatabaseHandle;
  let queue: JobQueue | undefined;
  beforeAll(async () => {
    database = await getTestDatabase();
    useMailSecret('a-test-secret-of-at-least-32-characters-long');
  });
  afterEach(async () => {
    await queue?.stop({ graceful: false });
    queue = undefined;
  });

  async function startQueue(): Promise<JobQueue> {
    await resetTestDatabase(database);
    queue = createJobQueue(database.pool, { pollingIntervalSeconds: 0.5 });
    await queue.start();
    return queue;
  }

  async function send(mail: OutgoingMail, options: EnqueueMailOptions = {}): Promise<void> {
    if (!queue) throw new Error('start the queue first');
    const running = queue;
    await database.db.transaction().execute((trx) => enqueueMail(running, trx, mail, options));
  }

  it('keeps retrying while the mail server is down and delivers every mail once it is back', async () => {
    const running = await startQueue();
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
    await startMailWorker(running, flaky, { db: database.db });
    await send({ to: 'a@beispiel.example', subject: 'Eins', text: 'Erste Nachricht' }, QUICK_RETRY);
    let delivered: { subject: string }[] = [];
    await waitFor(async () => {
      delivered = await database.db.selectFrom('dev_outbox').select('subject').execute();
      return delivered.length > 0;
    });
    expect(failures).toBe(2);
    expect(delivered).toEqual([{ subject: 'Eins' }]);
  });

  it('sends nothing when the transaction that queued the mail rolls back', async () => {
    const running = await startQueue();
    await running.createQueue(SEND_MAIL_QUEUE);
    await expect(
      database.db.transaction().execute(async (trx) => {
        await enqueueMail(running, trx, { to: 'b@beispiel.example', subject: 'Nie', text: 'x' });
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
    expect(await database.db.selectFrom('mail_queue').select('id').execute()).toEqual([]);
    // The same query sees a mail whose transaction commits (pg-boss 12 keeps it in a partition of pgboss.job).
    await send({ to: 'b@beispiel.example', subject: 'Doch', text: 'x' });
    expect(await countMailJobs()).toBe(1);
  });

  it('keeps no link, address or name in clear text while a mail waits, and nothing at all once it is delivered', async () => {
    const running = await startQueue();
    await running.createQueue(ACCOUNT_MAIL_QUEUE);
    const mail = {
      to: 'Geheim.Person@beispiel.example',
      subject: 'Passwort zurücksetzen, Frida Geheimname',
      text: 'Hallo Frida Geheimname, http://localhost:3000/de/konto/passwort-neu?token=tok-7f3a9c1e5b',
    };
    await send(mail, { priority: 'account' });
    const waiting = await queuedText(database);
    expect(waiting).toContain('mailId');
    for (const secret of ['tok-7f3a9c1e5b', 'geheim.person@beispiel.example', 'Geheim.Person', 'Geheimname'])
      expect(waiting.toLowerCase()).not.toContain(secret.toLowerCase());

    const delivered: OutgoingMail[] = [];
    await startMailWorker(running, { deliver: async (sent) => void delivered.push(sent) }, { db: database.db });
    await waitFor(() => delivered.length === 1);
    expect(delivered[0]).toEqual(mail);
    await waitFor(async () => (await database.db.selectFrom('mail_queue').select('id').execute()).length === 0);
    expect(await queuedText(database)).not.toContain('Geheimname');
  });

  it('serves account mails from their own queue, before a backlog of notifications', async () => {
    const running = await startQueue();
    for (let index = 0; index < 60; index += 1)
      await send({ to: `n${index}@beispiel.example`, subject: `Hinweis ${index}`, text: 'x' });
    await send({ to: 'reset@beispiel.example', subject: 'Passwort', text: 'x' }, { priority: 'account' });
    const order: string[] = [];
    await startMailWorker(
      running,
      { deliver: async (mail) => void order.push(mail.subject) },
      { db: database.db, batchSize: 5 },
    );
    await waitFor(() => order.length === 61);
    // First come, first served would deliver it last, after 60 notifications.
    expect(order.indexOf('Passwort')).toBeLessThan(10);
  });

  it("sends a failed mail of a batch again, the batch's delivered mails only once, and logs the failure without the address", async () => {
    const running = await startQueue();
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => lines.push(line) });
    for (let index = 0; index < 5; index += 1)
      await send({ to: `person${index}@beispiel.example`, subject: `Mail ${index}`, text: 'x' }, QUICK_RETRY);
    const attempts: string[] = [];
    let refused = false;
    const transport: MailTransport = {
      deliver: async (mail) => {
        attempts.push(mail.subject);
        if (mail.subject === 'Mail 2' && !refused) {
          refused = true;
          throw new Error('550 5.1.1 <person2@beispiel.example>: Recipient address rejected');
        }
      },
    };
    await startMailWorker(running, transport, { db: database.db, logger, batchSize: 5 });
    await waitFor(() => attempts.filter((subject) => subject === 'Mail 2').length === 2);
    await waitFor(async () => (await database.db.selectFrom('mail_queue').select('id').execute()).length === 0);
    for (let index = 0; index < 5; index += 1)
      expect(attempts.filter((subject) => subject === `Mail ${index}`)).toHaveLength(index === 2 ? 2 : 1);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    const logged = JSON.parse(lines[0] ?? '{}') as { msg: string; err: { message: string }; queue: string };
    expect(logged.msg).toBe('mail delivery failed; it is retried');
    expect(logged.queue).toBe(SEND_MAIL_QUEUE);
    expect(logged.err.message).toContain('Recipient address rejected');
    expect(lines.join('\n')).not.toContain('person2@beispiel.example');
  });

  it('bundles notifications of one conversation to one recipient: one waits at a time, the next a quarter hour later', async () => {
    const running = await startQueue();
    const bundle = { bundle: 'application-messages:7d1c' };
    for (let index = 0; index < 5; index += 1)
      await send({ to: 'firma@beispiel.example', subject: 'Neue Nachrichten', text: 'x' }, bundle);
    await send({ to: 'kollegin@beispiel.example', subject: 'Neue Nachrichten', text: 'x' }, bundle);
    await send({ to: 'firma@beispiel.example', subject: 'Andere Unterhaltung', text: 'x' }, { bundle: 'other:1' });
    expect(await database.db.selectFrom('mail_queue').select('id').execute()).toHaveLength(3);

    const delivered: string[] = [];
    await startMailWorker(
      running,
      { deliver: async (mail) => void delivered.push(`${mail.to} ${mail.subject}`) },
      { db: database.db },
    );
    await waitFor(() => delivered.length === 3);
    await waitFor(async () => (await database.db.selectFrom('mail_queue').select('id').execute()).length === 0);

    // A message right after the mail went out: its mail waits until the quarter hour is over.
    const before = Date.now();
    await send({ to: 'firma@beispiel.example', subject: 'Neue Nachrichten', text: 'x' }, bundle);
    await send({ to: 'firma@beispiel.example', subject: 'Neue Nachrichten', text: 'x' }, bundle);
    const jobs = await running.findJobs(SEND_MAIL_QUEUE, { queued: true });
    expect(jobs).toHaveLength(1);
    const startAfter = jobs[0]?.startAfter.getTime() ?? 0;
    expect(startAfter).toBeGreaterThan(before + BUNDLE_WINDOW_MS - 60_000);
    expect(startAfter).toBeLessThanOrEqual(Date.now() + BUNDLE_WINDOW_MS);
  });

  it('delivers a batch over a few pooled SMTP connections, and every mail exactly once after the server comes back', async () => {
    const running = await startQueue();
    const port = await freePort();
    const server = createTestSmtpServer(port);
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => lines.push(line) });
    const transport = createMailTransport({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'test@vielfalt-ruhr.example',
      db: database.db,
    });
    try {
      for (let index = 0; index < 30; index += 1)
        await send({ to: `p${index}@beispiel.example`, subject: `Mail ${index}`, text: 'x' }, QUICK_RETRY);
      await startMailWorker(running, transport, { db: database.db, logger, batchSize: 10 });
      // The server is down: attempts fail and are logged.
      await waitFor(() => lines.length > 0);
      await server.listen();
      await waitFor(async () => (await database.db.selectFrom('mail_queue').select('id').execute()).length === 0);
      const subjects = server.subjects().sort();
      expect(subjects).toEqual(Array.from({ length: 30 }, (_, index) => `Mail ${index}`).sort());
      expect(server.connections).toBeLessThanOrEqual(SMTP_POOL_CONNECTIONS);
    } finally {
      transport.close?.();
      await server.close();
    }
  });
});
