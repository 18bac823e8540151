import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from '../../setup/browser.js';

/**
 * The scan every browser test relies on must itself find violations: a page with a picture without
 * a text alternative, grey text on white below 4.5:1, and an unlabelled input fails with each named.
 */
describe('the axe scan of the browser tests', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  const page = async (body: string) => {
    const tab = await browser.newPage();
    await tab.setContent(
      `<!doctype html><html lang="de"><head><title>Prüfseite</title></head><body><main><h1>Prüfseite</h1>${body}</main></body></html>`,
    );
    return tab;
  };

  it('fails on a missing alternative text, too little contrast and an unlabelled field, naming each', async () => {
    const tab = await page(
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20">' +
        '<p style="color:#aaa;background:#fff">Anmeldung bis Freitag</p>' +
        '<form><input type="text" name="plz"></form>',
    );
    const scan = expectNoAxeViolations(tab);
    await expect(scan).rejects.toThrow(/image-alt/);
    await expect(expectNoAxeViolations(tab)).rejects.toThrow(/color-contrast/);
    await expect(expectNoAxeViolations(tab)).rejects.toThrow(/label/);
    await tab.close();
  });

  it('passes the same page once each fault is mended', async () => {
    const tab = await page(
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20" alt="Logo der Kooperation">' +
        '<p style="color:#555;background:#fff">Anmeldung bis Freitag</p>' +
        '<form><label for="plz">Postleitzahl</label><input id="plz" type="text" name="plz"></form>',
    );
    await expect(expectNoAxeViolations(tab)).resolves.toBeUndefined();
    await tab.close();
  });
});
