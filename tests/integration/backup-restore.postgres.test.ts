import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { backup, restore } from '../../src/core/db/backup.js';
import { openDatabase } from '../../src/core/db/client.js';
import { migrateToLatest } from '../../src/core/db/migrate.js';
import { MIGRATIONS } from '../../src/platform.js';

/**
 * `npm run backup` / `npm run restore` (src/core/db/backup.ts) for both databases the platform runs on: a
 * PGlite data directory and a PostgreSQL server (the suite's, in databases of this file's own).
 */
const folders: string[] = [];
function tempFolder(label: string): string {
  const folder = mkdtempSync(join(tmpdir(), `vr-${label}-`));
  folders.push(folder);
  return folder;
}
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function addAccount(databaseUrl: string | undefined, dataDir: string, email: string): Promise<void> {
  const database = await openDatabase({ databaseUrl, dataDir });
  try {
    await migrateToLatest(database.db, MIGRATIONS);
    await database.db
      .insertInto('users')
      .values({ email, password_hash: 'not-a-real-hash', display_name: 'Backup Probe', locale: 'de' })
      .execute();
  } finally {
    await database.close();
  }
}

async function accounts(databaseUrl: string | undefined, dataDir: string): Promise<string[]> {
  const database = await openDatabase({ databaseUrl, dataDir });
  try {
    const rows = await database.db.selectFrom('users').select('email').orderBy('email').execute();
    return rows.map((row) => row.email);
  } finally {
    await database.close();
  }
}

async function freshServerDatabase(label: string): Promise<string> {
  const serverUrl = process.env.VR_TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error('needs VR_TEST_POSTGRES_URL (set by tests/setup/global-postgres.ts)');
  const name = `vr_${label}_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Each test migrates fresh databases several times: minutes on a loaded machine. */
const SLOW = { timeout: 240_000 };

describe('backup and restore', () => {
  it(
    'PGlite: the data folder and the uploaded files come back; a database in the way needs --force and is moved aside',
    SLOW,
    async () => {
      const source = tempFolder('backup-source');
      await addAccount(undefined, source, 'ayse.demir@backup.example');
      mkdirSync(join(source, 'files', 'stories'), { recursive: true });
      writeFileSync(join(source, 'files', 'stories', 'bild.png'), 'PNG bytes');
      const out = join(tempFolder('backup-out'), 'backup');
      const manifest = await backup({ databaseUrl: undefined, dataDir: source }, out);
      expect(manifest).toMatchObject({ format: 1, database: 'pglite', files: true });

      const target = tempFolder('backup-target');
      await addAccount(undefined, target, 'someone.else@backup.example');
      await expect(restore({ databaseUrl: undefined, dataDir: target }, out, false)).rejects.toThrow(/--force/);
      expect(await accounts(undefined, target)).toEqual(['someone.else@backup.example']);

      const result = await restore({ databaseUrl: undefined, dataDir: target }, out, true);
      expect(result.setAside).toHaveLength(1);
      expect(existsSync(result.setAside[0] ?? '')).toBe(true);
      expect(await accounts(undefined, target)).toEqual(['ayse.demir@backup.example']);
      expect(readFileSync(join(target, 'files', 'stories', 'bild.png'), 'utf8')).toBe('PNG bytes');
    },
  );

  it('PGlite: refuses while a running platform holds the folder', SLOW, async () => {
    const source = tempFolder('backup-busy');
    await addAccount(undefined, source, 'busy@backup.example');
    const running = await openDatabase({ databaseUrl: undefined, dataDir: source });
    try {
      // The lock names this process; a second process is what it keeps out, so the test writes another's number.
      writeFileSync(join(source, 'pglite.lock'), String(process.ppid));
      await expect(
        backup({ databaseUrl: undefined, dataDir: source }, join(tempFolder('busy-out'), 'b')),
      ).rejects.toThrow(/in use by process/);
    } finally {
      writeFileSync(join(source, 'pglite.lock'), String(process.pid));
      await running.close();
    }
  });

  it(
    'PostgreSQL: pg_dump while it runs, pg_restore into another database; a database with accounts needs --force',
    SLOW,
    async () => {
      const sourceUrl = await freshServerDatabase('backup_src');
      await addAccount(sourceUrl, '', 'jan.kowalski@backup.example');
      const out = join(tempFolder('backup-pg'), 'backup');
      expect(await backup({ databaseUrl: sourceUrl, dataDir: tempFolder('no-files') }, out)).toMatchObject({
        database: 'postgres',
        files: false,
      });

      const targetUrl = await freshServerDatabase('backup_dst');
      await addAccount(targetUrl, '', 'someone.else@backup.example');
      await expect(restore({ databaseUrl: targetUrl, dataDir: tempFolder('t') }, out, false)).rejects.toThrow(
        /--force/,
      );
      await restore({ databaseUrl: targetUrl, dataDir: tempFolder('t') }, out, true);
      expect(await accounts(targetUrl, '')).toEqual(['jan.kowalski@backup.example']);

      await expect(restore({ databaseUrl: undefined, dataDir: tempFolder('t') }, out, true)).rejects.toThrow(
        /same kind/,
      );
    },
  );
});
