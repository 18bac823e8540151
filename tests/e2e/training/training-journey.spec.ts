import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createUser, DEMO_PASSWORD } from '../../../src/seed/factories.js';
import {
  clickAndLoad,
  expectFlash,
  expectHeading,
  expectLanguage,
  fillLogin,
  newPageWithoutJavaScript,
  visit,
} from '../support/journey.js';
import { LANGS, type Messages } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/**
 * The path to becoming a training company in a browser without JavaScript, from the home page and by clicking
 * only: a visitor finds the path through "Ausbilden", checks the preconditions for a Kfz workshop in Dortmund,
 * signs in as the firm, starts its own path, ticks a step off and asks for a personal adviser (a first try with
 * nothing filled in shows the messages); the coordination office finds the request on its start page and takes
 * it over, and the firm sees the new status. German and Arabic; axe on every page.
 */
describe('training-path journey in a browser', () => {
  const session = useBrowserSession();

  const nav = (page: Page, m: Messages) => page.getByRole('navigation', { name: m.t('layout.main_nav'), exact: true });
  const main = (page: Page) => page.getByRole('main');

  async function signIn(page: Page, m: Messages, email: string): Promise<void> {
    await fillLogin(page, m, email, DEMO_PASSWORD);
    await clickAndLoad(page, page.getByRole('button', { name: m.t('accounts.login.submit'), exact: true }));
    await expectLanguage(page, m);
  }

  describe.each(LANGS)('in %s', (lang) => {
    it('a firm walks the path to its adviser request and the coordination office takes it over', async () => {
      const m = session.messages[lang];
      const db = session.db;
      const firmName = `Kfz-Service Yıldırım ${lang.toUpperCase()}`;
      const firm = await createUser(db, {
        organisation: { type: 'company', verified_at: new Date(), city: 'dortmund', name: firmName },
        role: 'admin',
        locale: lang,
      });
      const office = await createUser(db, {
        organisation: { type: 'cooperation_office', verified_at: new Date(), name: `Koordinierung ${lang}` },
        role: 'member',
        locale: lang,
      });

      // A visitor: home → Ausbilden → the card → the check.
      const page = await newPageWithoutJavaScript(session.browser);
      await visit(page, `${session.server.baseUrl}/${lang}/`);
      await clickAndLoad(page, nav(page, m).getByRole('link', { name: m.t('training_hub.nav'), exact: true }));
      await clickAndLoad(page, main(page).getByRole('link', { name: m.t('training.nav.label'), exact: true }));
      await expectHeading(page, m.t('training.landing.title'));
      await page.getByLabel(m.t('training.check.occupation')).selectOption('kraftfahrzeugmechatroniker');
      await page.getByLabel(m.t('training.check.city')).selectOption('dortmund');
      await clickAndLoad(page, page.getByRole('button', { name: m.t('training.check.submit'), exact: true }));
      await expectHeading(page, m.t('training.result.title'));
      expect(await main(page).getByText('Handwerkskammer Dortmund', { exact: true }).count()).toBe(1);
      expect(await main(page).getByText(m.t('training.result.aevo_master'), { exact: true }).count()).toBe(1);

      // The firm signs in from the result page and starts its own path from Mein Bereich.
      await clickAndLoad(
        page,
        main(page).getByRole('link', { name: m.t('training.landing.sign_in_link'), exact: true }),
      );
      await signIn(page, m, firm.email);
      const own = page.getByRole('region', { name: m.t('training.start_page.heading'), exact: true });
      await clickAndLoad(page, own.getByRole('link', { name: m.t('training.start_page.start'), exact: true }));
      await expectHeading(page, m.t('training.own.title'));
      await page.getByLabel(m.t('training.check.occupation')).selectOption('kraftfahrzeugmechatroniker');
      await page.getByLabel(m.t('training.check.city')).selectOption('dortmund');
      await clickAndLoad(page, page.getByRole('button', { name: m.t('training.own.start'), exact: true }));
      await expectFlash(page, m.t('training.own.started'));
      await clickAndLoad(page, page.getByRole('button', { name: m.t('training.own.tick', { step: 1 }), exact: true }));
      await expectFlash(page, m.t('training.own.ticked'));
      expect(await page.getByText(m.t('training.own.progress', { done: 1, total: 6 }), { exact: true }).count()).toBe(
        1,
      );

      // The adviser request: first with nothing filled in, then for real.
      await clickAndLoad(page, main(page).getByRole('link', { name: m.t('training.own.to_request'), exact: true }));
      await expectHeading(page, m.t('training.request.title'));
      await clickAndLoad(page, page.getByRole('button', { name: m.t('training.request.submit'), exact: true }));
      expect(await page.getByRole('alert').count()).toBe(1);
      expect(await page.getByText(m.t('training.validation.consent'), { exact: true }).count()).toBeGreaterThan(0);
      await page
        .getByLabel(m.t('training.request.needs'))
        .fill('Wir brauchen Hilfe beim Ausbilderschein und bei der Eintragung des Vertrags.');
      await page.getByRole('radio', { name: m.t('training.request.preferences.visit'), exact: true }).check();
      await page.getByRole('checkbox', { name: m.t('training.request.consent'), exact: true }).check();
      await clickAndLoad(page, page.getByRole('button', { name: m.t('training.request.submit'), exact: true }));
      await expectFlash(page, m.t('training.request.sent'));
      expect(await main(page).getByText(m.t('training.request_status.open'), { exact: true }).count()).toBe(1);

      // The coordination office: its start page → the desk → take the request over.
      const officePage = await newPageWithoutJavaScript(session.browser);
      await visit(officePage, `${session.server.baseUrl}/${lang}/`);
      await clickAndLoad(
        officePage,
        nav(officePage, m).getByRole('link', { name: m.t('accounts.nav.login'), exact: true }),
      );
      await signIn(officePage, m, office.email);
      const desk = officePage.getByRole('region', { name: m.t('training.start_page.office_heading'), exact: true });
      await clickAndLoad(officePage, desk.getByRole('link').first());
      await expectHeading(officePage, m.t('training.desk.title'));
      expect(await officePage.getByText(firmName, { exact: true }).count()).toBeGreaterThan(0);
      await clickAndLoad(
        officePage,
        officePage.getByRole('button', { name: m.t('training.desk.take', { name: firmName }), exact: true }),
      );
      await expectFlash(officePage, m.t('training.desk.taken'));

      // The firm sees the new status on its path.
      await clickAndLoad(page, nav(page, m).getByRole('link', { name: m.t('start.nav'), exact: true }));
      const status = page.getByRole('region', { name: m.t('training.start_page.heading'), exact: true });
      await clickAndLoad(page, status.getByRole('link').first());
      expect(await main(page).getByText(m.t('training.request_status.in_progress'), { exact: true }).count()).toBe(1);
    }, 240_000);
  });
});
