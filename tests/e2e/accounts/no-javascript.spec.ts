import { describe, expect, it } from 'vitest';
import { createUser, DEMO_PASSWORD } from '../../../src/seed/factories.js';
import {
  clickAndLoad,
  expectFlash,
  expectHeading,
  expectLanguage,
  logIn,
  logOut,
  newPageWithoutJavaScript,
  pathOf,
} from '../support/journey.js';
import { LANGS, type Lang } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/** Pages are server-rendered forms: signing in and out works with JavaScript switched off. */
describe('without JavaScript in a browser', () => {
  const session = useBrowserSession();

  it.each(LANGS)('logs in and out in %s', async (lang: Lang) => {
    const m = session.messages[lang];
    const user = await createUser(session.db, { locale: lang });
    const page = await newPageWithoutJavaScript(session.browser);

    await logIn(page, session.server.baseUrl, m, user.email, DEMO_PASSWORD);
    expect(pathOf(page)).toBe(`/${lang}/mein-bereich`);
    await clickAndLoad(
      page,
      page
        .getByRole('navigation', { name: m.t('layout.main_nav'), exact: true })
        .getByRole('link', { name: m.t('accounts.nav.account'), exact: true }),
    );
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
    expect(await mainNav.getByRole('link', { name: m.t('accounts.nav.login'), exact: true }).count()).toBe(1);
    await page.context().close();
  });
});
