import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createApplicant } from '../../../src/modules/matching/applications/test-helpers.js';
import { DEMO_PASSWORD } from '../../../src/seed/factories.js';
import { expectNoAxeViolations } from '../../setup/browser.js';
import { useBrowserSession } from '../support/session.js';

/**
 * Shared components on a phone (375 px) and on a desktop: the DataTable's cards, the assets it loads;
 * and form groups in the reading direction of the page.
 */
describe('shared components on a phone, on a desktop and right to left', () => {
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

  for (const lang of ['de', 'ar'] as const) {
    it(`sets a group's legend and its check labels in the reading direction (${lang})`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        // The profile form's cities are a group of checkboxes with a legend.
        const email = `richtung.${lang}@walks.example`;
        await createApplicant(session.db, { email, locale: lang });
        await page.goto(`${session.server.baseUrl}/${lang}/anmelden`);
        await page.locator('input[name=email]').fill(email);
        await page.locator('input[name=password]').fill(DEMO_PASSWORD);
        await Promise.all([page.waitForURL(/mein-bereich/), page.locator('main form button[type=submit]').click()]);
        expect((await page.goto(`${session.server.baseUrl}/${lang}/profil`))?.status()).toBe(200);
        const group = page
          .locator('fieldset.kern-fieldset')
          .filter({ has: page.locator('.kern-form-check__checkbox') })
          .first();
        const box = async (locator: ReturnType<typeof page.locator>) => {
          const found = await locator.boundingBox();
          if (!found) throw new Error('not shown');
          return { left: found.x, right: found.x + found.width };
        };
        const fieldset = await box(group);
        const legend = await box(group.locator('legend'));
        const check = await box(group.locator('.kern-form-check__checkbox').first());
        const labelText = group.locator('.kern-form-check .kern-label').first();
        const label = await box(labelText);
        if (lang === 'ar') {
          // The legend starts at the right, and each label stands left of its box, its text a gap apart.
          expect(fieldset.right - legend.right).toBeLessThan(4);
          expect(label.right).toBeLessThanOrEqual(check.left + 1);
          expect(parseFloat(await labelText.evaluate((e) => getComputedStyle(e).paddingRight))).toBeGreaterThanOrEqual(
            8,
          );
        } else {
          expect(legend.left - fieldset.left).toBeLessThan(4);
          expect(label.left).toBeGreaterThanOrEqual(check.right - 1);
          expect(parseFloat(await labelText.evaluate((e) => getComputedStyle(e).paddingLeft))).toBeGreaterThanOrEqual(
            8,
          );
        }
        await expectNoAxeViolations(page);
      } finally {
        await context.close();
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
