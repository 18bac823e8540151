import type { Kysely } from 'kysely';
import type { Browser, BrowserContext, Locator, Page, Response } from 'playwright-core';
import { expect } from 'vitest';
import type { Database } from '../../../src/core/db/database.js';
import { DEMO_PASSWORD } from '../../../src/seed/factories.js';
import { expectNoAxeViolations } from '../../setup/browser.js';
import type { Lang, Messages } from './messages.js';

/**
 * Steps of a browser journey. Every step that shows a new page scans it with axe, so a test
 * cannot visit a page without checking it: after a redirect, and when a form comes back with errors.
 */

/** For pages without JavaScript: a context that scans for them (axe itself needs scripts to run). */
const scannerFor = new WeakMap<Page, BrowserContext>();

/** A page with JavaScript switched off, whose pages the journey steps still scan with axe. */
export async function newPageWithoutJavaScript(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const scanner = await browser.newContext();
  // The scanner shows exactly what the scriptless page shows: the same HTML, no client islands.
  await scanner.route('**/assets/build/islands.*.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );
  context.on('close', () => {
    scanner.close().catch(() => undefined);
  });
  scannerFor.set(page, scanner);
  return page;
}

/**
 * Scans the page with axe. axe cannot run where scripts are off, so a scriptless page's HTML
 * is scanned in a page of its own that loads the same HTML and styles without the islands.
 */
export async function scan(page: Page): Promise<void> {
  const scanner = scannerFor.get(page);
  if (!scanner) return scanLoaded(page);
  const url = page.url();
  const html = await page.content();
  const copy = await scanner.newPage();
  await copy.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await copy.goto(url);
  try {
    await expectNoAxeViolations(copy);
  } finally {
    await copy.close();
  }
}

/**
 * Scans a page with scripts. A click's navigation may still commit after the old page reported
 * "load"; then the scan's page is gone mid-run. The scan then waits for the new page and scans that.
 */
async function scanLoaded(page: Page): Promise<void> {
  try {
    await expectNoAxeViolations(page);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes('Execution context was destroyed')) throw error;
    await page.waitForLoadState('load');
    await expectNoAxeViolations(page);
  }
}

/** Opens a URL and scans the page. */
export async function visit(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url);
  await scan(page);
  return response;
}

/**
 * Clicks something that loads a new page (a link, a submit button) and scans the page it lands on.
 * Playwright's click waits until the navigation it started has committed; then the page loads.
 */
export async function clickAndLoad(page: Page, target: Locator): Promise<void> {
  await target.click();
  await page.waitForLoadState('load');
  await scan(page);
}

/** Presses a key that loads a new page (Enter on a focused link or button) and scans it. */
export async function pressAndLoad(page: Page, key: string): Promise<void> {
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await page.keyboard.press(key);
  await navigated;
  await page.waitForLoadState('load');
  await scan(page);
}

/** The page's path and query, without the origin. */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/** `<html lang dir>` as the language registry says: Arabic right to left. */
export async function expectLanguage(page: Page, messages: Pick<Messages, 'lang' | 'dir'>): Promise<void> {
  const html = page.locator('html');
  expect(await html.getAttribute('lang')).toBe(messages.lang);
  expect(await html.getAttribute('dir')).toBe(messages.dir);
}

/** The one-time confirmation after a form (role status), in the page's language. */
export async function expectFlash(page: Page, text: string): Promise<void> {
  const status = page.getByRole('status').filter({ hasText: text });
  expect(await status.count(), `flash "${text}" on ${page.url()}`).toBe(1);
}

export async function expectHeading(page: Page, name: string): Promise<void> {
  expect(
    await page.getByRole('heading', { level: 1, name, exact: true }).count(),
    `h1 "${name}" on ${page.url()}`,
  ).toBe(1);
}

/** Signs in through the login form: the page the form leads to is returned to the caller's checks. */
export async function logIn(page: Page, baseUrl: string, m: Messages, email: string, password: string): Promise<void> {
  await visit(page, `${baseUrl}/${m.lang}/anmelden`);
  await fillLogin(page, m, email, password);
  await clickAndLoad(page, page.getByRole('button', { name: m.t('accounts.login.submit'), exact: true }));
}

/** From the home page: the sign-in link in the menu, the login form, and on to "Mein Bereich" in the reader's language. */
export async function signInFromHome(page: Page, baseUrl: string, m: Messages, email: string): Promise<void> {
  await visit(page, `${baseUrl}/${m.lang}/`);
  const navigation = page.getByRole('navigation', { name: m.t('layout.main_nav'), exact: true });
  await clickAndLoad(page, navigation.getByRole('link', { name: m.t('accounts.nav.login'), exact: true }));
  await fillLogin(page, m, email, DEMO_PASSWORD);
  await clickAndLoad(page, page.getByRole('button', { name: m.t('accounts.login.submit'), exact: true }));
  await expectLanguage(page, m);
}

export async function fillLogin(page: Page, m: Messages, email: string, password: string): Promise<void> {
  const form = page.getByRole('form', { name: m.t('accounts.login.title'), exact: true });
  await form.getByLabel(m.t('accounts.fields.email'), { exact: true }).fill(email);
  await form.getByLabel(m.t('accounts.fields.password'), { exact: true }).fill(password);
}

export async function logOut(page: Page, m: Messages): Promise<void> {
  const navigation = page.getByRole('navigation', { name: m.t('layout.main_nav'), exact: true });
  await clickAndLoad(page, navigation.getByRole('button', { name: m.t('accounts.nav.logout'), exact: true }));
}

async function countMails(db: Kysely<Database>, to: string, subject: string): Promise<number> {
  const row = await db
    .selectFrom('dev_outbox')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('to_address', '=', to)
    .where('subject', '=', subject)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Mail leaves through a background job. Before the step that sends a mail, take a count; then
 * `waitForNewMail` waits (without the browser) until the job has delivered one more.
 */
export async function mailCounter(db: Kysely<Database>, to: string, subject: string): Promise<() => Promise<void>> {
  const before = await countMails(db, to, subject);
  return async () => {
    const deadline = Date.now() + 15_000;
    while ((await countMails(db, to, subject)) <= before) {
      if (Date.now() > deadline) throw new Error(`No mail "${subject}" to ${to} arrived within 15 seconds`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
}

/**
 * Reads the newest mail with this subject to this address in the development outbox, as a person
 * reads their mail, and returns the first link in its text.
 */
export async function readLinkFromMail(
  page: Page,
  baseUrl: string,
  lang: Lang,
  mail: { to: string; subject: string },
): Promise<string> {
  await visit(page, `${baseUrl}/${lang}/entwicklung/postausgang`);
  const article = page.getByRole('article', { name: mail.subject, exact: true }).filter({ hasText: mail.to }).first();
  const body = await article.locator('pre').innerText();
  const link = /https?:\/\/\S+/.exec(body)?.[0];
  if (!link) throw new Error(`The mail "${mail.subject}" to ${mail.to} has no link:\n${body}`);
  return link;
}

/** Unique test addresses, so one test's mail is never mistaken for another's. */
export function uniqueEmail(label: string): string {
  return `${label}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@mail.example`;
}
