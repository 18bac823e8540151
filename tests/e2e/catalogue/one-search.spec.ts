import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertEntries } from '../../../src/modules/catalogue/search/test-entries.js';
import { insertApplicantProfile, insertOpenPositions } from '../../fixtures/search/positions.js';
import { createUser, DEMO_PASSWORD, type CreatedUser } from '../../../src/seed/factories.js';
import type { City } from '../../../src/region/index.js';
import { clickAndLoad, expectHeading, expectLanguage, logIn, scan, visit } from '../support/journey.js';
import { LANGS, type Messages } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/**
 * One search that finds what people type: "Ausbildung Mechatroniker Essen", "Sprachkurs" and "Kfz"
 * from the home page's search field, in German and Arabic, with entries and open positions grouped
 * on the search page; and an applicant
 * in Gelsenkirchen who finds positions within 15 km of their own postcode across city borders,
 * nearest first with the distance. Every page is scanned with axe, at 1280 and 375 px.
 */
const SHOTS = process.env.SCREENSHOT_DIR ?? join('/tmp', 'one-search-shots');

describe('one search in a browser', () => {
  const session = useBrowserSession();
  let applicant: CreatedUser;
  const positions: Record<string, string> = {};

  async function publishPosition(title: string, occupation: string, city: City, postcode: string): Promise<string> {
    const [id] = await insertOpenPositions(session.db, [{ title, occupation, city, postcode }]);
    return id as string;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await insertEntries(session.db, [
      { title: 'Ausbildung im Handwerk: Mechatronik kennenlernen', cities: ['essen'] },
      { title: 'Ausbildungsmesse Dortmund', cities: ['dortmund'] },
      { title: 'Berufsbezogenes Deutsch für Pflegekräfte', cities: ['bochum'] },
      { title: 'Fachsprache Deutsch im Handwerk', cities: ['gelsenkirchen'] },
      { title: 'Kraftfahrzeug-Werkstatt: Schnuppertag für Jugendliche', cities: ['oberhausen'] },
    ]);
    positions.essen = await publishPosition(
      'Ausbildung Kfz-Mechatroniker/-in im Autohaus',
      'kraftfahrzeugmechatroniker',
      'essen',
      '45127',
    );
    positions.gelsenkirchen = await publishPosition(
      'Ausbildung Mechatroniker/-in',
      'mechatroniker',
      'gelsenkirchen',
      '45879',
    );
    positions.bochum = await publishPosition(
      'Ausbildung Industriemechaniker/-in',
      'industriemechaniker',
      'bochum',
      '44787',
    );
    positions.dortmund = await publishPosition(
      'Ausbildung Elektroniker/-in',
      'elektroniker-betriebstechnik',
      'dortmund',
      '44135',
    );
    // The demo applicant of Gelsenkirchen, made here with the postcode the test needs.
    applicant = await createUser(session.db, { locale: 'de' });
    await insertApplicantProfile(session.db, {
      userId: applicant.id,
      pseudonym: 'Talent-Gelsenkirchen-E2E',
      postcode: '45879',
    });
  });

  async function shoot(page: Page, name: string): Promise<void> {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await scan(page);
      await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  /** Types the query into the home page's search field and sends it, as a new visitor would. */
  async function searchFor(page: Page, m: Messages, query: string): Promise<void> {
    await visit(page, `${session.server.baseUrl}/${m.lang}/`);
    const field = page.getByRole('searchbox', { name: m.t('home.search.label'), exact: true });
    await field.fill(query);
    const form = page.getByRole('search').filter({ has: field });
    await clickAndLoad(page, form.getByRole('button', { name: m.t('home.search.submit'), exact: true }));
    expect(new URL(page.url()).pathname).toBe(`/${m.lang}/suche`);
    await expectHeading(page, m.t('catalogue_search.page.title'));
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    // Relevance is the order of the first search.
    expect(new URL(page.url()).searchParams.get('sort') ?? '').toBe('');
  }

  const resultTitles = (page: Page) => page.locator('#search-results .vr-search-hit__title').allInnerTexts();

  describe.each(LANGS)('in %s', (lang) => {
    it('finds fitting entries and positions for "Ausbildung Mechatroniker Essen", "Sprachkurs" and "Kfz"', async () => {
      const m = session.messages[lang];
      const page = await session.newPage();

      await searchFor(page, m, 'Ausbildung Mechatroniker Essen');
      await expectLanguage(page, m);
      expect(await resultTitles(page)).toEqual(['Ausbildung im Handwerk: Mechatronik kennenlernen']);
      // Essen is a filter that a link removes.
      const places = page.getByRole('list', { name: m.t('search.places_label'), exact: true });
      await expect.poll(() => places.innerText()).toContain(m.t('search.place_filter', { place: 'Essen' }));
      const groups = page.locator('#search-group-positions');
      expect(await groups.innerText()).toContain(m.t('matching_search.site.heading', { count: 1 }));
      expect(await groups.getByRole('link').first().getAttribute('href')).toBe(`/${lang}/stellen/${positions.essen}`);
      await shoot(page, `suche-mechatroniker-essen-${lang}`);
      await clickAndLoad(page, places.getByRole('link', { name: m.t('search.remove_place', { place: 'Essen' }) }));
      expect(new URL(page.url()).searchParams.get('q')).toBe('Ausbildung Mechatroniker');

      await searchFor(page, m, 'Sprachkurs');
      expect((await resultTitles(page)).sort()).toEqual(
        ['Berufsbezogenes Deutsch für Pflegekräfte', 'Fachsprache Deutsch im Handwerk'].sort(),
      );
      await shoot(page, `suche-sprachkurs-${lang}`);

      await searchFor(page, m, 'Kfz');
      expect(await resultTitles(page)).toEqual(['Kraftfahrzeug-Werkstatt: Schnuppertag für Jugendliche']);
      const positionsGroup = page.locator('#search-group-positions');
      expect(await positionsGroup.innerText()).toContain('Ausbildung Kfz-Mechatroniker/-in im Autohaus');
      await clickAndLoad(
        page,
        positionsGroup.getByRole('link', { name: m.t('matching_search.site.full_list', { count: 1 }), exact: true }),
      );
      expect(new URL(page.url()).pathname).toBe(`/${lang}/stellen`);
      expect(new URL(page.url()).searchParams.get('q')).toBe('Kfz');
      await page.close();
    }, 240_000);

    it('an applicant in Gelsenkirchen finds positions within 15 km of their postcode, nearest first', async () => {
      const m = session.messages[lang];
      const page = await session.newPage();
      await logIn(page, session.server.baseUrl, m, applicant.email, DEMO_PASSWORD);
      await visit(page, `${session.server.baseUrl}/${lang}/stellen`);
      await expectHeading(page, m.t('matching_core.search.title'));
      const form = page.getByRole('search', { name: m.t('matching_search.form_label'), exact: true });
      await form.locator('summary').click();
      // Fields that are not required are named with "(optional)" after their label.
      await form
        .getByLabel(`${m.t('matching_search.radius')} ${m.t('form.optional')}`, { exact: true })
        .selectOption('15');
      await form.getByLabel(m.t('matching_search.near_me'), { exact: true }).check();
      await clickAndLoad(page, form.getByRole('button', { name: m.t('matching_search.apply'), exact: true }));
      expect(new URL(page.url()).searchParams.get('near')).toBe('me');

      const distances = await sql<{ to_postcode: string; km: number }>`
        select to_postcode, km from postcode_distances where from_postcode = '45879'`.execute(session.db);
      const km = new Map(distances.rows.map((row) => [row.to_postcode, Number(row.km)]));
      const expected = [
        ['gelsenkirchen', '45879'],
        ['essen', '45127'],
        ['bochum', '44787'],
        ['dortmund', '44135'],
      ]
        .map(([city, postcode]) => ({
          id: positions[city as string] as string,
          city,
          km: km.get(postcode as string) ?? 999,
        }))
        .filter((p) => p.km <= 15)
        .sort((a, b) => a.km - b.km);
      // Across city borders: more than Gelsenkirchen's own position, and not Dortmund's.
      expect(expected.length).toBeGreaterThan(1);
      expect(expected.map((p) => p.city)).not.toContain('dortmund');
      const links = await page
        .locator('.vr-matching-results h3 a')
        .evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').split('/').pop()));
      expect(links).toEqual(expected.map((p) => p.id));
      const shown = await page.locator('.vr-position-search__distance').allInnerTexts();
      expect(shown).toHaveLength(expected.length);
      expect(await page.getByText(m.t('matching_search.sorted_by_distance')).count()).toBe(1);
      await shoot(page, `stellen-umkreis-${lang}`);
      await page.close();
    }, 240_000);
  });
});
