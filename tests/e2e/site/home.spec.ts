import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from '../../setup/browser.js';
import { useBrowserSession } from '../support/session.js';

describe('home page in a browser', () => {
  const session = useBrowserSession({ messages: false });
  let page: Page;

  beforeAll(async () => {
    // A page from an explicit context: axe runs its scan in a fresh page of the same context.
    const context = await session.browser.newContext();
    page = await context.newPage();
  });

  it('shows the German home page with a heading and the language switcher, without axe violations', async () => {
    const response = await page.goto(`${session.server.baseUrl}/de/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Deutsch', exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'العربية', exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('shows the Arabic home page right to left, without axe violations', async () => {
    const response = await page.goto(`${session.server.baseUrl}/ar/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html[dir=rtl]').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Deutsch', exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'العربية', exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });
});
