import { existsSync } from 'node:fs';
import { installDebianPackage } from './machine.js';

/** The Debian package's browser; tests/setup/browser.ts launches exactly this one. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Vitest globalSetup for the e2e project: browser tests drive the system's Chromium (Debian
 * package "chromium"), never a browser downloaded by Playwright.
 */
export default function setup(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  installDebianPackage('chromium', `Browser tests (${CHROMIUM_PATH})`);
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`The Debian package "chromium" is installed but ${CHROMIUM_PATH} is missing.`);
}
