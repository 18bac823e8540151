/**
 * Start benchmark (npm run bench): how long the server takes from launch to listening, and its
 * resident memory (the whole process tree: tsx runs the server in a child process) right after
 * start and after rendering the home page 50 times, with the demo data in PGlite. Compares the
 * compiled server (dist/server.js, what `npm start` runs; `npm run build` first) with the same
 * sources through tsx, both on the Node.js that runs this script.
 *
 * One JSON line per variant on stdout; progress on stderr. Loopback only; the temporary data
 * folder and every server it starts are removed at the end.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createCleanups,
  percentile,
  printLine,
  round,
  runBenchmark,
  startServerProcess,
  stopChild,
} from './bench-support.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TSX = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'cli.mjs');
const RUNS = 3;
const PORT = 3190;
const START_TIMEOUT_MS = 180_000;
const DEADLINE_MS = 12 * 60 * 1000;

const VARIANTS = {
  compiled: ['--enable-source-maps', join(ROOT, 'dist', 'server.js')],
  tsx: [TSX, join(ROOT, 'src', 'server.ts')],
} as const;

const progress = (line: string): void => console.error(`bench-start: ${line}`);
const { cleanups, cleanUp } = createCleanups('bench-start');

/** Resident memory in MB of a process and all its descendants (Linux /proc). */
function treeRssMb(pid: number): number {
  let kb = 0;
  const visit = (id: number): void => {
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8');
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const task of readFileSync(`/proc/${id}/task/${id}/children`, 'utf8').split(' ').filter(Boolean))
        visit(Number(task));
    } catch {
      // the process ended meanwhile
    }
  };
  visit(pid);
  return round(kb / 1024, 0);
}

/** Starts the server and resolves with the milliseconds until it printed its listening line. */
async function startServer(args: readonly string[], dataDir: string): Promise<{ child: ChildProcess; ms: number }> {
  const { child, listening } = startServerProcess(args, {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(PORT), NODE_ENV: 'development' },
    timeoutMs: START_TIMEOUT_MS,
  });
  cleanups.push(() => stopChild(child));
  return { child, ms: await listening };
}

runBenchmark('bench-start', DEADLINE_MS, cleanUp, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vr-bench-start-'));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  progress('first start: loading the demo data');
  const first = await startServer(VARIANTS.compiled, dataDir);
  await stopChild(first.child);
  for (const [variant, args] of Object.entries(VARIANTS)) {
    const times: number[] = [];
    const rssAfterStart: number[] = [];
    const rssAfterRequests: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      progress(`${variant}, run ${run + 1} of ${RUNS}`);
      const { child, ms } = await startServer(args, dataDir);
      times.push(ms);
      rssAfterStart.push(treeRssMb(child.pid ?? 0));
      for (let i = 0; i < 50; i++) {
        const response = await fetch(`http://127.0.0.1:${PORT}/de/`);
        await response.arrayBuffer();
      }
      rssAfterRequests.push(treeRssMb(child.pid ?? 0));
      await stopChild(child);
    }
    printLine({
      bench: 'start',
      variant,
      database: 'pglite',
      runs: RUNS,
      startMsMedian: round(percentile(times, 50), 0),
      rssMbAfterStartMedian: percentile(rssAfterStart, 50),
      rssMbAfter50HomePagesMedian: percentile(rssAfterRequests, 50),
    });
  }
});
