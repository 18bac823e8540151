import { sql, type Kysely } from 'kysely';

/**
 * The data version restarts at 1 whenever its row is gone (an emptied database, a restore of an older
 * dump), so a process that kept the values of an earlier version 3 would take a new version 3 for the
 * same data. Each version row now carries an epoch drawn when the row is created; a cache holds the
 * values of one version in one epoch.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table monitoring_data_version add column epoch uuid not null default gen_random_uuid()`.execute(db);
}
