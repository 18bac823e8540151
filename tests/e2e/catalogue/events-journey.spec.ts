import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { insertEvent } from '../../../src/modules/catalogue/formats/test-entries.js';
import { createUser, DEMO_PASSWORD } from '../../../src/seed/factories.js';
import { days, hours } from '../../../src/core/time/durations.js';
import {
  clickAndLoad,
  expectFlash,
  expectHeading,
  expectLanguage,
  fillLogin,
  pathOf,
  visit,
} from '../support/journey.js';
import { LANGS, type Messages } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/**
 * The journeys that flow: a visitor opens a page that needs sign-in, signs in and lands back on
 * it; finds the events calendar in the menu, filters it by city, opens an event, registers and
 * takes the event into a calendar. Once in German, once in Arabic; axe scans every page.
 */
describe('events and return addresses in a browser', () => {
  const session = useBrowserSession();

  const mainNavigation = (page: Page, m: Messages) =>
    page.getByRole('navigation', { name: m.t('layout.main_nav'), exact: true });

  describe.each(LANGS)('in %s', (lang) => {
    it('signs in from a protected page and back, then registers from the filtered calendar', async () => {
      const m = session.messages[lang];
      const baseUrl = session.server.baseUrl;
      const person = await createUser(session.db, { locale: lang });
      const startsAt = new Date(Date.now() + 20 * days(1));
      const title = `Bewerbungscafé Dortmund-Nordstadt (${lang})`;
      const event = await insertEvent(session.db, {
        title,
        cities: ['dortmund'],
        starts_at: startsAt,
        ends_at: new Date(startsAt.getTime() + hours(2)),
        details: { capacity: 12, place_address: 'Mallinckrodtstraße 4, 44145 Dortmund' },
      });
      await insertEvent(session.db, { title: `Sprachtreff Duisburg-Marxloh (${lang})`, cities: ['duisburg'] });
      const page = await session.newPage();

      // 1. A page that needs sign-in sends the visitor to the sign-in form and back afterwards.
      await visit(page, `${baseUrl}/${lang}/veranstaltungen/meine`);
      expect(pathOf(page)).toBe(`/${lang}/anmelden?next=${encodeURIComponent(`/${lang}/veranstaltungen/meine`)}`);
      await expectHeading(page, m.t('accounts.login.title'));
      await fillLogin(page, m, person.email, DEMO_PASSWORD);
      await clickAndLoad(page, page.getByRole('button', { name: m.t('accounts.login.submit'), exact: true }));
      expect(pathOf(page)).toBe(`/${lang}/veranstaltungen/meine`);
      await expectHeading(page, m.t('catalogue_events.mine.title'));
      await expectLanguage(page, m);

      // 2. The empty list leads to the calendar; the menu does too.
      await clickAndLoad(
        page,
        page.getByRole('main').getByRole('link', { name: m.t('catalogue_events.mine.find_events'), exact: true }),
      );
      expect(pathOf(page)).toBe(`/${lang}/veranstaltungen`);
      await clickAndLoad(
        page,
        mainNavigation(page, m).getByRole('link', { name: m.t('catalogue_events.nav'), exact: true }),
      );
      await expectHeading(page, m.t('catalogue_events.calendar.title'));

      // 3. Filtered by city: only Dortmund's events, and the feed carries the same filter.
      const filter = page.getByRole('form', { name: m.t('catalogue_events.calendar.filter_heading'), exact: true });
      await filter
        .getByLabel(`${m.t('catalogue_events.calendar.city')} ${m.t('form.optional')}`, { exact: true })
        .selectOption('dortmund');
      await clickAndLoad(
        page,
        filter.getByRole('button', { name: m.t('catalogue_events.calendar.apply'), exact: true }),
      );
      // The form sends its field-of-action choice too, left empty: all fields.
      expect(pathOf(page)).toBe(`/${lang}/veranstaltungen?city=dortmund&field=`);
      const main = page.getByRole('main');
      expect(await main.getByRole('link', { name: title, exact: true }).count()).toBe(1);
      expect(await main.getByText(`Sprachtreff Duisburg-Marxloh (${lang})`).count()).toBe(0);
      const cityName = m.t('organisations.cities.dortmund');
      const feed = main.getByRole('link', {
        name: m.t('catalogue_events.calendar.feed_subscribe', {
          name: m.t('catalogue_events.calendar.title_city', { city: cityName }),
        }),
      });
      expect(await feed.getAttribute('href')).toBe(
        `${baseUrl.replace(/^https?:/, 'webcal:')}/api/v1/catalogue/events.ics?city=dortmund`,
      );

      // 4. The event page: register, then take the event into a calendar.
      await clickAndLoad(page, main.getByRole('link', { name: title, exact: true }));
      expect(pathOf(page)).toBe(`/${lang}/eintraege/${event.id}`);
      const box = page.getByRole('region', { name: m.t('catalogue_events.box.title'), exact: true });
      await clickAndLoad(
        page,
        box.getByRole('button', { name: m.t('catalogue_events.actions.register'), exact: true }),
      );
      await expectFlash(page, m.t('catalogue_events.flash.registered'));
      await clickAndLoad(page, page.getByRole('main').getByRole('link', { name: title, exact: true }));
      expect(pathOf(page)).toBe(`/${lang}/eintraege/${event.id}`);
      const addToCalendar = box.getByRole('link', { name: m.t('catalogue_events.box.add_to_calendar'), exact: true });
      const href = await addToCalendar.getAttribute('href');
      expect(href).toBe(`/api/v1/catalogue/events/${event.id}/ics`);
      const file = await page.request.get(`${baseUrl}${href ?? ''}`);
      expect(file.headers()['content-type']).toContain('text/calendar');
      const calendar = new ICAL.Component(ICAL.parse(await file.text()) as unknown[]);
      expect(new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined).summary).toBe(title);
    }, 90_000);
  });
});
