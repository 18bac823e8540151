import { sql } from 'kysely';
import { accountsModule } from '../../modules/accounts/index.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { startPlatform, type Platform } from '../../platform.js';
import { getTestDatabase, resetTestDatabase } from '../../../tests/setup/test-db.js';
import { TestClient, linkFrom, waitForMail, type TestPlatform } from '../../../tests/setup/test-platform.js';
import { registerThroughForm } from '../../../tests/setup/sign-in.js';
import { createMailTransport, MAIL_QUEUES, startMailWorker } from './mailer.js';
import { mailPersonalData } from './personal-data.js';

/**
 * The platform with its mail worker under the test's control: started and stopped by hand, so a
 * test can look at the database while a mail waits.
 */
let platform: Platform;
const test: TestPlatform = {
  get platform() {
    return platform;
  },
  get app() {
    return platform.app;
  },
  get db() {
    return platform.database.db;
  },
};

beforeAll(async () => {
  platform = await startPlatform({
    config: loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', BASE_URL: 'http://localhost:3000' }),
    database: await getTestDatabase(),
    jobPollingSeconds: 0.5,
    workers: false,
  });
});
beforeEach(async () => {
  await resetTestDatabase(platform.database);
});
afterAll(async () => {
  await platform.close();
});

/** Reset requests are worked off by the accounts module's job, which queues the reset mail. */
async function startResetWorker(): Promise<void> {
  for (const start of accountsModule.jobs ?? []) await start(platform.app.services);
}

async function startWorker(): Promise<void> {
  const transport = createMailTransport({ smtpUrl: undefined, from: 'test@vielfalt-ruhr.example', db: test.db });
  await startMailWorker(platform.queue, transport, { db: test.db });
}

async function stopWorker(): Promise<void> {
  for (const name of MAIL_QUEUES) await platform.queue.offWork(name, { wait: true });
}

/** Until the reset worker has queued its mail (the request itself only queues the reset job). */
async function untilMailWaits(): Promise<void> {
  const deadline = Date.now() + 20000;
  while ((await test.db.selectFrom('mail_queue').select('id').execute()).length === 0) {
    if (Date.now() > deadline) throw new Error('no mail was queued');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function waitUntilQueueEmpty(): Promise<void> {
  const deadline = Date.now() + 20000;
  while ((await test.db.selectFrom('mail_queue').select('id').execute()).length > 0) {
    if (Date.now() > deadline) throw new Error('mail still waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Every row of every table (the application's and the job queue's), as text, as a dump would show it. */
async function dumpDatabase(): Promise<string> {
  const tables = await sql<{ schemaname: string; tablename: string }>`
    select schemaname, tablename from pg_tables where schemaname in ('public', 'pgboss')`.execute(test.db);
  const lines: string[] = [];
  for (const table of tables.rows) {
    const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(
      `${table.schemaname}.${table.tablename}`,
    )} t`.execute(test.db);
    for (const row of rows.rows) lines.push(`${table.schemaname}.${table.tablename}: ${row.row}`);
  }
  return lines.join('\n').toLowerCase();
}

const PASSWORD = 'Quittenmus auf dem Dachboden 2026';

function register(client: TestClient, email: string, name: string) {
  return registerThroughForm(client, { email, name, password: PASSWORD });
}

describe('mail and erasure', () => {
  it('leaves no trace of a deleted account in any table: not in mail waiting, sent, or in the outbox', async () => {
    await startWorker();
    await startResetWorker();
    const email = 'zilwarda.quentrop@beispiel.example';
    const client = new TestClient(test.app);
    expect((await register(client, email, 'Zilwarda Quentrop')).statusCode).toBe(303);
    const confirmation = await waitForMail(test, email);
    const confirmed = await client.get(linkFrom(confirmation.text_body, '/konto/bestaetigen'));
    expect(confirmed.statusCode, confirmed.body.slice(0, 3000)).toBe(200);
    expect((await client.postForm('/de/anmelden', { email, password: PASSWORD })).statusCode).toBe(303);
    await client.postForm('/de/passwort-vergessen', { email });
    await waitForMail(test, email, { count: 2 });
    // A mail naming the person, to someone else, in the outbox too.
    await test.db
      .insertInto('dev_outbox')
      .values([
        { to_address: 'kollege@beispiel.example', subject: 'Hinweis', text_body: 'Zilwarda Quentrop schrieb' },
        { to_address: 'kollege@beispiel.example', subject: 'Anderes', text_body: 'Ein anderes Thema' },
      ])
      .execute();
    await waitUntilQueueEmpty();

    // One more mail waits when the account is deleted: the mail server is away.
    await stopWorker();
    await client.postForm('/de/passwort-vergessen', { email });
    await untilMailWaits();
    expect(await test.db.selectFrom('mail_queue').select('id').execute()).toHaveLength(1);
    const exported = (await mailPersonalData.export(test.db, await userId(email))) as { waiting: unknown[] };
    expect(exported.waiting).toHaveLength(1);

    const deleted = await client.postForm('/de/konto/loeschen', { current_password: PASSWORD, confirm: 'on' });
    expect(deleted.statusCode).toBe(303);
    const dump = await dumpDatabase();
    expect(dump.includes('ein anderes thema')).toBe(true);
    for (const trace of ['zilwarda', 'quentrop']) {
      const lines = dump.split('\n').filter((line) => line.includes(trace));
      expect(lines, trace).toEqual([]);
    }
    // Only the mail that confirms the deletion waits, sealed; it is gone once delivered.
    expect(await test.db.selectFrom('mail_queue').select('id').execute()).toHaveLength(1);
    await startWorker();
    const goodbye = await waitForMail(test, email);
    expect(goodbye.subject).toBe('Ihr Konto wurde gelöscht');
    await waitUntilQueueEmpty();
    const afterDelivery = await dumpDatabase();
    expect(
      afterDelivery.split('\n').filter((line) => line.includes('zilwarda') && !line.startsWith('public.dev_outbox')),
    ).toEqual([]);
    await stopWorker();
  });

  it('leaves the name typed at registration out of the confirmation mail, which goes to any address typed in', async () => {
    await startWorker();
    const client = new TestClient(test.app);
    const name = 'Gewinn abholen: http://gewinn.example/jetzt';
    expect((await register(client, 'fremd@beispiel.example', name)).statusCode).toBe(303);
    const mail = await waitForMail(test, 'fremd@beispiel.example');
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(mail.text_body).toMatch(/^Hallo,\n/);
    expect(mail.text_body).not.toContain('gewinn.example');
    await stopWorker();
  });
});

async function userId(email: string): Promise<string> {
  const user = await test.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return user.id;
}
