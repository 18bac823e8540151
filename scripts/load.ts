/**
 * `npm run load`: the reference deployment under load (issue 14, decision 032).
 *
 *   npm run load -- [--connections 200] [--seconds 60] [--rounds 2] [--rates 100,200,300]
 *                   [--pglite-connections 50] [--pglite-rates 50,100] [--no-pglite]
 *
 * 1. PostgreSQL (a throw-away server, tests/setup/postgres-server.ts) with the demo data, two compiled app
 *    processes (dist/server.js, NODE_ENV=production, TRUST_PROXY=1) and nginx with the shipped
 *    deploy/nginx.conf (TLS with a self-signed certificate on 127.0.0.1; Debian's nginx-light is installed
 *    when missing, as root). A mixed workload — page views and searches, company ranking pages and an
 *    applicant's matches signed in, open data, and posted forms — at `--connections` for `--seconds`,
 *    `--rounds` times, with the resident memory of each app process and its live heap after a full garbage
 *    collection (read through the inspector, switched on only for the reading: scripts/load-heap.ts) before and after
 *    each round. These rounds are a closed loop: every connection sends its next request as soon as it has an
 *    answer, so they measure the throughput at saturation, and their latency is connections ÷ throughput.
 *    Then the same workload as an open loop (decision 042) at each of `--rates` scenarios a second on the same
 *    number of connections: the latency a visitor meets when that many arrive, timed from each arrival.
 * 2. The same with PGlite: one app process at `--pglite-connections`, one closed round and `--pglite-rates`.
 *
 * Each connection comes from its own loopback address (127.0.0.2, …), so nginx passes each one's own address
 * and the per-IP rate limits count per simulated visitor, as they would for real ones. One JSON line per round
 * on stdout, progress on stderr. Everything it starts is stopped.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ChildProcess } from 'node:child_process';
import { findFreePort } from '../tests/setup/machine.js';
import { startPostgresServer } from '../tests/setup/postgres-server.js';
import {
  createCleanups,
  printLine,
  round,
  runBenchmark,
  runJsonChild,
  startServerProcess,
  stopChild,
} from './bench-support.js';
import { cookieHeader, hiddenFields, runLoad, setCookies, type Connection, type Scenario } from './load-client.js';
import { ensureNginx, ROOT, startNginx, testShippedConfig, type RunningNginx } from './load-nginx.js';
import { heapAfterGcMb, inspectorPortFlag } from './load-heap.js';
import { FEEDBACK_RATE_LIMIT } from '../src/modules/site/routes.js';

const TSX = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'cli.mjs');
const START_TIMEOUT_MS = 240_000;
const DEMO_PASSWORD = 'Vielfalt-Demo-2026';
const WARM_UP_SECONDS = 10;
const WARM_UP_CONNECTIONS = 20;

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    rounds: { type: 'string', default: '2' },
    rates: { type: 'string', default: '100,200,300' },
    'pglite-connections': { type: 'string', default: '50' },
    'pglite-rates': { type: 'string', default: '50,100' },
    'no-pglite': { type: 'boolean', default: false },
  },
  strict: true,
});
const CONNECTIONS = Number(args.connections);
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const PGLITE_CONNECTIONS = Number(args['pglite-connections']);
const RATES = rateList(args.rates);
const PGLITE_RATES = rateList(args['pglite-rates']);
for (const [name, value] of Object.entries({ CONNECTIONS, SECONDS, ROUNDS, PGLITE_CONNECTIONS, RATES, PGLITE_RATES }))
  for (const number of [value].flat())
    if (!Number.isInteger(number) || number < 1 || number > 10_000) throw new Error(`${name}: each 1–10000`);

/** "100,200" → [100, 200]; an empty text → no open-loop runs. */
function rateList(text: string): number[] {
  return text.trim() === '' ? [] : text.split(',').map(Number);
}

const progress = (line: string): void => console.error(`load: ${line}`);
const { cleanups, cleanUp } = createCleanups('load');

