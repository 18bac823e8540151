/**
 * Lighthouse benchmark (part of `npm run bench`, after `npm run build`): starts the compiled server
 * (dist/server.js, what `npm start` runs) with the demo data in a temporary PGlite folder, and runs
 * Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G line, simulated) on the six
 * public page types — home, search, a catalogue entry, an event, a position, a legal page — in
 * German and Arabic.
 *
 * One JSON line per page on stdout: the performance, accessibility, best-practices and SEO scores
 * (0–100), the bytes transferred, and the metrics behind the performance score; progress on stderr.
 * Lighthouse drives Debian's Chromium (/usr/bin/chromium, or CHROME_PATH) and never downloads a
 * browser. Loopback only; the server, the browser and the data folder are removed at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createCleanups,
  printLine,
  round,
  runBenchmark,
  runJsonChild,
  startServerProcess,
  stopChild,
} from './bench-support.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LIGHTHOUSE = join(dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')), 'cli', 'index.js');
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PORT = 3191;
const BASE = `http://127.0.0.1:${PORT}`;
const START_TIMEOUT_MS = 300_000;
const AUDIT_TIMEOUT_MS = 180_000;
const DEADLINE_MS = 25 * 60 * 1000;
const LANGUAGES = ['de', 'ar'] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const progress = (line: string): void => console.error(`bench-lighthouse: ${line}`);
const { cleanups, cleanUp } = createCleanups('bench-lighthouse');

/** Starts the compiled server on the demo data and resolves once it listens. */
async function startServer(dataDir: string): Promise<void> {
  const { child, listening } = startServerProcess(['--enable-source-maps', join(ROOT, 'dist', 'server.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      NODE_ENV: 'development',
      BASE_URL: BASE,
    },
    timeoutMs: START_TIMEOUT_MS,
  });
  cleanups.push(() => stopChild(child));
  await listening;
}

/** The first link on a page whose path matches the pattern (a demo entry, event or position). */
async function firstLink(pagePath: string, pattern: RegExp): Promise<string> {
  const response = await fetch(`${BASE}${pagePath}`);
  const html = await response.text();
  const match = pattern.exec(html);
  if (!response.ok || !match) throw new Error(`no link matching ${String(pattern)} on ${pagePath}`);
  return match[0];
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The six public page types of one language, by a path of the demo data. */
async function pagesOf(lang: (typeof LANGUAGES)[number]): Promise<Record<string, string>> {
  const entryLink = new RegExp(`/${lang}/eintraege/${UUID}`);
  return {
    home: `/${lang}/`,
    search: `/${lang}/suche?q=Ausbildung`,
    entry: await firstLink(`/${lang}/suche?kind=offer`, entryLink),
    event: await firstLink(`/${lang}/suche?kind=event`, entryLink),
    position: await firstLink(`/${lang}/stellen`, new RegExp(`/${lang}/stellen/${UUID}`)),
    legal: `/${lang}/impressum`,
  };
}

interface LighthouseResult {
  categories: Record<
    (typeof CATEGORIES)[number],
    { score: number | null; auditRefs: { id: string; weight: number }[] }
  >;
  audits: Record<string, { numericValue?: number; score?: number | null; title?: string }>;
}

/** Runs the Lighthouse CLI (its mobile defaults) on one URL and reads its JSON report. */
async function lighthouse(url: string): Promise<LighthouseResult> {
  if (!url.startsWith(`${BASE}/`)) throw new Error(`refusing to audit anything but loopback: ${url}`);
  return (await runJsonChild(
    'lighthouse',
    [
      LIGHTHOUSE,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ],
    { timeoutMs: AUDIT_TIMEOUT_MS, env: { ...process.env, CHROME_PATH } },
  )) as LighthouseResult;
}

const score = (value: number | null | undefined): number | null => (value == null ? null : Math.round(value * 100));

/** The audits below a full score, for finding what keeps a page down (titles only). */
function failedAudits(result: LighthouseResult, category: 'accessibility' | 'best-practices' | 'seo'): string[] {
  return result.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 && (result.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => ref.id);
}

runBenchmark('bench-lighthouse', DEADLINE_MS, cleanUp, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vr-bench-lighthouse-'));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  progress('starting the compiled server with the demo data');
  await startServer(dataDir);
  for (const lang of LANGUAGES) {
    for (const [page, path] of Object.entries(await pagesOf(lang))) {
      progress(`${lang} ${page}: ${path}`);
      const result = await lighthouse(`${BASE}${path}`);
      const metric = (id: string): number => round(result.audits[id]?.numericValue ?? Number.NaN, 0);
      printLine({
        bench: 'lighthouse',
        formFactor: 'mobile',
        page,
        lang,
        path,
        performance: score(result.categories.performance.score),
        accessibility: score(result.categories.accessibility.score),
        bestPractices: score(result.categories['best-practices'].score),
        seo: score(result.categories.seo.score),
        transferredBytes: metric('total-byte-weight'),
        fcpMs: metric('first-contentful-paint'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: round(result.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN, 3),
        belowFull: [
          ...failedAudits(result, 'accessibility'),
          ...failedAudits(result, 'best-practices'),
          ...failedAudits(result, 'seo'),
        ],
      });
    }
  }
});
