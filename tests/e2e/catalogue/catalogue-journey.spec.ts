import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertEvent } from '../../../src/modules/catalogue/formats/test-entries.js';
import { createUser, DEMO_PASSWORD, type CreatedUser } from '../../../src/seed/factories.js';
import { clickAndLoad, expectFlash, expectHeading, expectLanguage, logIn, pathOf, visit } from '../support/journey.js';
import { LANGS, type Messages } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/**
 * The catalogue from both sides: a provider drafts an offer and submits it, the cooperation office
 * publishes it, and a company finds it with a German query containing a typo; then a full event
 * puts the second person who registers on its waiting list. Once in German, once in Arabic.
 */
describe('catalogue journey in a browser', () => {
  const session = useBrowserSession();
  /** One person's browser: a context of its own, so sessions never mix. */
  const personPage = session.newPage;
  let office: CreatedUser;

  beforeAll(async () => {
    office = await createUser(session.db, {
      organisation: { type: 'cooperation_office', verified_at: new Date() },
      role: 'admin',
    });
  });

  /** The accessible name of a field that is not required: its label followed by "(optional)". */
  const optional = (m: Messages, label: string) => `${label} ${m.t('form.optional')}`;

  function mainNavigation(page: Page, m: Messages) {
    return page.getByRole('navigation', { name: m.t('layout.main_nav'), exact: true });
  }

  /** Searches through the search form, as a person types and presses the search button. */
  async function search(page: Page, m: Messages, query: string): Promise<void> {
    await clickAndLoad(
      page,
      mainNavigation(page, m).getByRole('link', { name: m.t('catalogue_search.nav'), exact: true }),
    );
    expect(pathOf(page)).toBe(`/${m.lang}/suche`);
    await expectHeading(page, m.t('catalogue_search.page.title'));
    const form = page.getByRole('search', { name: m.t('catalogue_search.page.form_label'), exact: true });
    await form.getByRole('searchbox', { name: m.t('catalogue_search.page.query_label'), exact: true }).fill(query);
    await clickAndLoad(page, form.getByRole('button', { name: m.t('catalogue_search.page.submit'), exact: true }));
    expect(pathOf(page).startsWith(`/${m.lang}/suche?`)).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
  }

  describe.each(LANGS)('in %s', (lang) => {
    it('publishes an offer after review, and a company finds it with a typo in its German query', async () => {
      const m = session.messages[lang];
      const db = session.db;
      const baseUrl = session.server.baseUrl;
      const provider = await createUser(db, {
        organisation: { type: 'provider', verified_at: new Date() },
        role: 'admin',
        locale: lang,
      });
      const company = await createUser(db, {
        organisation: { type: 'company', verified_at: new Date() },
        role: 'admin',
        locale: lang,
      });
      const title = `Mentoring für Auszubildende in Gelsenkirchen (${lang.toUpperCase()}-${Date.now().toString(36)})`;
      const f = (name: string) => m.t(`catalogue_entries.fields.${name}`);

      // 1. The provider's admin drafts an offer through the form.
      const providerPage = await personPage();
      await logIn(providerPage, baseUrl, m, provider.email, DEMO_PASSWORD);
      await expectLanguage(providerPage, m);
      await clickAndLoad(
        providerPage,
        mainNavigation(providerPage, m).getByRole('link', { name: m.t('catalogue_entries.own.nav'), exact: true }),
      );
      expect(pathOf(providerPage)).toBe(`/${lang}/organisation/eintraege`);
      await expectHeading(providerPage, m.t('catalogue_entries.own.title'));
      const newEntry = providerPage.getByRole('region', { name: m.t('catalogue_entries.own.new'), exact: true });
      await clickAndLoad(providerPage, newEntry.getByRole('link', { name: m.t('catalogue.kinds.offer'), exact: true }));
      expect(pathOf(providerPage)).toBe(`/${lang}/eintraege/neu/angebot`);
      const formName = m.t('catalogue_entries.new.title', { kind: m.t('catalogue.kinds.offer') });
      await expectHeading(providerPage, formName);
      await expectLanguage(providerPage, m);

      const form = providerPage.getByRole('form', { name: formName, exact: true });
      await form.getByRole('textbox', { name: f('title'), exact: true }).fill(title);
      await form
        .getByRole('textbox', { name: f('summary'), exact: true })
        .fill(
          'Ehrenamtliche Mentorinnen und Mentoren begleiten Auszubildende mit Einwanderungsgeschichte durch das erste Ausbildungsjahr.',
        );
      await form
        .getByRole('textbox', { name: optional(m, f('body')), exact: true })
        .fill(
          'Einmal im Monat treffen sich **Mentorin und Azubi**. Kleine und mittlere Betriebe erhalten eine Ansprechperson für Fragen rund um die Ausbildung.',
        );
      const choose = (legend: string, option: string) =>
        form
          .getByRole('group', { name: legend, exact: true })
          .getByRole('checkbox', { name: option, exact: true })
          .check();
      const pick = (legend: string, option: string) =>
        form
          .getByRole('group', { name: legend, exact: true })
          .getByRole('radio', { name: option, exact: true })
          .check();
      await choose(f('fields_of_action'), m.t('catalogue.fields_of_action.apprenticeship_support'));
      await choose(optional(m, f('target_groups')), m.t('catalogue.target_groups.smes'));
      await choose(optional(m, f('target_groups')), m.t('catalogue.target_groups.young_people'));
      await choose(f('cities'), m.t('organisations.cities.gelsenkirchen'));
      await choose(optional(m, f('languages')), m.t('catalogue.languages.de'));
      await choose(optional(m, f('languages')), m.t('catalogue.languages.ar'));
      await pick(optional(m, f('cost')), m.t('catalogue.costs.free'));
      await pick(optional(m, f('format')), m.t('catalogue.formats.in_person'));
      await form
        .getByRole('textbox', { name: optional(m, f('contact_email')), exact: true })
        .fill('mentoring@traeger.example');
      await clickAndLoad(
        providerPage,
        form.getByRole('button', { name: m.t('catalogue_entries.new.submit'), exact: true }),
      );

      // Against Projektitis the form may first list similar published offers (the other
      // language's run publishes one much like this); the provider saves the draft anyway.
      const similarNotice = providerPage
        .getByRole('status')
        .filter({ hasText: m.t('catalogue_entries.similar.intro') });
      if ((await similarNotice.count()) > 0) {
        expect(pathOf(providerPage)).toBe(`/${lang}/eintraege/neu/angebot`);
        await clickAndLoad(
          providerPage,
          form.getByRole('button', { name: m.t('catalogue_entries.similar.save_anyway'), exact: true }),
        );
      }
      const editPath = new RegExp(`^/${lang}/eintraege/([0-9a-f-]{36})/bearbeiten$`);
      expect(pathOf(providerPage)).toMatch(editPath);
      const entryId = editPath.exec(pathOf(providerPage))?.[1] ?? '';
      await expectFlash(providerPage, m.t('catalogue_entries.new.done'));
      await expectHeading(providerPage, m.t('catalogue_entries.edit.title', { title }));

      // The provider submits the draft for review.
      const workflow = providerPage.getByRole('region', { name: m.t('catalogue_entries.edit.workflow'), exact: true });
      await clickAndLoad(
        providerPage,
        workflow.getByRole('button', { name: m.t('catalogue_entries.edit.submit_for_review'), exact: true }),
      );
      expect(pathOf(providerPage)).toBe(`/${lang}/eintraege/${entryId}`);
      await expectFlash(providerPage, m.t('catalogue_entries.edit.submitted'));
      await expectHeading(providerPage, title);
      const history = providerPage.getByRole('region', { name: m.t('catalogue_entries.history.title'), exact: true });
      const submitted = history.getByRole('row').filter({
        has: providerPage.getByRole('cell', {
          name: m.t('catalogue_entries.history.actions.submitted'),
          exact: true,
        }),
      });
      expect(
        await submitted.getByRole('cell', { name: m.t('catalogue.statuses.in_review'), exact: true }).count(),
      ).toBe(1);

      // Until the office has published it, the offer is not found, not even by its exact title.
      await search(providerPage, m, title);
      expect(await providerPage.getByRole('main').getByRole('link', { name: title, exact: true }).count()).toBe(0);

      // 2. The cooperation office opens its review queue and publishes the offer.
      const officePage = await personPage();
      // Sign-in leads into the account's own language; the office reads this journey's language.
      await db.updateTable('users').set({ locale: lang }).where('id', '=', office.id).execute();
      await logIn(officePage, baseUrl, m, office.email, DEMO_PASSWORD);
      await clickAndLoad(
        officePage,
        mainNavigation(officePage, m).getByRole('link', { name: m.t('organisations.nav.admin'), exact: true }),
      );
      expect(pathOf(officePage)).toBe(`/${lang}/verwaltung`);
      await clickAndLoad(
        officePage,
        officePage.getByRole('main').getByRole('link', { name: m.t('catalogue_entries.queue.title'), exact: true }),
      );
      expect(pathOf(officePage)).toBe(`/${lang}/verwaltung/eintraege`);
      await expectHeading(officePage, m.t('catalogue_entries.queue.title'));
      await expectLanguage(officePage, m);
      const queuedRow = officePage
        .getByRole('row')
        .filter({ has: officePage.getByRole('link', { name: title, exact: true }) });
      expect(await queuedRow.count()).toBe(1);
      expect(await queuedRow.getByText(m.t('catalogue.statuses.in_review'), { exact: true }).count()).toBe(1);
      await clickAndLoad(officePage, queuedRow.getByRole('link', { name: title, exact: true }));
      expect(pathOf(officePage)).toBe(`/${lang}/eintraege/${entryId}`);
      await expectHeading(officePage, title);
      const review = officePage.getByRole('region', { name: m.t('catalogue_entries.review.title'), exact: true });
      await clickAndLoad(
        officePage,
        review.getByRole('button', { name: m.t('catalogue_entries.review.publish'), exact: true }),
      );
      expect(pathOf(officePage)).toBe(`/${lang}/verwaltung/eintraege`);
      await expectFlash(officePage, m.t('catalogue_entries.review.published'));
      expect(await officePage.getByRole('main').getByRole('link', { name: title, exact: true }).count()).toBe(0);

      // 3. A company searches in German with a typo and finds the offer.
      const companyPage = await personPage();
      await logIn(companyPage, baseUrl, m, company.email, DEMO_PASSWORD);
      await search(companyPage, m, 'Mentorng Auszubildende');
      await expectLanguage(companyPage, m);
      const hit = companyPage
        .getByRole('main')
        .getByRole('listitem')
        .filter({ has: companyPage.getByRole('link', { name: title, exact: true }) });
      expect(await hit.count()).toBe(1);
      expect(await hit.getByText(m.t('catalogue.kinds.offer'), { exact: true }).count()).toBe(1);
      await clickAndLoad(companyPage, hit.getByRole('link', { name: title, exact: true }));
      expect(pathOf(companyPage)).toBe(`/${lang}/eintraege/${entryId}`);
      await expectHeading(companyPage, title);
      await expectLanguage(companyPage, m);
      await session.closePages();
    }, 90_000);

    it('puts the second registration for a full event on the waiting list', async () => {
      const m = session.messages[lang];
      const db = session.db;
      const baseUrl = session.server.baseUrl;
      const eventTitle = `Azubi-Speed-Dating Essen (${lang.toUpperCase()}-${Date.now().toString(36)})`;
      const event = await insertEvent(db, {
        title: eventTitle,
        details: { capacity: 1, place_address: 'Zollverein, Gelsenkirchener Str. 181, 45309 Essen' },
      });
      const eventUrl = `${baseUrl}/${lang}/eintraege/${event.id}`;
      const first = await createUser(db, { locale: lang });
      const second = await createUser(db, { locale: lang });
      const box = (page: Page) => page.getByRole('region', { name: m.t('catalogue_events.box.title'), exact: true });
      const myRow = (page: Page) =>
        page.getByRole('row').filter({ has: page.getByRole('link', { name: eventTitle, exact: true }) });

      // The first person takes the only place.
      const firstPage = await personPage();
      await logIn(firstPage, baseUrl, m, first.email, DEMO_PASSWORD);
      await visit(firstPage, eventUrl);
      await expectHeading(firstPage, eventTitle);
      await expectLanguage(firstPage, m);
      expect(
        await box(firstPage)
          .getByText(m.t('catalogue_events.box.places', { free: 1, capacity: 1 }), { exact: true })
          .count(),
      ).toBe(1);
      await clickAndLoad(
        firstPage,
        box(firstPage).getByRole('button', { name: m.t('catalogue_events.actions.register'), exact: true }),
      );
      expect(pathOf(firstPage)).toBe(`/${lang}/veranstaltungen/meine`);
      await expectFlash(firstPage, m.t('catalogue_events.flash.registered'));
      expect(
        await myRow(firstPage)
          .getByRole('cell', { name: m.t('catalogue_events.status.registered'), exact: true })
          .count(),
      ).toBe(1);

      // The second person finds the event full and lands on the waiting list.
      const secondPage = await personPage();
      await logIn(secondPage, baseUrl, m, second.email, DEMO_PASSWORD);
      await visit(secondPage, eventUrl);
      await expectHeading(secondPage, eventTitle);
      expect(
        await box(secondPage)
          .getByText(m.t('catalogue_events.box.places', { free: 0, capacity: 1 }), { exact: true })
          .count(),
      ).toBe(1);
      expect(await box(secondPage).getByText(m.t('catalogue_events.box.full_hint'), { exact: true }).count()).toBe(1);
      expect(
        await box(secondPage)
          .getByRole('button', { name: m.t('catalogue_events.actions.register'), exact: true })
          .count(),
      ).toBe(0);
      await clickAndLoad(
        secondPage,
        box(secondPage).getByRole('button', { name: m.t('catalogue_events.actions.join_waitlist'), exact: true }),
      );
      expect(pathOf(secondPage)).toBe(`/${lang}/veranstaltungen/meine`);
      await expectHeading(secondPage, m.t('catalogue_events.mine.title'));
      await expectLanguage(secondPage, m);
      await expectFlash(secondPage, m.t('catalogue_events.flash.waitlisted'));
      const waitlisted = myRow(secondPage);
      expect(await waitlisted.count()).toBe(1);
      expect(
        await waitlisted
          .getByRole('cell', { name: m.t('catalogue_events.status.waitlisted', { position: 1 }), exact: true })
          .count(),
      ).toBe(1);

      // The event's page tells the second person their place on the waiting list.
      await clickAndLoad(secondPage, waitlisted.getByRole('link', { name: eventTitle, exact: true }));
      expect(pathOf(secondPage)).toBe(`/${lang}/eintraege/${event.id}`);
      const secondBox = box(secondPage);
      expect(
        await secondBox
          .getByText(m.t('catalogue_events.status.waitlisted_you', { position: 1 }), { exact: true })
          .count(),
      ).toBe(1);
      expect(
        await secondBox
          .getByRole('button', { name: m.t('catalogue_events.actions.leave_waitlist'), exact: true })
          .count(),
      ).toBe(1);
      const occupancy = `${m.t('catalogue_events.box.places', { free: 0, capacity: 1 })} ${m.t('catalogue_events.box.waitlist_count', { count: 1 })}`;
      expect(await secondBox.getByText(occupancy, { exact: true }).count()).toBe(1);
      await session.closePages();
    }, 60_000);
  });
});
