/**
 * Fills a database with fictional demo data (see docs/demo-accounts.md).
 *
 *   npm run seed -- --scale 100 [--entries 50000] [--seed ruhr] [--database-url postgres://…| --data-dir ./data] [--force]
 *
 * Defaults come from the configuration (DATABASE_URL, DATA_DIR). Progress goes to stderr, a JSON
 * summary to stdout. --entries sets the number of catalogue entries instead of the scale's
 * (scale N gives about 370 × N; the actor profiles stay one per publishing organisation). Refuses in production, and refuses a database that already has users unless
 * --force is given, which first deletes all users and organisations and everything that refers to them.
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from '../src/core/config.js';
import { openDatabase } from '../src/core/db/client.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import { MIGRATIONS } from '../src/platform.js';
import { DEFAULT_DEMO_SEED, generateDemoData } from '../src/seed/demo.js';
import { createFileStorage } from '../src/core/storage/index.js';

const USAGE =
  'Usage: npm run seed -- [--scale N] [--entries N] [--seed S] [--database-url URL | --data-dir DIR] [--force]';

function fail(message: string): never {
  console.error(`seed: ${message}\n${USAGE}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        scale: { type: 'string', default: '1' },
        entries: { type: 'string' },
        seed: { type: 'string', default: DEFAULT_DEMO_SEED },
        'database-url': { type: 'string' },
        'data-dir': { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1 || scale > 10_000)
  fail(`--scale must be a whole number from 1 to 10000, got "${values.scale}"`);
const catalogueEntries = values.entries === undefined ? undefined : Number(values.entries);
if (
  catalogueEntries !== undefined &&
  (!Number.isInteger(catalogueEntries) || catalogueEntries < 1 || catalogueEntries > 2_000_000)
) {
  fail(`--entries must be a whole number from 1 to 2000000, got "${values.entries}"`);
}
if (values['database-url'] && values['data-dir']) fail('give either --database-url or --data-dir, not both');

const config = loadConfig();
if (config.isProduction) fail('refusing to load demo data with NODE_ENV=production: demo data never goes live');

const databaseUrl = values['data-dir'] ? undefined : (values['database-url'] ?? config.databaseUrl);
const dataDir = values['data-dir'] ?? config.dataDir;
const started = performance.now();
const database = await openDatabase({ databaseUrl, dataDir });
try {
  await migrateToLatest(database.db, MIGRATIONS);
  const existing = await database.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) {
    if (!values.force) {
      throw new Error(
        `the database already has ${existing.n} users; add --force to delete all users and organisations first`,
      );
    }
    console.error(`seed: --force: deleting ${existing.n} users, all organisations and everything that refers to them`);
    await sql`truncate users, organisations cascade`.execute(database.db);
  }
  console.error(
    `seed: scale ${scale}, seed "${values.seed}", database ${database.kind}${databaseUrl ? '' : ` (${dataDir})`}`,
  );
  const summary = await generateDemoData(database.db, {
    scale,
    seed: values.seed,
    log: (line) => console.error(`seed: ${line}`),
    storage: createFileStorage({ ...config, dataDir }),
    ...(catalogueEntries === undefined ? {} : { catalogueEntries }),
  });
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  console.log(JSON.stringify({ scale, seed: values.seed, database: database.kind, ...summary, seconds }));
} catch (error) {
  console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