interface App {
  child: ChildProcess;
  inspectorPort: number;
}

/** Resident memory of one process in MB (Linux /proc). */
function rssMb({ child }: App): number {
  const status = readFileSync(`/proc/${String(child.pid)}/status`, 'utf8');
  return round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024, 0);
}

/** Each process's heap after a full collection, one process after the other (a collection pauses its process). */
async function heapsAfterGc(apps: readonly App[]): Promise<number[]> {
  const heaps: number[] = [];
  for (const { child, inspectorPort } of apps) heaps.push(await heapAfterGcMb(child.pid ?? 0, inspectorPort));
  return heaps;
}

const temp = (label: string): string => {
  const folder = mkdtempSync(join(tmpdir(), `vr-load-${label}-`));
  cleanups.push(async () => rmSync(folder, { recursive: true, force: true }));
  return folder;
};

/** Fills the database (a PostgreSQL URL or a PGlite folder) with the demo data, as `npm run seed` does. */
async function seed(target: { databaseUrl: string } | { dataDir: string }): Promise<void> {
  const where = 'databaseUrl' in target ? ['--database-url', target.databaseUrl] : ['--data-dir', target.dataDir];
  progress(`loading the demo data (${where.join(' ')})`);
  await runJsonChild('seed', [TSX, join(ROOT, 'scripts', 'seed.ts'), ...where], {
    timeoutMs: START_TIMEOUT_MS,
    env: withoutSettings({ ...process.env, NODE_ENV: 'development' }),
  });
}

