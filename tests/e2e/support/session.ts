import type { Kysely } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../../src/core/db/database.js';
import { launchBrowser, startTestServer, type TestServer } from '../../setup/browser.js';
import { loadAllMessages, type Lang, type Messages } from './messages.js';

/**
 * The setup every browser test file shares: a real server on a fresh database, one headless
 * Chromium, and the texts a person sees. Call `useBrowserSession()` once at the top of a
 * `describe`: it registers the vitest hooks that start everything before the tests and stop it
 * after them. The returned object's getters can only be read inside hooks and tests.
 */

export interface BrowserSessionOptions {
  /**
   * Whether to render a first page and then read the message catalogues (default true). The
   * snapshot of the translations is taken right after the server rendered its first page, so it
   * matches what the server loaded.
   */
  messages?: boolean;
}

export interface BrowserSession {
  readonly server: TestServer;
  readonly browser: Browser;
  /** The texts in each language; only with `messages` (the default). */
  readonly messages: Record<Lang, Messages>;
  readonly db: Kysely<Database>;
  /**
   * One person's browser: a page in a context of its own, so sessions never mix. A missing
   * element fails the step with its locator, long before the test's own timeout.
   */
  readonly newPage: () => Promise<Page>;
  /** Closes every context `newPage` opened since the last call. */
  readonly closePages: () => Promise<void>;
}

export function useBrowserSession(options: BrowserSessionOptions = {}): BrowserSession {
  const withMessages = options.messages ?? true;
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let messages: Record<Lang, Messages> | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    if (withMessages) {
      await fetch(`${server.baseUrl}/de/`);
      messages = await loadAllMessages();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  function ready<T>(value: T | undefined, name: string): T {
    if (value === undefined)
      throw new Error(`The browser session's ${name} is not ready: read it inside a hook or test.`);
    return value;
  }

  const session: BrowserSession = {
    get server() {
      return ready(server, 'server');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get messages() {
      return ready(messages, withMessages ? 'messages' : 'messages (switched off)');
    },
    get db() {
      return ready(server, 'server').platform.database.db;
    },
    newPage: async () => {
      const context = await session.browser.newContext();
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      return context.newPage();
    },
    closePages: async () => {
      for (const context of contexts.splice(0)) await context.close();
    },
  };
  return session;
}
