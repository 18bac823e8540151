import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { startPlatform, type Platform } from '../../src/platform.js';
import { TestClient } from '../setup/test-platform.js';

/**
 * PGlite in a data folder whose disk has less free space than the platform keeps in reserve (the reserve set
 * above any real disk's free space): writes are refused with a 503 before they reach the database, pages read.
 * The watcher's recovery once space is freed is tested in src/core/db/disk-space.test.ts.
 */
describe('a nearly full disk under the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vr-disk-low-'));
  let platform: Platform;
  beforeAll(async () => {
    platform = await startPlatform({
      config: loadConfig({
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
        BASE_URL: 'http://localhost:3000',
        DATA_DIR_MIN_FREE_MB: '10000000',
      }),
      workers: false,
    });
  }, 240_000);
  afterAll(async () => {
    await platform.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a write with 503 and Retry-After, keeps reading, and /health says why', async () => {
    const client = new TestClient(platform.app);
    const page = await client.get('/de/barrierefreiheit');
    expect(page.statusCode).toBe(200);
    const write = await client.postForm('/de/barrierefreiheit', { message: 'Die Schrift ist zu klein.' });
    expect(write.statusCode).toBe(503);
    expect(write.headers['retry-after']).toBe('30');
    expect(write.body).toContain('Der Dienst ist gerade nicht erreichbar');
    const stored = await platform.database.db.selectFrom('accessibility_feedback').select('id').execute();
    expect(stored).toHaveLength(0);
    const health = await platform.app.inject({ url: '/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ status: 'unavailable', reason: 'disk_space_low' });
  });
});
