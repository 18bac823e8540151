import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../src/core/config.js';
import { startPlatform, type Platform } from '../../src/platform.js';
import { CHROMIUM_PATH } from './global-chromium.js';
import { findFreePort } from './machine.js';

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

/** Starts the whole platform on a fresh in-memory PGlite, listening on a free loopback port. */
export async function startTestServer(): Promise<TestServer> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const platform = await startPlatform({
    config: loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: 'memory://',
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: baseUrl,
    }),
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

/**
 * Runs axe (WCAG 2.1 A and AA) on the page and fails with every violation it finds.
 *
 * Axe runs inside the page (`setLegacyMode`): our pages have no frames from other origins, so
 * the default's detour (a partial run per frame, then a blank page of its own that loads axe a
 * second time to merge the parts) finds nothing more and costs twice the time. Only violations are
 * detailed (`resultTypes`): the passes are never read, and describing every passing node is most
 * of the result's size. Same rules, same violations, about half the time per scan.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n');
    return `- ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n${targets}`;
  });
  throw new Error(`Accessibility violations on ${page.url()}:\n${lines.join('\n')}`);
}
