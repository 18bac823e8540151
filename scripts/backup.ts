/**
 * Backs up the platform's data (database and uploaded files) into a new folder; see src/core/db/backup.ts.
 *
 *   npm run backup -- [--out ./backups/2026-12-06]
 *
 * Uses DATABASE_URL (pg_dump, while the app runs) or the PGlite folder in DATA_DIR (stop the app first).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/core/config.js';
import { backup } from '../src/core/db/backup.js';

const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true });
const config = loadConfig();
const out = values.out ?? `./backups/${new Date().toISOString().replace(/[:.]/g, '-')}`;
try {
  const manifest = await backup({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, out);
  console.log(JSON.stringify({ backup: out, ...manifest }));
} catch (error) {
  console.error(`backup: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
