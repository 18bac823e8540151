import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { createPglite, pgliteFolder } from './client.js';
import { lockFolder } from './folder-lock.js';

/**
 * Backups of the platform's data: the database and the uploaded files of the data directory.
 *
 * - A PostgreSQL server is dumped with `pg_dump` (custom format, one consistent snapshot, taken while the app
 *   runs) and restored with `pg_restore`.
 * - The embedded PGlite is copied as its whole data folder (PGlite's own `dumpDataDir`), which is consistent
 *   only while no app uses it: the folder lock makes backup and restore refuse while the platform runs.
 *
 * A backup is a folder: `manifest.json`, `database.pgdump` or `pglite.tar.gz`, and `files/` when uploaded files
 * live in the data directory (with S3 they are the bucket's to keep).
 */
export interface BackupManifest {
  format: 1;
  database: 'postgres' | 'pglite';
  createdAt: string;
  files: boolean;
}

export interface BackupTarget {
  /** postgres://… for a server; undefined for PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
}

const MANIFEST = 'manifest.json';
const PG_DUMP_FILE = 'database.pgdump';
const PGLITE_FILE = 'pglite.tar.gz';
const FILES_FOLDER = 'files';
const POSTGRES_ROOT = '/usr/lib/postgresql';

/** `pg_dump` or `pg_restore` of the newest PostgreSQL installed (Debian keeps them per version), else from PATH. */
function postgresTool(name: 'pg_dump' | 'pg_restore'): string {
  const versions = existsSync(POSTGRES_ROOT)
    ? readdirSync(POSTGRES_ROOT)
        .map(Number)
        .filter((version) => Number.isInteger(version))
        .sort((a, b) => b - a)
    : [];
  for (const version of versions) {
    const path = join(POSTGRES_ROOT, String(version), 'bin', name);
    if (existsSync(path)) return path;
  }
  return name;
}

function runTool(name: 'pg_dump' | 'pg_restore', args: string[]): void {
  const result = spawnSync(postgresTool(name), args, { encoding: 'utf8' });
  if (result.error)
    throw new Error(`${name} could not run (${result.error.message}); install the Debian package postgresql-client.`);
  if (result.status !== 0) throw new Error(`${name} failed (exit ${String(result.status)}):\n${result.stderr.trim()}`);
}

function filesFolder(dataDir: string): string {
  return join(dataDir, FILES_FOLDER);
}

/** Writes a backup into `out`, a folder that must not exist yet or be empty. */
export async function backup(target: BackupTarget, out: string): Promise<BackupManifest> {
  if (existsSync(out) && readdirSync(out).length > 0) throw new Error(`${out} is not empty: choose a new folder`);
  mkdirSync(out, { recursive: true });
  if (target.databaseUrl) {
    runTool('pg_dump', ['--format=custom', '--no-owner', `--file=${join(out, PG_DUMP_FILE)}`, target.databaseUrl]);
  } else {
    const unlock = lockFolder(target.dataDir, 'taking a backup');
    try {
      const pglite = await createPglite(pgliteFolder(target.dataDir));
      try {
        const tarball = await pglite.dumpDataDir('gzip');
        writeFileSync(join(out, PGLITE_FILE), Buffer.from(await tarball.arrayBuffer()));
      } finally {
        await pglite.close();
      }
    } finally {
      unlock();
    }
  }
  const files = existsSync(filesFolder(target.dataDir));
  if (files) cpSync(filesFolder(target.dataDir), join(out, FILES_FOLDER), { recursive: true });
  const manifest: BackupManifest = {
    format: 1,
    database: target.databaseUrl ? 'postgres' : 'pglite',
    createdAt: new Date().toISOString(),
    files,
  };
  writeFileSync(join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function readManifest(from: string): BackupManifest {
  const path = join(from, MANIFEST);
  if (!existsSync(path)) throw new Error(`${from} holds no backup (no ${MANIFEST})`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as BackupManifest;
  if (manifest.format !== 1) throw new Error(`${path}: unknown backup format ${String(manifest.format)}`);
  return manifest;
}

async function hasUsers(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const found = await client.query<{ present: boolean }>("select to_regclass('public.users') is not null as present");
    if (!found.rows[0]?.present) return false;
    const users = await client.query('select 1 from users limit 1');
    return users.rowCount !== 0;
  } finally {
    await client.end();
  }
}

/** Moves what is in the way aside (never deletes it): `<path>.before-restore-<time>`. */
function setAside(path: string, stamp: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const aside = `${path}.before-restore-${stamp}`;
  renameSync(path, aside);
  return aside;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** Folders that held the data before and were moved aside. */
  setAside: string[];
}

/**
 * Restores a backup into the configured database: a server's backup into a server (`pg_restore` in one
 * transaction), PGlite's into the data directory. A database that holds data is only replaced with `force`; the
 * old PGlite folder and files folder are moved aside, not deleted.
 */
export async function restore(target: BackupTarget, from: string, force: boolean): Promise<RestoreResult> {
  const manifest = readManifest(from);
  const expected = target.databaseUrl ? 'postgres' : 'pglite';
  if (manifest.database !== expected)
    throw new Error(
      `This backup is of a ${manifest.database} database and the configuration names a ${expected} one: restore it into the same kind.`,
    );
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const moved: string[] = [];
  if (target.databaseUrl) {
    if (!force && (await hasUsers(target.databaseUrl)))
      throw new Error('The database already holds accounts: give --force to replace its contents with the backup.');
    runTool('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--single-transaction',
      `--dbname=${target.databaseUrl}`,
      join(from, PG_DUMP_FILE),
    ]);
  } else {
    mkdirSync(target.dataDir, { recursive: true });
    const unlock = lockFolder(target.dataDir, 'restoring a backup into it');
    try {
      const folder = pgliteFolder(target.dataDir);
      if (existsSync(folder) && readdirSync(folder).length > 0) {
        if (!force)
          throw new Error(`${folder} already holds a database: give --force to move it aside and restore the backup.`);
        const aside = setAside(folder, stamp);
        if (aside) moved.push(aside);
      }
      const tarball = new Blob([readFileSync(join(from, PGLITE_FILE))]);
      const pglite = await createPglite(folder, tarball);
      await pglite.close();
    } finally {
      unlock();
    }
  }
  if (manifest.files) {
    const aside = setAside(filesFolder(target.dataDir), stamp);
    if (aside) moved.push(aside);
    cpSync(join(from, FILES_FOLDER), filesFolder(target.dataDir), { recursive: true });
  }
  return { manifest, setAside: moved };
}
