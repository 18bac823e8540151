import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, berlinDay } from '../../../src/core/time/calendar-day.js';
import { createUser } from '../../../src/seed/factories.js';
import {
  clickAndLoad,
  expectFlash,
  expectHeading,
  newPageWithoutJavaScript,
  visit,
  signInFromHome as signIn,
} from '../support/journey.js';
import { LANGS, type Messages } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/**
 * School–company partnerships in a browser, from the home page and by clicking only: a company publishes an
 * Angebot, a school (without JavaScript) publishes a Gesuch, finds the company among its matches and proposes a
 * partnership; the company answers from Mein Bereich and accepts; with both consents the partnership appears
 * on its city's public list. Once in German, once in Arabic; every page is scanned with axe.
 */
describe('partnerships journey in a browser', () => {
  const session = useBrowserSession();

  const nav = (page: Page, m: Messages) => page.getByRole('navigation', { name: m.t('layout.main_nav'), exact: true });

  const signInFromHome = (page: Page, m: Messages, email: string) => signIn(page, session.server.baseUrl, m, email);

  /** Main menu → "Ausbilden" → the partnerships card → the public page. */
  async function openPartnerships(page: Page, m: Messages): Promise<void> {
    await clickAndLoad(page, nav(page, m).getByRole('link', { name: m.t('training_hub.nav'), exact: true }));
    await expectHeading(page, m.t('training_hub.title'));
    await clickAndLoad(page, page.getByRole('link', { name: m.t('partnerships.nav.label'), exact: true }));
    await expectHeading(page, m.t('partnerships.public.title'));
  }

  const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

  describe.each(LANGS)('in %s', (lang) => {
    it('a school and a company agree a partnership and it appears on the city’s public list', async () => {
      const m = session.messages[lang];
      const db = session.db;
      const verified = new Date();
      const schoolName = `Berufskolleg Emscherquell (${lang})`;
      const companyName = `Zechenring Mechatronik GmbH (${lang})`;
      const school = await createUser(db, {
        organisation: { type: 'school', name: schoolName, city: 'gelsenkirchen', verified_at: verified },
        role: 'admin',
        locale: lang,
      });
      const company = await createUser(db, {
        organisation: { type: 'company', name: companyName, city: 'dortmund', verified_at: verified },
        role: 'admin',
        locale: lang,
      });

      // The company publishes its Angebot.
      const companyPage = await session.newPage();
      await signInFromHome(companyPage, m, company.email);
      await openPartnerships(companyPage, m);
      await clickAndLoad(
        companyPage,
        companyPage.getByRole('link', { name: m.t('partnerships.own.new_company'), exact: true }),
      );
      await expectHeading(companyPage, m.t('partnerships.listing_form.title_company'));
      const offered = group(companyPage, m.t('partnerships.listing_form.activities_company'));
      await offered.getByLabel(m.t('partnerships.activities.internship'), { exact: true }).check();
      await offered.getByLabel(m.t('partnerships.activities.workplace_visit'), { exact: true }).check();
      await companyPage.getByLabel(m.t('partnerships.listing_form.pupils_company'), { exact: true }).fill('6');
      const companyMonths = group(companyPage, m.t('partnerships.listing_form.months_company'));
      for (const index of [0, 1, 2]) await companyMonths.getByRole('checkbox').nth(index).check();
      await companyPage.getByLabel(m.t('partnerships.listing_form.postcode'), { exact: true }).fill('44137');
      await clickAndLoad(
        companyPage,
        companyPage.getByRole('button', { name: m.t('partnerships.listing_form.submit_company'), exact: true }),
      );
      await expectFlash(companyPage, m.t('partnerships.flash.listing_published'));
      await expectHeading(companyPage, m.t('partnerships.matches.title_company'));

      // The school, without JavaScript: a Gesuch first with a mistake, then right; then its matches.
      const schoolPage = await newPageWithoutJavaScript(session.browser);
      await signInFromHome(schoolPage, m, school.email);
      await openPartnerships(schoolPage, m);
      await clickAndLoad(
        schoolPage,
        schoolPage.getByRole('link', { name: m.t('partnerships.own.new_school'), exact: true }),
      );
      const sought = group(schoolPage, m.t('partnerships.listing_form.activities_school'));
      await sought.getByLabel(m.t('partnerships.activities.internship'), { exact: true }).check();
      await schoolPage.getByLabel(m.t('partnerships.listing_form.pupils_school'), { exact: true }).fill('24');
      await schoolPage.getByLabel(m.t('partnerships.listing_form.postcode'), { exact: true }).fill('45879');
      await clickAndLoad(
        schoolPage,
        schoolPage.getByRole('button', { name: m.t('partnerships.listing_form.submit_school'), exact: true }),
      );
      expect(await schoolPage.getByRole('alert').getByText(m.t('partnerships.validation.choose_grade')).count()).toBe(
        1,
      );
      await group(schoolPage, m.t('partnerships.listing_form.grades'))
        .getByLabel(m.t('partnerships.labels.grade', { grade: '11' }), { exact: true })
        .check();
      const schoolMonths = group(schoolPage, m.t('partnerships.listing_form.months_school'));
      for (const index of [0, 1]) await schoolMonths.getByRole('checkbox').nth(index).check();
      await clickAndLoad(
        schoolPage,
        schoolPage.getByRole('button', { name: m.t('partnerships.listing_form.submit_school'), exact: true }),
      );
      await expectFlash(schoolPage, m.t('partnerships.flash.listing_published'));
      await expectHeading(schoolPage, m.t('partnerships.matches.title_school'));
      const card = schoolPage.getByRole('listitem').filter({ hasText: companyName });
      expect(await card.count()).toBe(1);
      expect(await schoolPage.getByRole('link', { name: 'GeoNames', exact: true }).count()).toBe(1);

      // The school proposes an internship with a date and agrees to publication.
      await clickAndLoad(schoolPage, card.getByRole('link', { name: m.t('partnerships.matches.propose') }));
      const row = group(schoolPage, m.t('partnerships.proposal.activity_row', { n: 1 }));
      await row.getByLabel(m.t('partnerships.proposal.kind'), { exact: true }).selectOption('internship');
      await row.getByLabel(m.t('partnerships.proposal.date'), { exact: true }).fill(addDays(berlinDay(), 45));
      await schoolPage.getByLabel(m.t('partnerships.consent.label'), { exact: true }).check();
      await clickAndLoad(
        schoolPage,
        schoolPage.getByRole('button', { name: m.t('partnerships.proposal.submit'), exact: true }),
      );
      await expectFlash(schoolPage, m.t('partnerships.flash.proposed'));

      // The company finds the proposal in Mein Bereich and accepts it, naming its contact and consenting.
      await clickAndLoad(companyPage, nav(companyPage, m).getByRole('link', { name: m.t('start.nav'), exact: true }));
      const section = companyPage.getByRole('region', { name: m.t('partnerships.start_page.heading'), exact: true });
      await clickAndLoad(companyPage, section.getByRole('link').first());
      const accept = companyPage.getByRole('region', {
        name: m.t('partnerships.agreement.accept_heading'),
        exact: true,
      });
      await accept.getByLabel(m.t('partnerships.contact.name'), { exact: true }).fill('Jana Özdemir');
      await accept.getByLabel(m.t('partnerships.contact.email'), { exact: true }).fill('ausbildung@zechenring.example');
      await accept.getByLabel(m.t('partnerships.consent.label'), { exact: true }).check();
      await clickAndLoad(
        companyPage,
        accept.getByRole('button', { name: m.t('partnerships.agreement.accept'), exact: true }),
      );
      await expectFlash(companyPage, m.t('partnerships.flash.accepted'));
      expect(await companyPage.getByText(m.t('partnerships.consent.listed'), { exact: true }).count()).toBe(1);

      // Anybody: the public list of Dortmund shows the partnership, never the contact.
      const visitor = await session.newPage();
      await visit(visitor, `${session.server.baseUrl}/${m.lang}/`);
      await openPartnerships(visitor, m);
      await visitor.getByRole('combobox', { name: m.t('partnerships.public.city') }).selectOption('dortmund');
      await clickAndLoad(visitor, visitor.getByRole('button', { name: m.t('partnerships.public.show'), exact: true }));
      const listed = visitor.getByRole('row').filter({ hasText: companyName });
      expect(await listed.count()).toBe(1);
      expect(await listed.filter({ hasText: schoolName }).count()).toBe(1);
      expect(await visitor.getByText('Jana Özdemir').count()).toBe(0);
      await session.closePages();
      await schoolPage.context().close();
    }, 240_000);
  });
});
