import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations } from '../../setup/browser.js';
import { useBrowserSession } from '../support/session.js';

/** Shared components on a phone (375 px) and on a desktop: the DataTable's cards, the assets it loads. */
describe('DataTable on a phone and on a desktop', () => {
  const session = useBrowserSession({ messages: false });
  let browser: Browser;
  beforeAll(() => {
    browser = session.browser;
  });

  async function privacyPage(lang: 'de' | 'ar', width: number) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const response = await page.goto(`${session.server.baseUrl}/${lang}/datenschutz`);
    expect(response?.status()).toBe(200);
    return { page, close: () => context.close() };
  }

  for (const lang of ['de', 'ar'] as const) {
    it(`shows each row as a card labelled by its column headers at 375 px (${lang}), still a table to screen readers`, async () => {
      const { page, close } = await privacyPage(lang, 375);
      try {
        const table = page.locator('table.vr-table').first();
        const headers = await table.locator('thead th').allTextContents();
        expect(headers.length).toBeGreaterThan(1);
        const firstRow = table.locator('tbody tr').first();
        expect(await firstRow.evaluate((row) => getComputedStyle(row).display)).toBe('block');
        const labels = await firstRow
          .locator('td')
          .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
        const cellHeaders = await firstRow
          .locator('td')
          .evaluateAll((cells) => cells.map((cell) => cell.dataset.label));
        // The drawn label is the column's header, with empty alternative text for screen readers.
        for (const [index, label] of labels.entries()) expect(label).toContain(cellHeaders[index]);
        expect(headers).toEqual(expect.arrayContaining(cellHeaders));
        // The headers are hidden from the eye, not from screen readers; the roles stay those of a table.
        expect(await table.locator('thead').isVisible()).toBe(true);
        const snapshot = await table.ariaSnapshot();
        expect(snapshot).toContain('- table');
        expect(snapshot).toContain('- columnheader');
        expect(snapshot).toContain('- cell');
        // Nothing is cut: the page is no wider than the phone.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        await expectNoAxeViolations(page);
      } finally {
        await close();
      }
    });
  }

  it('keeps a real table layout on a desktop', async () => {
    const { page, close } = await privacyPage('de', 1280);
    try {
      const table = page.locator('table.vr-table').first();
      expect(await table.evaluate((element) => getComputedStyle(element).display)).toBe('table');
      expect(
        await table
          .locator('tbody td')
          .first()
          .evaluate((cell) => getComputedStyle(cell, '::before').content),
      ).toBe('none');
    } finally {
      await close();
    }
  });
});
