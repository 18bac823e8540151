import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database.js';

/** Migrations by name, as core and each module export them from their `migrations/index.ts`. */
export type Migrations = Readonly<Record<string, Migration>>;

/**
 * One record of every migration, sorted by name: the order they run in on every database. A name that two sets
 * share is an error, never a silent overwrite (a name is a migration's identity in kysely_migration).
 */
export function mergeMigrations(sets: readonly Migrations[]): Record<string, Migration> {
  const merged = new Map<string, Migration>();
  for (const set of sets) {
    for (const [name, migration] of Object.entries(set)) {
      if (merged.has(name)) throw new Error(`Two migrations are named ${name}`);
      merged.set(name, migration);
    }
  }
  return Object.fromEntries([...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Runs every pending migration of core and the modules, in name order. Migrations are passed in (not discovered
 * on disk) so they bundle and run the same way everywhere.
 *
 * allowUnorderedMigrations: a module's migration may sort before one a database has already run — the tables
 * that moved out of '001-foundation' into '001-organisations-invitations' and '001-site-accessibility-feedback'
 * sort before '007-rate-limits' — and Kysely's default refuses to run it there. Such migrations are written to be
 * no-ops where the older migration already did their work (`if not exists`), so running them late is safe.
 */
export async function migrateToLatest(db: Kysely<Database>, sets: readonly Migrations[]): Promise<void> {
  // A migration may rebuild an index over a large table: on one connection of its own, free of the app's
  // statement timeout, which is restored before the connection goes back to the pool.
  await db.connection().execute(async (connection) => {
    await sql`set statement_timeout = 0`.execute(connection);
    try {
      await runMigrations(connection, sets);
    } finally {
      await sql`reset statement_timeout`.execute(connection);
    }
  });
}

async function runMigrations(db: Kysely<Database>, sets: readonly Migrations[]): Promise<void> {
  const migrations = mergeMigrations(sets);
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
