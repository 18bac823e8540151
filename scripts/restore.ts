/**
 * Restores a backup made by `npm run backup` into the configured database and data directory; see
 * src/core/db/backup.ts.
 *
 *   npm run restore -- ./backups/2026-12-06 [--force]
 *
 * Stop the app first. A database that holds accounts is replaced only with --force; an old PGlite folder and
 * files folder are moved aside, never deleted.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/core/config.js';
import { restore } from '../src/core/db/backup.js';

const { values, positionals } = parseArgs({
  options: { force: { type: 'boolean', default: false } },
  allowPositionals: true,
  strict: true,
});
const from = positionals[0];
if (!from || positionals.length > 1) {
  console.error('Usage: npm run restore -- <backup folder> [--force]');
  process.exit(2);
}
const config = loadConfig();
try {
  const result = await restore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, from, values.force);
  console.log(JSON.stringify({ restored: from, ...result }));
} catch (error) {
  console.error(`restore: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
