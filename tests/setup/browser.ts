import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../src/core/config.js';
import { startPlatform, type Platform } from '../../src/platform.js';
import { CHROMIUM_PATH } from './global-chromium.js';
import { findFreePort } from './machine.js';
import { getTestDatabase, resetTestDatabase } from './test-db.js';

/** Helpers for browser tests (tests/e2e/**): the system Chromium, a real server, an axe scan. */

/** Launches Debian's Chromium headless; never a browser that Playwright downloaded. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface TestServer {
  /** http://127.0.0.1:PORT, no trailing slash. */
  baseUrl: string;
  platform: Platform;
  stop(): Promise<void>;
}

/**
 * Starts the whole platform, listening on a free loopback port, on the test worker's database (an
 * in-memory PGlite, migrated once per worker as for the integration tests) emptied first: migrating a
 * fresh database for every browser test file cost about ten seconds each.
 */
export async function startTestServer(): Promise<TestServer> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const database = await getTestDatabase();
  await resetTestDatabase(database);
  const platform = await startPlatform({
    config: loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: 'memory://',
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: baseUrl,
    }),
    database,
    jobPollingSeconds: 0.5,
  });
  try {
    await platform.app.listen({ port, host: '127.0.0.1' });
  } catch (error) {
    await platform.close();
    throw error;
  }
  return { baseUrl, platform, stop: () => platform.close() };
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's browser bundle, read once per test worker. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * WCAG 2.1 A and AA; only violations are detailed (`resultTypes`): the passes are never read, and
 * describing every passing node is most of the result's size.
 */
const AXE_OPTIONS: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };

/**
 * Runs axe (WCAG 2.1 A and AA) on the page and fails with every violation it finds.
 *
 * axe-core runs directly in the page (`axe.run` on the document), loaded once per document. Our pages
 * have no frames, so the per-frame detour of `@axe-core/playwright` (a partial run per frame, merged in
 * a blank page of its own) found nothing more; and its legacy mode still evaluated the 580 kB bundle
 * twice per scan. Same rules, same violations; a scan takes about two thirds of the time.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  if (!(await page.evaluate('typeof window.axe?.run === "function"'))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe.run(
        document,
        options,
      ),
    AXE_OPTIONS,
  );
  if (results.violations.length === 0) return;
  const lines = results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n');
    return `- ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n${targets}`;
  });
  throw new Error(`Accessibility violations on ${page.url()}:\n${lines.join('\n')}`);
}
