import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createUser, DEMO_PASSWORD } from '../../../src/seed/factories.js';
import { launchBrowser, startTestServer, type TestServer } from '../../setup/browser.js';
import { expectFlash, expectHeading, expectLanguage, logIn, logOut, newPageWithoutJavaScript, pathOf } from '../support/journey.js';
import { LANGS, loadAllMessages, type Lang, type Messages } from '../support/messages.js';

/** Pages are server-rendered forms: signing in and out works with JavaScript switched off. */
describe('without JavaScript in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let messages: Record<Lang, Messages>;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    await fetch(`${server.baseUrl}/de/`);
    messages = await loadAllMessages();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(LANGS)('logs in and out in %s', async (lang: Lang) => {
    const m = messages[lang];
    const user = await createUser(server.platform.database.db, { locale: lang });
    const page = await newPageWithoutJavaScript(browser);

    await logIn(page, server.baseUrl, m, user.email, DEMO_PASSWORD);
    expect(pathOf(page)).toBe(`/${lang}/konto`);
    await expectLanguage(page, m);
    await expectHeading(page, m.t('accounts.account.title'));
    expect(await page.getByRole('main').getByText(user.email, { exact: true }).count()).toBe(1);
    // The password toggle is an enhancement: without JavaScript it is simply not there.
    expect(await page.getByRole('button', { name: m.t('accounts.password_toggle.show'), exact: true }).count()).toBe(0);

    await logOut(page, m);
    expect(pathOf(page)).toBe(`/${lang}/`);
    await expectFlash(page, m.t('accounts.logout.done'));
    const mainNav = page.getByRole('navigation', { name: m.t('layout.main_nav'), exact: true });
    expect(await mainNav.getByRole('link', { name: m.t('layout.nav.login'), exact: true }).count()).toBe(1);
    await page.context().close();
  });
});
