import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { findFreePort, installDebianPackage, isRoot } from './machine.js';

/**
 * A throw-away PostgreSQL server for the integration tests (vitest project "postgres") and the
 * benchmark: Debian's server binaries, a fresh data folder in the temp directory, trust
 * authentication on 127.0.0.1 only, and durability switched off because the data never matters.
 */
export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  /** Stops the server and deletes its data folder. */
  stop(): Promise<void>;
  /** Shuts the server down as an operator's restart does (fast: open connections are ended), keeping its data. */
  shutDown(): Promise<void>;
  /** Starts a shut-down server again on the same port, with the same data. */
  startAgain(): Promise<void>;
}

const POSTGRES_ROOT = '/usr/lib/postgresql';
const MIN_MAJOR_VERSION = 15;
const SYSTEM_USER = 'postgres';

/** The bin folder of the newest installed PostgreSQL server (15 or newer), if any. */
function findServerBinaries(): string | undefined {
  if (!existsSync(POSTGRES_ROOT)) return undefined;
  const majors = readdirSync(POSTGRES_ROOT)
    .map(Number)
    .filter((major) => Number.isInteger(major) && major >= MIN_MAJOR_VERSION)
    .sort((a, b) => b - a);
  return majors
    .map((major) => join(POSTGRES_ROOT, String(major), 'bin'))
    .find(
      (bin) => existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl')) && existsSync(join(bin, 'postgres')),
    );
}

function ensureServerBinaries(): string {
  const found = findServerBinaries();
  if (found) return found;
  installDebianPackage('postgresql', `The "postgres" test project (PostgreSQL ${MIN_MAJOR_VERSION} or newer)`);
  const installed = findServerBinaries();
  if (!installed)
    throw new Error(
      `The Debian package "postgresql" is installed but no server ${MIN_MAJOR_VERSION}+ was found under ${POSTGRES_ROOT}/*/bin.`,
    );
  return installed;
}

/** Runs a server binary; as root through the postgres system user, because initdb and postgres refuse root. */
function run(binary: string, args: string[]): void {
  const [command, commandArgs] = isRoot() ? ['runuser', ['-u', SYSTEM_USER, '--', binary, ...args]] : [binary, args];
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', cwd: tmpdir() });
  if (result.status !== 0) {
    const output = `${result.stdout}${result.stderr}`.trim();
    throw new Error(`${binary} ${args.join(' ')} failed (exit ${String(result.status ?? result.signal)}):\n${output}`);
  }
}

function systemUserIds(name: string): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined)
    throw new Error(`No system user "${name}"; the Debian package "postgresql" creates it.`);
  return { uid: Number(uid), gid: Number(gid) };
}

async function waitUntilAccepting(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline)
        throw new Error(`PostgreSQL at ${url} did not accept connections within ${timeoutMs} ms`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = ensureServerBinaries();
  const folder = mkdtempSync(join(tmpdir(), 'vr-postgres-'));
  const dataDir = join(folder, 'data');
  const logFile = join(folder, 'server.log');
  let isRunning = false;

  const stopSync = (): void => {
    if (isRunning) {
      isRunning = false;
      try {
        run(join(bin, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast', '-w']);
      } catch (error) {
        console.error(error);
      }
    }
    rmSync(folder, { recursive: true, force: true });
  };
  // Should the test run end without teardown (a crash), the server must not outlive it.
  process.once('exit', stopSync);

  try {
    if (isRoot()) {
      const { uid, gid } = systemUserIds(SYSTEM_USER);
      chownSync(folder, uid, gid);
    }
    run(join(bin, 'initdb'), [
      '-D',
      dataDir,
      '-U',
      SYSTEM_USER,
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ]);
    const port = await findFreePort();
    const serverOptions = [
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      `-c unix_socket_directories=${folder}`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    const start = async (): Promise<void> => {
      run(join(bin, 'pg_ctl'), ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', serverOptions]);
      isRunning = true;
      await waitUntilAccepting(url, 30_000);
    };
    const url = `postgres://${SYSTEM_USER}@127.0.0.1:${port}/postgres`;
    await start();
    return {
      url,
      stop: () => {
        process.removeListener('exit', stopSync);
        stopSync();
        return Promise.resolve();
      },
      shutDown: () => {
        run(join(bin, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'fast', '-w']);
        isRunning = false;
        return Promise.resolve();
      },
      startAgain: start,
    };
  } catch (error) {
    const log = existsSync(logFile) ? `\nServer log:\n${readFileSync(logFile, 'utf8')}` : '';
    process.removeListener('exit', stopSync);
    stopSync();
    throw error instanceof Error && log ? new Error(`${error.message}${log}`, { cause: error }) : error;
  }
}