/** Starts compiled app processes as systemd would (production settings), one per port. */
async function startApps(ports: readonly number[], env: NodeJS.ProcessEnv): Promise<App[]> {
  const children: App[] = [];
  // One after the other: the first runs the migrations (none left after seeding) and the job queue's setup.
  for (const port of ports) {
    // LOAD_PROFILE_DIR: each app process writes a CPU profile there when it stops (where the time goes).
    const profile = process.env.LOAD_PROFILE_DIR
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LOAD_PROFILE_DIR}`]
      : [];
    // An inspector port of its own (the inspector stays off): between rounds the script reads the heap after a
    // full collection (scripts/load-heap.ts).
    const inspectorPort = await findFreePort();
    const { child, listening } = startServerProcess(
      [...profile, inspectorPortFlag(inspectorPort), '--enable-source-maps', join(ROOT, 'dist', 'server.js')],
      {
        cwd: ROOT,
        env: { ...withoutSettings(process.env), ...env, PORT: String(port), HOST: '127.0.0.1' },
        timeoutMs: START_TIMEOUT_MS,
      },
    );
    cleanups.push(() => stopChild(child));
    await listening;
    progress(`app process ${String(child.pid)} listening on ${port}`);
    children.push({ child, inspectorPort });
  }
  return children;
}

function productionEnv(baseUrl: string, dataDir: string, databaseUrl?: string): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'production',
    BASE_URL: baseUrl,
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    DEMO_DATA: 'off',
    TRUST_PROXY: '1',
    DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
}

/** The environment without the settings of whatever database or mail server the caller's shell points at. */
function withoutSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'SMTP_URL', 'PORT', 'BASE_URL', 'TRUST_PROXY']) delete copy[name];
  return copy;
}

const pickOne = <T>(list: readonly T[]): T => {
  if (list.length === 0) throw new Error('nothing to pick from');
  return list[Math.floor(Math.random() * list.length)] as T;
};
const links = (html: string, pattern: RegExp): string[] => [
  ...new Set([...html.matchAll(pattern)].map((match) => match[0].replaceAll('&amp;', '&'))),
];
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Signs a demo account in through the proxy; the session's cookies. */
async function signIn(connection: Connection, email: string): Promise<string> {
  const form = await connection.send('setup', '/de/anmelden');
  const cookies = setCookies(form.headers);
  const body = hiddenFields(form.body, '/anmelden');
  body.set('email', email);
  body.set('password', DEMO_PASSWORD);
  const answer = await connection.send('setup', '/de/anmelden', {
    method: 'POST',
    body: body.toString(),
    headers: { cookie: cookieHeader(cookies), 'content-type': 'application/x-www-form-urlencoded' },
    expect: [303],
  });
  for (const [name, value] of setCookies(answer.headers)) cookies.set(name, value);
  if (!/session=/.test(cookieHeader(cookies))) throw new Error(`sign-in of ${email} set no session`);
  return cookieHeader(cookies);
}

const SEARCH_TERMS = [
  'Deutsch',
  'Sprachkurs',
  'Beratung',
  'Ausbildung',
  'Jugend',
  'Frauen',
  'Integration',
  'Mentoring',
  'Bewerbung',
  'Kultur',
  'Sport',
  'Eltern',
];
const KINDS = ['offer', 'project', 'funding', 'knowledge', 'event', 'actor'];
const CITIES = ['bochum', 'dortmund', 'duisburg', 'essen', 'gelsenkirchen', 'muelheim', 'oberhausen'];
const OPEN_DATA = [
  '/api/v1/catalogue/entries?page=2',
  '/api/v1/organisations',
  '/api/v1/dcat',
  '/api/v1/catalogue/events.ics',
  '/de/monitoring/offene-daten',
];

/** The workload: what is there to request (found through the proxy), and the scenarios with their weights. */
async function workload(setup: Connection): Promise<{ pick: () => Scenario; summary: Record<string, number> }> {
  // Every public entry and position the sitemap lists, so visitors spread over all of them as they would (a
  // handful of pages would be answered from the proxy's cache nearly always).
  const sitemap = (await setup.send('setup', '/sitemap.xml')).body;
  const entries = links(sitemap, new RegExp(`/de/eintraege/${UUID}`, 'g'));
  const events = links(
    (await setup.send('setup', '/de/veranstaltungen')).body,
    new RegExp(`/de/eintraege/${UUID}`, 'g'),
  );
  const positions = links(sitemap, new RegExp(`/de/stellen/${UUID}`, 'g'));
  const companies: { cookie: string; ranking: string[] }[] = [];
  for (const email of ['firma@unternehmen.vielfalt-ruhr.example', 'ausbildung@grossbetrieb.vielfalt-ruhr.example']) {
    const cookie = await signIn(setup, email);
    const own = links(
      (await setup.send('setup', '/de/organisation/stellen', { headers: { cookie } })).body,
      new RegExp(`/de/stellen/${UUID}`, 'g'),
    ).map((position) => `${position}/kandidaten`);
    // Only the ranking pages that answer (the list also links positions the company may not rank: closed ones).
    const ranking: string[] = [];
    for (const path of own)
      if ((await setup.send('setup', path, { headers: { cookie }, expect: [200, 403, 404] })).status === 200)
        ranking.push(path);
    if (ranking.length > 0) companies.push({ cookie, ranking });
  }
  const applicant = await signIn(setup, 'bewerbung@jugend.vielfalt-ruhr.example');
  if (entries.length === 0 || events.length === 0 || positions.length === 0 || companies.length === 0)
    throw new Error(
      `the demo data gave too little to request: ${entries.length} entries, ${events.length} events, ${positions.length} positions, ${companies.length} companies with ranking pages`,
    );
  const page =
    (kind: string, path: () => string): Scenario =>
    async (c) => {
      await c.send(kind, path(), { headers: { 'accept-encoding': 'br, gzip' } });
    };
  /** Feedback forms posted per simulated visitor (source address). */
  const postsBy = new Map<string, number>();
  const weighted: [number, Scenario][] = [
    [12, page('home', () => '/de/')],
    [20, page('search', () => `/de/suche?q=${encodeURIComponent(pickOne(SEARCH_TERMS))}`)],
    [12, page('catalogue-list', () => `/de/suche?kind=${pickOne(KINDS)}&city=${pickOne(CITIES)}`)],
    [14, page('catalogue-entry', () => pickOne(entries))],
    [6, page('events', () => (Math.random() < 0.5 ? '/de/veranstaltungen' : pickOne(events)))],
    [7, page('position', () => (Math.random() < 0.3 ? '/de/stellen' : pickOne(positions)))],
    [9, page('open-data', () => pickOne(OPEN_DATA))],
    [
      10,
      async (c) => {
        const company = pickOne(companies);
        await c.send('ranking', pickOne(company.ranking), {
          headers: { cookie: company.cookie, 'accept-encoding': 'br, gzip' },
        });
      },
    ],
    [
      5,
      async (c) => {
        await c.send('applicant-matches', '/de/profil/passende-stellen', {
          headers: { cookie: applicant, 'accept-encoding': 'br, gzip' },
        });
      },
    ],
    [
      5,
      // A write: the accessibility feedback form, fetched and posted by an anonymous visitor. The form takes 20
      // an hour from one address; a simulated visitor that has posted that many only reads the form, as a person
      // would (a fast round gives one connection 20 posts within a minute now and then).
      async (c) => {
        const form = await c.send('write-form', '/de/barrierefreiheit');
        const posted = postsBy.get(c.address) ?? 0;
        if (posted >= FEEDBACK_RATE_LIMIT.max) return;
        postsBy.set(c.address, posted + 1);
        const body = hiddenFields(form.body, '/barrierefreiheit');
        body.set('message', `Lasttest: Kontrast der Fußzeile prüfen (${c.address}).`);
        body.set('pageUrl', '/de/');
        await c.send('write', '/de/barrierefreiheit', {
          method: 'POST',
          body: body.toString(),
          headers: {
            cookie: cookieHeader(setCookies(form.headers)),
            'content-type': 'application/x-www-form-urlencoded',
          },
          expect: [303],
        });
      },
    ],
  ];
  const total = weighted.reduce((sum, [weight]) => sum + weight, 0);
  const pick = (): Scenario => {
    let roll = Math.random() * total;
    for (const [weight, scenario] of weighted) {
      roll -= weight;
      if (roll < 0) return scenario;
    }
    return weighted[0]![1];
  };
  return {
    pick,
    summary: {
      entries: entries.length,
      events: events.length,
      positions: positions.length,
      rankingPages: companies.reduce((sum, company) => sum + company.ranking.length, 0),
    },
  };
}

/** A connection from 127.0.0.1 for the setup's own requests (discovery, sign-in). */
async function setupConnection(nginx: RunningNginx): Promise<Connection> {
  const { request, Agent } = await import('node:https');
  const agent = new Agent({ keepAlive: true, maxSockets: 1, ca: nginx.ca });
  cleanups.push(async () => agent.destroy());
  return {
    address: '127.0.0.1',
    send: (_kind, path, options = {}) =>
      new Promise((resolve, reject) => {
        const req = request(
          `${nginx.origin}${path}`,
          {
            method: options.method ?? 'GET',
            agent,
            headers: { host: 'vielfalt-ruhr.example', 'accept-language': 'de', ...options.headers },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              const status = res.statusCode ?? 0;
              const body = Buffer.concat(chunks).toString('utf8');
              if (!(options.expect ?? [200]).includes(status))
                return reject(new Error(`${path} answered ${status}: ${body.slice(0, 200)}`));
              resolve({ status, headers: res.headers, body });
            });
          },
        );
        req.on('error', reject);
        req.end(options.body);
      }),
  };
}

async function measure(options: {
  engine: 'postgres' | 'pglite';
  apps: App[];
  nginx: RunningNginx;
  connections: number;
  rounds: number;
  rates: readonly number[];
}): Promise<void> {
  const setup = await setupConnection(options.nginx);
  const { pick, summary } = await workload(setup);
  progress(`${options.engine}: workload over ${JSON.stringify(summary)}; warming up for ${WARM_UP_SECONDS} s`);
  await runLoad({
    origin: options.nginx.origin,
    ca: options.nginx.ca,
    connections: WARM_UP_CONNECTIONS,
    seconds: WARM_UP_SECONDS,
    pick,
  });
  for (let index = 1; index <= options.rounds; index++) {
    const rssBeforeMb = options.apps.map(rssMb);
    const heapBeforeMb = await heapsAfterGc(options.apps);
    progress(
      `${options.engine}: round ${index} of ${options.rounds}, ${options.connections} connections for ${SECONDS} s`,
    );
    const figures = await runLoad({
      origin: options.nginx.origin,
      ca: options.nginx.ca,
      connections: options.connections,
      seconds: SECONDS,
      pick,
      // New visitors each round (the warm-up's are the first 20): the feedback form allows one address 20 an hour.
      firstAddress: WARM_UP_CONNECTIONS + (index - 1) * options.connections,
    });
    printLine({
      load: options.engine,
      loop: 'closed',
      round: index,
      appProcesses: options.apps.length,
      ...figures,
      rssBeforeMb,
      rssAfterMb: options.apps.map(rssMb),
      // The live heap after a full garbage collection, before and after the round: growth here would be a leak.
      heapAfterGcBeforeMb: heapBeforeMb,
      heapAfterGcAfterMb: await heapsAfterGc(options.apps),
    });
  }
  for (const [index, rate] of options.rates.entries()) {
    progress(
      `${options.engine}: ${rate} scenarios a second arriving on ${options.connections} connections for ${SECONDS} s`,
    );
    const figures = await runLoad({
      origin: options.nginx.origin,
      ca: options.nginx.ca,
      connections: options.connections,
      seconds: SECONDS,
      rate,
      pick,
      firstAddress: WARM_UP_CONNECTIONS + (options.rounds + index) * options.connections,
    });
    printLine({ load: options.engine, loop: 'open', appProcesses: options.apps.length, ...figures });
  }
}

// Each open-loop run may take up to twice its time (an overloaded server works off the queue of arrivals).
runBenchmark(
  'load',
  ((ROUNDS + 1 + 2 * (RATES.length + PGLITE_RATES.length)) * SECONDS * 2 + 20 * 60) * 1000,
  cleanUp,
  async () => {
    ensureNginx('npm run load');
    progress(`the shipped deploy/nginx.conf: ${testShippedConfig().split('\n').at(-1) ?? ''}`);

    progress('starting a throw-away PostgreSQL server');
    const server = await startPostgresServer();
    cleanups.push(() => server.stop());
    await seed({ databaseUrl: server.url });
    const [portA, portB, proxyPort] = [await findFreePort(), await findFreePort(), await findFreePort()];
    const baseUrl = `https://127.0.0.1:${proxyPort}`;
    const apps = await startApps([portA, portB], productionEnv(baseUrl, temp('files'), server.url));
    const nginx = await startNginx({ appPorts: [portA, portB], port: proxyPort });
    cleanups.push(() => nginx.stop());
    await measure({ engine: 'postgres', apps, nginx, connections: CONNECTIONS, rounds: ROUNDS, rates: RATES });
    await nginx.stop();
    for (const app of apps) await stopChild(app.child);
    await server.stop();

    if (args['no-pglite']) return;
    const dataDir = temp('pglite');
    await seed({ dataDir });
    const [appPort, pgliteProxyPort] = [await findFreePort(), await findFreePort()];
    const pgliteApps = await startApps([appPort], productionEnv(`https://127.0.0.1:${pgliteProxyPort}`, dataDir));
    const pgliteNginx = await startNginx({ appPorts: [appPort], port: pgliteProxyPort });
    cleanups.push(() => pgliteNginx.stop());
    await measure({
      engine: 'pglite',
      apps: pgliteApps,
      nginx: pgliteNginx,
      connections: PGLITE_CONNECTIONS,
      rounds: 1,
      rates: PGLITE_RATES,
    });
  },
);
