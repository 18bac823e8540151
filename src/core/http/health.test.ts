import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { startPlatform } from '../../platform.js';

describe('GET /health', () => {
  // Migrates a database of its own: well past the default timeout on a loaded machine.
  it('answers 200 while the database answers and 503 once it is gone', { timeout: 240_000 }, async () => {
    // Its own throw-away database, because this test closes it.
    const database = await openDatabase({ databaseUrl: undefined, dataDir: 'memory://' });
    const platform = await startPlatform({
      config: loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }),
      database,
      workers: false,
    });
    try {
      const ok = await platform.app.inject({ url: '/health' });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toEqual({ status: 'ok' });
      await platform.queue.stop({ graceful: false });
      await database.close();
      const down = await platform.app.inject({ url: '/health' });
      expect(down.statusCode).toBe(503);
      expect(down.json()).toEqual({ status: 'unavailable' });
      expect(down.headers['retry-after']).toBe('30');
    } finally {
      await platform.app.close();
    }
  });
});
