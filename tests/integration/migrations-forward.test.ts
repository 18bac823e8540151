import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/core/db/client.js';
import type { Database } from '../../src/core/db/database.js';
import { mergeMigrations, migrateToLatest } from '../../src/core/db/migrate.js';
import { MIGRATIONS } from '../../src/platform.js';
import { generateDemoData } from '../../src/seed/demo.js';
import { LEGACY_MIGRATIONS } from '../fixtures/legacy-migrations/index.js';
import { getTestDatabase, openEmptyDatabase } from '../setup/test-db.js';

/**
 * A database created before migrations moved into the modules (tests/fixtures/legacy-migrations), full of rows,
 * migrated by today's code: no row may change and the schema must end up as a fresh database's. Renaming a
 * migration makes it run again on such a database (and fail); dropping or rewriting data changes the snapshot.
 */

async function publicTables(db: Kysely<Database>): Promise<string[]> {
  const result = await sql<{ name: string }>`
    select tablename as name from pg_tables
    where schemaname = 'public' and tablename not like 'kysely_%' order by tablename`.execute(db);
  return result.rows.map((row) => row.name);
}

/** Every row of every table, as JSON text in a stable order. */
/** Every table's column names. */
async function columnNames(db: Kysely<Database>): Promise<Record<string, string[]>> {
  const result = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns where table_schema = 'public'`.execute(db);
  const columns: Record<string, string[]> = {};
  for (const row of result.rows) (columns[row.table_name] ??= []).push(row.column_name);
  return columns;
}

/**
 * Every row of every table as JSON text. With `onlyColumns`, columns a table did not have then
 * (added by a later migration, with their default) are left out, so rows compare as they were.
 */
async function snapshotRows(
  db: Kysely<Database>,
  options: { tables?: readonly string[]; onlyColumns?: Record<string, string[]> } = {},
): Promise<Record<string, string[]>> {
  const { onlyColumns } = options;
  const snapshot: Record<string, string[]> = {};
  const now = onlyColumns ? await columnNames(db) : {};
  for (const table of options.tables ?? (await publicTables(db))) {
    const added = (now[table] ?? []).filter((column) => !(onlyColumns?.[table] ?? []).includes(column));
    const result = await sql<{ row: string }>`
      select (to_jsonb(t) - ${added}::text[])::text as row from ${sql.table(table)} t order by 1`.execute(db);
    snapshot[table] = result.rows.map((row) => row.row);
  }
  return snapshot;
}

/** Columns, constraints, indexes, triggers, functions, text search configurations and extensions of the database. */
async function describeSchema(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const query = async (statement: ReturnType<typeof sql>): Promise<unknown[]> => (await statement.execute(db)).rows;
  return {
    columns: await query(sql`
      select table_name, column_name, ordinal_position, data_type, udt_name, is_nullable, column_default,
        is_generated, generation_expression
      from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`),
    constraints: await query(sql`
      select conrelid::regclass::text as table_name, conname, contype, pg_get_constraintdef(oid) as definition
      from pg_constraint where connamespace = 'public'::regnamespace order by 1, 2`),
    indexes: await query(sql`
      select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by 1, 2`),
    triggers: await query(sql`
      select tgrelid::regclass::text as table_name, tgname, pg_get_triggerdef(oid) as definition
      from pg_trigger where not tgisinternal order by 1, 2`),
    functions: await query(sql`
      select proname, pg_get_function_identity_arguments(oid) as arguments, prosrc
      from pg_proc where pronamespace = 'public'::regnamespace order by 1, 2`),
    textSearch: await query(sql`
      select cfgname from pg_ts_config where cfgnamespace = 'public'::regnamespace order by 1`),
    extensions: await query(sql`select extname from pg_extension order by 1`),
  };
}

/** Reference tables a later migration reloads (postcode coordinates and distances, migration 010). */
const RELOADED_REFERENCE_TABLES = ['postcode_areas', 'postcode_distances'];

/** One row in each table the demo data leaves empty, so that every table has something to lose. */
async function fillEmptyTables(db: Kysely<Database>): Promise<void> {
  const user = await db.selectFrom('users').select('id').orderBy('email').executeTakeFirstOrThrow();
  const organisation = await db.selectFrom('organisations').select('id').orderBy('name').executeTakeFirstOrThrow();
  const profile = await db.selectFrom('applicant_profiles').select('id').orderBy('pseudonym').executeTakeFirstOrThrow();
  const event = await db
    .selectFrom('catalogue_entries')
    .select('id')
    .where('kind', '=', 'event')
    .orderBy('title')
    .executeTakeFirstOrThrow();
  const mentorship = await db.selectFrom('mentorships').select('id').orderBy('started_at').executeTakeFirstOrThrow();
  const at = new Date('2025-01-15T10:00:00Z');
  const later = new Date('2030-01-15T10:00:00Z');
  const inserts: Record<string, () => Promise<unknown>> = {
    sessions: () =>
      db.insertInto('sessions').values({ id: 'legacy-session', user_id: user.id, expires_at: later }).execute(),
    auth_tokens: () =>
      db
        .insertInto('auth_tokens')
        .values({ user_id: user.id, purpose: 'reset_password', token_hash: 'legacy-token', expires_at: later })
        .execute(),
    invitations: () =>
      db
        .insertInto('invitations')
        .values({
          organisation_id: organisation.id,
          email: 'eingeladen@example.org',
          role: 'member',
          token_hash: 'legacy-invitation',
          invited_by: user.id,
          expires_at: later,
        })
        .execute(),
    audit_log: () =>
      db
        .insertInto('audit_log')
        .values({ action: 'legacy.test', subject_type: 'user', subject_id: user.id, details: '{"a":1}' })
        .execute(),
    dev_outbox: () =>
      db
        .insertInto('dev_outbox')
        .values({ to_address: 'a@example.org', subject: 'Betreff', text_body: 'Text' })
        .execute(),
    accessibility_feedback: () =>
      db
        .insertInto('accessibility_feedback')
        .values({ message: 'Kontrast zu gering', locale: 'de', page_url: '/de', user_id: user.id })
        .execute(),
    rate_limits: () => db.insertInto('rate_limits').values({ key: 'legacy-key', hits: 3, expires_at: later }).execute(),
    event_registrations: () =>
      db
        .insertInto('event_registrations')
        .values({ entry_id: event.id, user_id: user.id, status: 'registered' })
        .execute(),
    catalogue_revisions: () =>
      db
        .insertInto('catalogue_revisions')
        .values({ entry_id: event.id, actor_user_id: user.id, action: 'submit', status: 'in_review', snapshot: '{}' })
        .execute(),
    saved_searches: () =>
      db
        .insertInto('saved_searches')
        .values({ user_id: user.id, query: '{"q":"Sprache"}', label: 'Sprache', locale: 'de' })
        .execute(),
    position_alerts: () =>
      db
        .insertInto('position_alerts')
        .values({ user_id: user.id, frequency: 'weekly', locale: 'de', last_sent_at: at, cities: ['essen'] })
        .execute(),
    profile_digest_subscriptions: () =>
      db
        .insertInto('profile_digest_subscriptions')
        .values({
          user_id: user.id,
          organisation_id: organisation.id,
          frequency: 'daily',
          locale: 'de',
          last_sent_at: at,
        })
        .execute(),
    profile_confirmation_requests: () =>
      db
        .insertInto('profile_confirmation_requests')
        .values({ profile_id: profile.id, token_hash: 'legacy-confirm' })
        .execute(),
    mentorship_sessions: () =>
      db
        .insertInto('mentorship_sessions')
        .values({ mentorship_id: mentorship.id, held_on: '2025-01-10', topic: 'Bewerbung', author_user_id: user.id })
        .execute(),
    mentorship_problem_reports: () =>
      db
        .insertInto('mentorship_problem_reports')
        .values({ mentorship_id: mentorship.id, reporter_user_id: user.id, description: 'Termin verpasst' })
        .execute(),
    dropout_help_requests: () =>
      db
        .insertInto('dropout_help_requests')
        .values({ user_id: user.id, situation: 'Ausbildung abgebrochen' })
        .execute(),
  };
  for (const table of await publicTables(db)) {
    const counted = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
    if (counted.rows[0]?.n === 0) await inserts[table]?.();
  }
}

/** Columns a row can be given (not generated), per table. */
async function writableColumns(db: Kysely<Database>): Promise<Record<string, string[]>> {
  const result = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and is_generated = 'NEVER' order by table_name, ordinal_position`.execute(db);
  const columns: Record<string, string[]> = {};
  for (const row of result.rows) (columns[row.table_name] ??= []).push(row.column_name);
  return columns;
}

