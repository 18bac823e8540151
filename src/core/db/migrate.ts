import type { Database } from './schema.js';
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as m001 from './migrations/001-foundation.js';
import * as m002 from './migrations/002-catalogue.js';
import * as m003 from './migrations/003-catalogue-search.js';
import * as m003m from './migrations/003-matching.js';
import * as m004 from './migrations/004-applications.js';
import * as m005 from './migrations/005-mentoring.js';
import * as m006 from './migrations/006-catalogue-search-index.js';
import * as m007 from './migrations/007-rate-limits.js';

/** Migrations are listed here, in order, so they bundle and run the same way everywhere. */
const migrations: Record<string, Migration> = {
  '001-foundation': m001,
  '002-catalogue': m002,
  '003-catalogue-search': m003,
  '003-matching': m003m,
  '004-applications': m004,
  '005-mentoring': m005,
  '006-catalogue-search-index': m006,
  '007-rate-limits': m007,
};

/** Runs core's migrations and those the modules declare, in name order; a name used twice is an error. */
export async function migrateToLatest(
  db: Kysely<Database>,
  moduleMigrations: Readonly<Record<string, Migration>> = {},
): Promise<void> {
  const twice = Object.keys(moduleMigrations).find((name) => name in migrations);
  if (twice) throw new Error(`Migration "${twice}" is defined by core and by a module`);
  const all = { ...migrations, ...moduleMigrations };
  const provider: MigrationProvider = { getMigrations: async () => all };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
