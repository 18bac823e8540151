/**
 * What the benchmark scripts share: percentiles, rounding, cleanup on exit and running
 * autocannon in a child process against a loopback URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadConfig } from '../src/core/config.js';
import { startPlatform, type Platform } from '../src/platform.js';
import { startPostgresServer } from '../tests/setup/postgres-server.js';

const AUTOCANNON = join(dirname(createRequire(import.meta.url).resolve('autocannon/package.json')), 'autocannon.js');

export const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** The nearest-rank percentile p (0–100) of the samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Cleanups registered while a benchmark runs, run last-in first-out; a failing one does not stop the rest. */
export function createCleanups(label: string): { cleanups: (() => Promise<void>)[]; cleanUp: () => Promise<void> } {
  const cleanups: (() => Promise<void>)[] = [];
  async function cleanUp(): Promise<void> {
    while (cleanups.length > 0) {
      const cleanup = cleanups.pop();
      try {
        await cleanup?.();
      } catch (error) {
        console.error(`${label}: cleanup failed:`, error);
      }
    }
  }
  return { cleanups, cleanUp };
}

export interface AutocannonResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/**
 * Runs a Node.js script in a child process and parses what it prints on stdout as JSON; fails with the
 * end of its stderr when it exits with another code than 0 or prints no JSON.
 */
export function runJsonChild(
  label: string,
  args: readonly string[],
  options: { timeoutMs: number; env?: NodeJS.ProcessEnv },
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs,
      env: options.env ?? process.env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${label} exited with ${String(code)}: ${stderr.slice(-500)}`));
      try {
        resolve(JSON.parse(stdout));
      } catch (error) {
        reject(new Error(`${label} printed no JSON: ${stdout.slice(0, 200)}`, { cause: error }));
      }
    });
  });
}

/** Runs autocannon in a child process against a loopback URL and reads its JSON result. */
export async function runAutocannon(
  url: string,
  connections: number,
  seconds: number,
  graceSeconds = 30,
): Promise<AutocannonResult> {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`refusing to load anything but loopback: ${url}`);
  const result = (await runJsonChild(
    'autocannon',
    [AUTOCANNON, '--json', '-c', String(connections), '-d', String(seconds), url],
    { timeoutMs: (seconds + graceSeconds) * 1000 },
  )) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  };
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Stops a child process (SIGTERM) and resolves once it has exited. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Starts the platform's server (`args` after the Node.js binary) on the project root and resolves,
 * with the milliseconds it took, once it printed its listening line. The caller stops it.
 */
export function startServerProcess(
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): { child: ChildProcess; listening: Promise<number> } {
  const startedAt = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const listening = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in time')), options.timeoutMs);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('läuft auf')) {
        clearTimeout(timer);
        child.stdout?.removeAllListeners('data');
        child.stdout?.resume();
        resolve(performance.now() - startedAt);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
  return { child, listening };
}

/**
 * Runs a benchmark to its end and exits: 0 when it finished, 1 when it failed or ran past the
 * deadline, 130 on SIGINT/SIGTERM; the cleanups run in every case.
 */
export function runBenchmark(
  label: string,
  deadlineMs: number,
  cleanUp: () => Promise<void>,
  bench: () => Promise<void>,
): void {
  const progress = (line: string): void => console.error(`${label}: ${line}`);
  const deadline = setTimeout(() => {
    progress(`deadline of ${deadlineMs / 1000} s reached, stopping`);
    void cleanUp().finally(() => process.exit(1));
  }, deadlineMs);
  deadline.unref();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      progress(`${signal}, stopping`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  bench()
    .finally(async () => {
      await cleanUp();
      clearTimeout(deadline);
    })
    .then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`${label}: failed:`, error);
        process.exit(1);
      },
    );
}

/** Prints one measurement as a JSON line on stdout, with the Node.js version it was measured on. */
export function printLine(fields: Record<string, unknown>): void {
  console.log(JSON.stringify({ ...fields, node: process.version }));
}

/**
 * The platform on one engine for a benchmark: PGlite in a fresh data folder, or a throw-away PostgreSQL
 * server; everything it starts is registered in `cleanups`.
 */
export async function startBenchPlatform(options: {
  engine: 'pglite' | 'postgres';
  label: string;
  cleanups: (() => Promise<void>)[];
  progress: (line: string) => void;
}): Promise<Platform> {
  const { cleanups } = options;
  let databaseUrl: string | undefined;
  if (options.engine === 'postgres') {
    options.progress('starting a throw-away PostgreSQL server');
    const server = await startPostgresServer();
    cleanups.push(() => server.stop());
    databaseUrl = server.url;
  }
  const dataDir = mkdtempSync(join(tmpdir(), `vr-${options.label}-`));
  cleanups.push(() => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })));
  const config = loadConfig({
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    // Bulk loads (the catalogue's index rebuild) run longer than a request may on a loaded machine.
    DATABASE_STATEMENT_TIMEOUT_MS: String(60 * 60 * 1000),
  });
  const platform = await startPlatform({ config, logger: false, workers: false });
  cleanups.push(() => platform.close());
  return platform;
}