/**
 * Fills the legacy database with today's demo data, in the layout it had then: the generator writes today's tables,
 * so it runs on a fresh database of today's layout, and every table the legacy layout has receives those rows with
 * the columns it had (foreign keys and triggers wait while the rows arrive in table order). Tables a legacy
 * migration already filled (reference data) keep their rows.
 */
async function copyDemoData(legacyDb: Kysely<Database>): Promise<void> {
  const source = await openEmptyDatabase('demo_source');
  try {
    await migrateToLatest(source.db, MIGRATIONS);
    await generateDemoData(source.db, { scale: 1, seed: 'legacy-layout' });
    const sourceColumns = await writableColumns(source.db);
    const legacyColumns = await writableColumns(legacyDb);
    await legacyDb.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      for (const table of await publicTables(trx)) {
        const columns = (legacyColumns[table] ?? []).filter((column) => sourceColumns[table]?.includes(column));
        if (columns.length === 0) continue;
        const counted = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(trx);
        if (counted.rows[0]?.n !== 0) continue;
        const rows = await sql<{ rows: string | null }>`
          select json_agg(t)::text as rows from ${sql.table(table)} t`.execute(source.db);
        const json = rows.rows[0]?.rows;
        if (!json) continue;
        const list = sql.join(columns.map((column) => sql.ref(column)));
        await sql`insert into ${sql.table(table)} (${list})
          select ${list} from jsonb_populate_recordset(null::${sql.table(table)}, ${json}::jsonb)`.execute(trx);
      }
    });
  } finally {
    await source.close();
  }
}

