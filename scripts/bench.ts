/**
 * Foundation benchmark (npm run bench; not part of npm test): requests per second and latency of
 * GET /health and the rendered home page GET /de/, for the platform on PGlite and on PostgreSQL,
 * each compared with a bare Fastify server that registers the same plugins and one trivial route.
 *
 * One JSON line per measurement on stdout; progress on stderr. Loopback only, bounded in time,
 * and everything it starts (servers, temp folders) is stopped and deleted at the end.
 *
 * The load generator (autocannon) runs in a child process so that it does not share the event
 * loop of the server it measures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import { helmetOptions } from '../src/core/http/security-headers.js';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { loadConfig } from '../src/core/config.js';
import { startPlatform, type Platform } from '../src/platform.js';
import { generateDemoData } from '../src/seed/demo.js';
import { startPostgresServer } from '../tests/setup/postgres-server.js';
import { createCleanups, printLine, runAutocannon, runBenchmark } from './bench-support.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CONNECTIONS = 50;
const DURATION_S = 10;
const WARMUP_S = 2;
const WARMUP_CONNECTIONS = 10;
/** The whole run stops by itself after this, whatever happens. */
const DEADLINE_MS = 6 * 60 * 1000;

type Target = 'health' | 'home';
type DatabaseLabel = 'pglite' | 'postgres' | 'none';

interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
}

const progress = (line: string): void => {
  console.error(`bench: ${line}`);
};

const { cleanups, cleanUp } = createCleanups('bench');

async function measure(url: string): Promise<Measurement> {
  await runAutocannon(url, WARMUP_CONNECTIONS, WARMUP_S);
  const result = await runAutocannon(url, CONNECTIONS, DURATION_S);
  if (result.non2xx > 0 || result.errors > 0)
    progress(`warning: ${url} answered ${result.non2xx} non-2xx responses and ${result.errors} errors`);
  return result;
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return `http://127.0.0.1:${address.port}`;
}

/** The reference: the app's plugins with the same options (mirrors src/core/http/app.ts) and one trivial route. */
async function startReference(): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, routerOptions: { ignoreTrailingSlash: true } });
  await app.register(helmet, helmetOptions(false));
  await app.register(cookie);
  await app.register(formbody);
  await app.register(rateLimit, { global: false, hook: 'preHandler' });
  await app.register(fastifyStatic, {
    root: join(ROOT, 'node_modules', '@kern-ux', 'native', 'dist'),
    prefix: '/assets/kern/',
    maxAge: 0,
  });
  app.get('/reference', async () => ({ status: 'ok' }));
  return app;
}

function report(target: Target, db: DatabaseLabel, measurement: Measurement, reference: Measurement): void {
  const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;
  printLine({
    bench: 'foundation',
    target,
    db,
    requests_per_s: round(measurement.requestsPerSecond, 1),
    p50_ms: measurement.p50,
    p99_ms: measurement.p99,
    reference_requests_per_s: round(reference.requestsPerSecond, 1),
    ratio_to_reference: round(measurement.requestsPerSecond / reference.requestsPerSecond, 3),
  });
}

async function benchPlatform(db: 'pglite' | 'postgres', reference: Measurement): Promise<void> {
  let databaseUrl: string | undefined;
  if (db === 'postgres') {
    progress('starting a throw-away PostgreSQL server');
    const server = await startPostgresServer();
    cleanups.push(() => server.stop());
    databaseUrl = server.url;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'vr-bench-'));
  cleanups.push(() => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })));
  const config = loadConfig({
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
  });
  progress(`${db}: starting the platform and loading demo data (scale 1)`);
  const platform: Platform = await startPlatform({ config, logger: false, workers: false });
  cleanups.push(() => platform.close());
  await generateDemoData(platform.database.db, { scale: 1 });
  const base = await listen(platform.app);
  for (const [target, path] of [
    ['health', '/health'],
    ['home', '/de/'],
  ] as const) {
    progress(`${db}: ${target} (${path}), ${WARMUP_S} s warm-up, then ${DURATION_S} s with ${CONNECTIONS} connections`);
    report(target, db, await measure(`${base}${path}`), reference);
  }
  // Close this platform (and its database) before the next one starts.
  await cleanUp();
}

runBenchmark('bench', DEADLINE_MS, cleanUp, async () => {
  progress('reference: bare Fastify with the same plugins and one trivial route');
  const referenceApp = await startReference();
  cleanups.push(() => referenceApp.close());
  const reference = await measure(`${await listen(referenceApp)}/reference`);
  report('health', 'none', reference, reference);
  await cleanUp();

  await benchPlatform('pglite', reference);
  await benchPlatform('postgres', reference);
});
