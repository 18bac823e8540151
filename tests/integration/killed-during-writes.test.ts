import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/core/db/client.js';
import { startServerProcess, stopChild } from '../../scripts/bench-support.js';
import { findFreePort } from '../setup/machine.js';
import { openEmptyDatabase } from '../setup/test-db.js';

/**
 * The compiled server (what `npm start` runs; `npm test` builds it first) is killed with SIGKILL while
 * visitors send forms: after a restart every acknowledged write is there, whole, and nothing else is half
 * there. On this run's database: a PGlite folder, or a database of its own on the test PostgreSQL server.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SERVER = join(ROOT, 'dist/server.js');
const WRITERS = 6;

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanUp of cleanups.reverse()) await cleanUp();
});

/** Where the server keeps its data on this run's engine, and how the test reads it afterwards. */
async function storage(): Promise<{ env: Record<string, string>; open: () => Promise<DatabaseHandle> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vr-killed-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  if (process.env.VR_TEST_DB !== 'postgres')
    return { env: { DATA_DIR: dataDir }, open: () => openDatabase({ databaseUrl: undefined, dataDir }) };
  const database = await openEmptyDatabase('killed');
  const url = (database.pool.options as { connectionString: string }).connectionString;
  cleanups.push(() => database.close());
  return { env: { DATA_DIR: dataDir, DATABASE_URL: url }, open: () => openDatabase({ databaseUrl: url, dataDir }) };
}

async function startServer(env: Record<string, string>, port: number) {
  const server = startServerProcess([SERVER], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      DEMO_DATA: 'off',
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: `http://127.0.0.1:${port}`,
      // Each write comes "through the proxy" from its own address, so the feedback form's limit per address holds.
      TRUST_PROXY: '1',
      ...env,
    },
    timeoutMs: 120_000,
  });
  await server.listening;
  return server.child;
}

/** Sends feedback forms one after another until told to stop; resolves with the messages answered 303. */
async function writer(base: string, id: number, stop: { now: boolean }): Promise<string[]> {
  const page = await fetch(`${base}/de/barrierefreiheit`);
  const cookie = /vr_csrf=([^;]+)/.exec(page.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error('no CSRF cookie');
  const acknowledged: string[] = [];
  for (let n = 0; !stop.now; n += 1) {
    const message = `Rückmeldung ${id}-${n}: Der Kontrast im Veranstaltungskalender ist zu schwach.`;
    try {
      const response = await fetch(`${base}/de/barrierefreiheit`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          cookie: `vr_csrf=${cookie}`,
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': `10.${id}.${(n >> 8) & 255}.${n & 255}`,
        },
        body: new URLSearchParams({ _csrf: cookie, message }).toString(),
      });
      if (response.status === 303) acknowledged.push(message);
    } catch {
      // The server was killed while this request was open: not acknowledged.
      return acknowledged;
    }
  }
  return acknowledged;
}

describe('the server killed with SIGKILL while it writes', () => {
  it(
    'loses no acknowledged write and leaves none half-written; it starts again on the same data',
    { timeout: 300_000 },
    async () => {
      if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first (npm test does)`);
      const { env, open } = await storage();
      const port = await findFreePort();
      const base = `http://127.0.0.1:${port}`;

      const first = await startServer(env, port);
      const stop = { now: false };
      const writers = Array.from({ length: WRITERS }, (_, id) => writer(base, id, stop));
      await new Promise((resolve) => setTimeout(resolve, 2500));
      first.kill('SIGKILL');
      await new Promise((resolve) => first.once('exit', resolve));
      stop.now = true;
      const acknowledged = (await Promise.all(writers)).flat();
      expect(acknowledged.length).toBeGreaterThan(0);

      const second = await startServer(env, port);
      try {
        expect((await fetch(`${base}/health`)).status).toBe(200);
      } finally {
        await stopChild(second);
      }
      expect(second.exitCode).toBe(0);

      const database = await open();
      try {
        const rows = await database.db.selectFrom('accessibility_feedback').select(['message', 'locale']).execute();
        const stored = new Set(rows.map((row) => row.message));
        expect(acknowledged.filter((message) => !stored.has(message))).toEqual([]);
        for (const row of rows) {
          expect(row.message).toMatch(/^Rückmeldung \d+-\d+: Der Kontrast im Veranstaltungskalender ist zu schwach\.$/);
          expect(row.locale).toBe('de');
        }
      } finally {
        await database.close();
      }
    },
  );
});
