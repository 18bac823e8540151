import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { startPlatform, type Platform } from '../../src/platform.js';
import { startPostgresServer, type PostgresServer } from '../setup/postgres-server.js';
import { startStallingProxy, type StallingProxy } from '../setup/stalling-proxy.js';

/**
 * The database going away under a running app: a PostgreSQL server of this file's own (the suite's shared one
 * must keep serving the other files), restarted, stopped and stalled while the platform runs with its workers.
 */

/** Short limits, so a stall is noticed within a test's time. */
function faultConfig(databaseUrl: string) {
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: 'memory://',
    BASE_URL: 'http://localhost:3000',
    DATABASE_URL: databaseUrl,
    DATABASE_WAIT_SECONDS: '60',
    DATABASE_STATEMENT_TIMEOUT_MS: '2000',
    DATABASE_CONNECT_TIMEOUT_MS: '1000',
    REQUEST_DEADLINE_MS: '3000',
  });
}

/** Asks until the app answers 200 again (the pool drops the connections the restart broke). */
async function untilHealthy(platform: Platform): Promise<number> {
  for (let attempt = 1; attempt <= 100; attempt += 1) {
    const response = await platform.app.inject({ url: '/health' });
    if (response.statusCode === 200) return attempt;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the app did not become healthy again');
}

describe('the database goes away under a running app', () => {
  let server: PostgresServer;
  let proxy: StallingProxy;

  beforeAll(async () => {
    server = await startPostgresServer();
    proxy = await startStallingProxy(server.url);
  });
  afterAll(async () => {
    await proxy.close();
    await server.stop();
  });

  it('a restart of PostgreSQL: 503 with Retry-After while it is down, pages again once it is back, the process lives', async () => {
    const platform = await startPlatform({ config: faultConfig(server.url), jobPollingSeconds: 0.5 });
    try {
      // Several pages at once, so the pool holds idle connections that the shutdown ends.
      const warm = await Promise.all(
        ['/de', '/de/suche', '/de/barrierefreiheit'].map((url) => platform.app.inject({ url })),
      );
      expect(warm.map((response) => response.statusCode)).toEqual([200, 200, 200]);

      await server.shutDown();
      const health = await platform.app.inject({ url: '/health' });
      expect(health.statusCode).toBe(503);
      expect(health.headers['retry-after']).toBe('30');
      const page = await platform.app.inject({ url: '/de' });
      expect(page.statusCode).toBe(503);
      expect(page.headers['retry-after']).toBe('30');
      expect(page.body).toContain('Der Dienst ist gerade nicht erreichbar');
      const api = await platform.app.inject({ url: '/api/v1/catalogue/entries' });
      expect(api.statusCode).toBe(503);
      expect(api.json()).toMatchObject({ error: { code: 'unavailable' } });

      // Idle for a few of the job queue's polls while the server is away: nothing may end the process.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await server.startAgain();
      await untilHealthy(platform);
      expect((await platform.app.inject({ url: '/de' })).statusCode).toBe(200);
    } finally {
      await platform.close();
    }
  });

  it('an app started while PostgreSQL is down waits for it instead of exiting', async () => {
    await server.shutDown();
    const starting = startPlatform({ config: faultConfig(server.url), workers: false });
    let started = false;
    void starting.then(() => {
      started = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(started).toBe(false);
    await server.startAgain();
    const platform = await starting;
    try {
      expect((await platform.app.inject({ url: '/health' })).statusCode).toBe(200);
    } finally {
      await platform.close();
    }
  });

  it('a stalled database: /health and pages answer 503 instead of hanging, and serve again when it resumes', async () => {
    const platform = await startPlatform({ config: faultConfig(proxy.url), workers: false });
    try {
      expect((await platform.app.inject({ url: '/de' })).statusCode).toBe(200);
      proxy.stall();
      const [health, page] = await Promise.all([
        platform.app.inject({ url: '/health' }),
        platform.app.inject({ url: '/de/suche?q=Sprachkurs' }),
      ]);
      expect(health.statusCode).toBe(503);
      expect(page.statusCode).toBe(503);
      expect(page.headers['retry-after']).toBe('30');
      proxy.resume();
      await untilHealthy(platform);
      expect((await platform.app.inject({ url: '/de/suche?q=Sprachkurs' })).statusCode).toBe(200);
    } finally {
      proxy.resume();
      await platform.close();
    }
  });
});
