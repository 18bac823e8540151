import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { loadConfig } from '../config.js';
import { startPlatform, type Platform } from '../../platform.js';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { AUTH_RATE_LIMITS } from '../../modules/accounts/index.js';
import { purgeExpiredPersonalData } from '../privacy/retention.js';
import { countHit, createRateLimitStore } from './rate-limit-store.js';
import { issueCsrfToken } from './csrf.js';

const test = useTestPlatform();
/** A second app process on the same database, as behind a load balancer. */
let second: Platform;

beforeAll(async () => {
  second = await startPlatform({
    config: loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', BASE_URL: 'http://localhost:3000' }),
    database: test.platform.database,
    workers: false,
  });
});
afterAll(async () => {
  await second.close();
});

const LOGIN_MAX = AUTH_RATE_LIMITS.login.max;
// A token for a visitor without a session, signed with the test configuration's secret (both processes share it).
const CSRF = issueCsrfToken(loadConfig({ NODE_ENV: 'test' }).sessionSecret, null);

/** One login attempt with a wrong password, from a fixed address, to the given app process. */
async function attemptLogin(app: FastifyInstance, email = 'target@beispiel.example') {
  return app.inject({
    method: 'POST',
    url: '/de/anmelden',
    remoteAddress: '192.0.2.10',
    payload: new URLSearchParams({ _csrf: CSRF, email, password: 'wrong-password-guess' }).toString(),
    headers: { cookie: `vr_csrf=${CSRF}`, 'content-type': 'application/x-www-form-urlencoded' },
  });
}

const ago = (ms: number) => new Date(Date.now() - ms);
const ahead = (ms: number) => new Date(Date.now() + ms);

describe('rate limits shared through PostgreSQL', () => {
  it('gives two app processes on one database one login budget', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LOGIN_MAX; attempt++) {
      statuses.push((await attemptLogin(attempt % 2 === 0 ? test.app : second.app)).statusCode);
    }
    expect(statuses).toEqual(Array<number>(LOGIN_MAX).fill(400));
    expect((await attemptLogin(test.app)).statusCode).toBe(429);
    expect((await attemptLogin(second.app)).statusCode).toBe(429);
    // Another address typed in from the same IP has its own budget.
    expect((await attemptLogin(second.app, 'other@beispiel.example')).statusCode).toBe(400);
  });

  it('stores digests, never the IP or email address', async () => {
    await attemptLogin(test.app);
    const rows = await test.db.selectFrom('rate_limits').select(['key', 'hits']).execute();
    // One counter for the address and the account, one for the address across accounts.
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.hits).toBe(1);
      expect(row.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it('starts a new window once the old one has expired', async () => {
    for (let attempt = 0; attempt < LOGIN_MAX; attempt++) await attemptLogin(test.app);
    expect((await attemptLogin(second.app)).statusCode).toBe(429);

    // The window passes: move its end into the past instead of waiting a minute.
    await test.db
      .updateTable('rate_limits')
      .set({ expires_at: ago(1000) })
      .execute();
    const fresh = await attemptLogin(second.app);
    expect(fresh.statusCode).toBe(400);
    expect(fresh.headers['x-ratelimit-remaining']).toBe(String(LOGIN_MAX - 1));
    const row = await test.db.selectFrom('rate_limits').select(['hits', 'expires_at']).executeTakeFirstOrThrow();
    expect(row.hits).toBe(1);
    expect(row.expires_at.getTime()).toBeGreaterThan(Date.now());
  });

  it('counts every hit exactly once when requests arrive at the same time', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => countHit(test.db, 'same-key', 60_000)));
    expect(results.map((result) => result.current).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    for (const result of results) expect(result.ttl).toBeGreaterThan(0);
    expect(results.every((result) => result.ttl <= 60_000)).toBe(true);
  });

  it('deletes expired counters along with later hits and in the nightly retention job', async () => {
    await test.db
      .insertInto('rate_limits')
      .values([
        { key: 'expired-1', hits: 3, expires_at: ago(60_000) },
        { key: 'expired-2', hits: 1, expires_at: ago(1000) },
        { key: 'live', hits: 2, expires_at: ahead(60_000) },
      ])
      .execute();
    await countHit(test.db, 'new', 60_000);
    const keys = async () =>
      (await test.db.selectFrom('rate_limits').select('key').orderBy('key').execute()).map((row) => row.key);
    expect(await keys()).toEqual(['live', 'new']);

    await test.db
      .insertInto('rate_limits')
      .values({ key: 'expired-3', hits: 1, expires_at: ago(1000) })
      .execute();
    const removed = await purgeExpiredPersonalData(test.db);
    expect(removed.rate_limits).toBe(1);
    expect(await keys()).toEqual(['live', 'new']);
  });
});

describe('the store under @fastify/rate-limit', () => {
  /** A bare app with the plugin and this store, and two routes under the same limit. */
  async function bareApp(options: { continueExceeding?: boolean; timeWindow?: string } = {}) {
    const app = Fastify();
    await app.register(rateLimit, {
      global: false,
      store: createRateLimitStore(test.db),
      ...(options.continueExceeding ? { continueExceeding: true } : {}),
    });
    const limit = { max: 2, timeWindow: options.timeWindow ?? '1 minute' };
    app.post('/a', { config: { rateLimit: limit } }, async () => 'ok');
    app.post('/b', { config: { rateLimit: limit } }, async () => 'ok');
    await app.ready();
    return app;
  }

  it('keeps the counters of each route apart', async () => {
    const app = await bareApp();
    const post = async (url: string) =>
      (await app.inject({ method: 'POST', url, remoteAddress: '192.0.2.1' })).statusCode;
    try {
      expect([await post('/a'), await post('/a'), await post('/a')]).toEqual([200, 200, 429]);
      expect(await post('/b')).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('refuses options it cannot honour when the app starts', async () => {
    await expect(bareApp({ continueExceeding: true })).rejects.toThrow(/fixed windows/);
    await expect(bareApp({ timeWindow: '2 hours' })).rejects.toThrow(/hour/);
  });

  it('counts every spelling of one address against its budget, as the sign-in compares them', async () => {
    const spellings = [
      'spelled@beispiel.example',
      ' spelled@beispiel.example',
      'SPELLED@beispiel.example ',
      '\tSpelled@Beispiel.example',
    ];
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= LOGIN_MAX; attempt++)
      statuses.push((await attemptLogin(test.app, spellings[attempt % spellings.length])).statusCode);
    expect(statuses.at(-1)).toBe(429);
  });

  it('limits sign-in attempts from one address across many accounts (password spraying)', async () => {
    const across = AUTH_RATE_LIMITS.loginAcrossAccounts.max;
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= across; attempt++)
      statuses.push((await attemptLogin(test.app, `spray-${attempt}@beispiel.example`)).statusCode);
    expect(statuses.slice(0, across)).toEqual(Array<number>(across).fill(400));
    expect(statuses.at(-1)).toBe(429);
  });
});