describe('migrating a database of the earlier layout (all migrations in core)', () => {
  let legacy: DatabaseHandle;

  beforeAll(async () => {
    legacy = await openEmptyDatabase('legacy');
    const migrator = new Migrator({ db: legacy.db, provider: { getMigrations: async () => LEGACY_MIGRATIONS } });
    const { error } = await migrator.migrateToLatest();
    if (error) throw new Error('Legacy migrations failed', { cause: error });
    await copyDemoData(legacy.db);
    await fillEmptyTables(legacy.db);
    await getTestDatabase(); // the fresh database to compare with, migrated within the hook's time
  });

  afterAll(async () => {
    await legacy?.close();
  });

  it('keeps every row and every recorded name, and ends with the schema of a fresh database', async () => {
    const before = await snapshotRows(legacy.db);
    const empty = Object.entries(before).filter(([, rows]) => rows.length === 0);
    expect(empty.map(([table]) => table)).toEqual([]);

    const columnsBefore = await columnNames(legacy.db);
    await migrateToLatest(legacy.db, MIGRATIONS);

    // The reference data of postcodes is reloaded on purpose (migration 010, decision 016): it must end as a fresh
    // database has it; every other row stays as it was.
    // Tables a later migration created are new and compared through the schema below, not here.
    const after = await snapshotRows(legacy.db, { tables: Object.keys(before), onlyColumns: columnsBefore });
    const fresh = await getTestDatabase();
    const freshRows = await snapshotRows(fresh.db, { tables: RELOADED_REFERENCE_TABLES });
    for (const table of RELOADED_REFERENCE_TABLES) {
      expect(after[table]).toEqual(freshRows[table]);
      delete after[table];
      delete before[table];
    }
    expect(after).toEqual(before);
    const recorded = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(legacy.db);
    const names = Object.keys(mergeMigrations(MIGRATIONS));
    expect(recorded.rows.map((row) => row.name)).toEqual(names);
    expect(names).toEqual(expect.arrayContaining(Object.keys(LEGACY_MIGRATIONS)));

    expect(await describeSchema(legacy.db)).toEqual(await describeSchema(fresh.db));
  });
});
