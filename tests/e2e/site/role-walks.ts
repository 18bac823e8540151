import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createUser, DEMO_PASSWORD, type UserOverrides } from '../../../src/seed/factories.js';
import { createApplicant, insertPosition } from '../../../src/modules/matching/applications/test-helpers.js';
import { clickAndLoad, expectHeading, fillLogin, pathOf, visit } from '../support/journey.js';
import type { Lang, Messages } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';
import { navigationFor } from '../../../src/core/modules/navigation.js';
import { NAVIGATION } from '../../../src/platform.js';

/**
 * Every role walks from the home page to each of its places by clicking only: the home page is the
 * one typed address; then "Anmelden" in the navigation, the form, "Mein Bereich", and from there
 * every link of the main and account navigation and of the "Mein Bereich" blocks. Every page must
 * answer 200, have one h1 and pass axe (clickAndLoad scans each page it lands on). No page may answer
 * 403: a link a reader may not use must not be offered at all.
 *
 * Runtime: 28 walks of ten to fifteen pages each, every page scanned, take well over four minutes on
 * the shared two-core machine. So at 1280 px every place is walked, and at 375 px a representative
 * subset: every navigation link (the folded menu is what a phone changes) and the first link of each
 * "Mein Bereich" block. The menu's sections (the same for everybody) are walked by the first role only;
 * every other role checks that they are offered and walks its own places. The blocks' places are walked
 * first, each from "Mein Bereich" (going back is not scanned again: it is the page scanned right after
 * sign-in); then the menu's links, which every page's header offers, each from the page the walk is on. Each language is a spec file of its own (role-walks.de.spec.ts,
 * role-walks.ar.spec.ts), so the two halves can run on both test workers at once.
 */
const VIEWPORTS = [
  { width: 1280, height: 900, everyPlace: true },
  { width: 375, height: 812, everyPlace: false },
] as const;

interface Role {
  id: string;
  /** The account's e-mail per language; the account prefers that language, so sign-in lands in it. */
  email: (lang: Lang) => string;
  /** Paths (after the language prefix) this role must reach; the walk fails if a link to one is missing. */
  places: readonly string[];
}

/** The menu's sections as the platform declares them for a visitor: the same for every reader (decision 038). */
const SECTIONS = navigationFor(NAVIGATION, 'main', {
  actor: { kind: 'anonymous' },
  isProduction: true,
}).map((entry) => entry.path);

const emailOf = (id: string) => (lang: Lang) => `${id}.${lang}@walks.example`;

const ROLES: readonly Role[] = [
  {
    id: 'applicant',
    email: emailOf('applicant'),
    places: ['/profil', '/profil/passende-stellen', '/bewerbungen', '/mentoring', '/konto'],
  },
  {
    id: 'company-member',
    email: emailOf('company-member'),
    places: ['/organisation/stellen', '/organisation', '/mentoring', '/konto'],
  },
  { id: 'unverified-company-admin', email: emailOf('unverified-company-admin'), places: ['/organisation', '/konto'] },
  {
    id: 'provider',
    email: emailOf('provider'),
    places: ['/organisation', '/organisation/eintraege', '/eintraege/neu', '/konto'],
  },
  {
    id: 'city-office',
    email: emailOf('city-office'),
    places: ['/organisation', '/verwaltung/eintraege', '/konto'],
  },
  {
    id: 'coordination-office',
    email: emailOf('coordination-office'),
    places: ['/mentoring/koordination', '/verwaltung/eintraege', '/verwaltung', '/konto'],
  },
  { id: 'volunteer-mentor', email: emailOf('volunteer-mentor'), places: ['/mentoring', '/konto'] },
];

/** A walk loads a dozen pages and scans each with axe; the shared machine may be slow, and no time is asserted. */
const WALK_TIMEOUT = 300_000;

const UNVERIFIED_COMPANY = 'Kokereiweg Neugründung GmbH';

/** A link to walk to: where it leads, and how a person finds it (its region and accessible name). */
interface Target {
  path: string;
  region: 'sections' | 'navigation' | 'start';
  name: string;
}

/** The walks of every role in one language, at both widths. */
export function describeRoleWalks(lang: Lang): void {
  describe(`role walks (${lang}): from the home page to every place of each role, by clicking only`, () => {
    const session = useBrowserSession();

    beforeAll(async () => {
      const { db } = session;
      const verified = new Date();
      await createApplicant(db, { email: emailOf('applicant')(lang), displayName: 'Mira Beispiel', locale: lang });
      const volunteer = await createUser(db, {
        email: emailOf('volunteer-mentor')(lang),
        display_name: 'Paula Patin',
        locale: lang,
      });
      await db
        .insertInto('mentorship_offers')
        .values({
          audience: 'person',
          mentor_user_id: volunteer.id,
          organisation_id: null,
          mentor_kind: 'volunteer',
          focus: ['application_coaching'],
          cities: ['essen'],
          languages: ['de', 'ar'],
          capacity: 2,
          note: 'Ich helfe bei Bewerbungen, gern abends.',
        })
        .execute();
      // One organisation per role, with its account in this language.
      const staff = async (id: string, organisation: UserOverrides['organisation'], role: 'admin' | 'member') => {
        const user = await createUser(db, { email: emailOf(id)(lang), organisation, role, locale: lang });
        return user.organisation?.id ?? '';
      };
      const company = await staff(
        'company-member',
        { type: 'company', name: 'Zechenring Beispiel GmbH', verified_at: verified },
        'member',
      );
      // A published position, so the company's blocks lead to its candidates as well.
      await insertPosition(db, { organisationId: company, title: 'Ausbildung Mechatroniker:in' });
      await staff(
        'unverified-company-admin',
        { type: 'company', name: UNVERIFIED_COMPANY, verified_at: null },
        'admin',
      );
      await staff(
        'provider',
        { type: 'provider', name: 'Bildungswerk Beispiel e. V.', verified_at: verified },
        'admin',
      );
      await staff('city-office', { type: 'municipality', name: 'Stadt Beispiel', verified_at: verified }, 'admin');
      await staff(
        'coordination-office',
        { type: 'cooperation_office', name: 'Koordinierung Beispiel', verified_at: verified },
        'admin',
      );
    });

    /** The visible main navigation; on a phone it is behind the menu button, which is opened by a click. */
    async function navigation(page: Page, m: Messages): Promise<Locator> {
      const menu = page.locator('details.vr-nav-narrow');
      if ((await menu.locator('summary').isVisible()) && (await menu.getAttribute('open')) === null)
        await menu.locator('summary').click();
      return page.getByRole('navigation', { name: m.t('layout.main_nav'), exact: true });
    }

    /**
     * The places "Mein Bereich" offers, read from the page: the links of the header's menu (sections and own
     * places) and of the
     * page's blocks, de-duplicated by path. Left out, on purpose: the sign-out button (a form, not a
     * place, and it would end the walk), the language switchers (the same places in another language;
     * tests/e2e/site covers switching), links to other sites (not ours to test) and file downloads
     * (.ics/.json, which are no pages). With `everyPlace` false, a block gives only its first link.
     */
    async function collectTargets(page: Page, m: Messages, everyPlace: boolean): Promise<Target[]> {
      const read = (locator: Locator) =>
        locator.evaluateAll((links) =>
          links.map((link) => ({
            href: link.getAttribute('href') ?? '',
            name: (link.querySelector('.vr-start-item__label') ?? link).textContent?.replace(/\s+/g, ' ').trim() ?? '',
          })),
        );
      const found: { href: string; name: string; region: Target['region'] }[] = [];
      const nav = await navigation(page, m);
      for (const link of await read(nav.locator('.vr-main-nav__sections').getByRole('link')))
        found.push({ ...link, region: 'sections' });
      for (const link of await read(nav.locator('.vr-main-nav__own').getByRole('link')))
        found.push({ ...link, region: 'navigation' });
      const main = page.locator('main');
      if (everyPlace) {
        for (const link of await read(main.getByRole('link'))) found.push({ ...link, region: 'start' });
      } else {
        for (const block of await main.locator('section').all()) {
          const first = (await read(block.getByRole('link'))).slice(0, 1);
          for (const link of first) found.push({ ...link, region: 'start' });
        }
      }
      const origin = new URL(page.url()).origin;
      const seen = new Set<string>([pathOf(page)]);
      const targets: Target[] = [];
      for (const link of found) {
        const url = new URL(link.href, page.url());
        if (url.origin !== origin || /\.(ics|json)$/.test(url.pathname)) continue;
        const path = url.pathname + url.search;
        if (seen.has(path)) continue;
        seen.add(path);
        targets.push({ path, region: link.region, name: link.name });
      }
      return targets;
    }

    async function linkTo(page: Page, m: Messages, target: Target): Promise<Locator> {
      const region =
        target.region === 'start'
          ? page.locator('main')
          : page.locator('header').filter({ has: await navigation(page, m) });
      const byHref = page.locator(`a[href="${target.path}"]`);
      return region.getByRole('link', { name: target.name }).and(byHref).filter({ visible: true }).first();
    }

    for (const viewport of VIEWPORTS) {
      for (const role of ROLES) {
        it(
          `${role.id} (${lang}, ${viewport.width} px) reaches each of its places by clicking`,
          async () => {
            const m = session.messages[lang];
            const context = await session.browser.newContext();
            context.setDefaultTimeout(20_000);
            const page = await context.newPage();
            try {
              await page.setViewportSize({ width: viewport.width, height: viewport.height });
              // Every document the walk loads, with its status (redirects included).
              const answers: { url: string; status: number }[] = [];
              page.on('response', (response) => {
                if (response.request().isNavigationRequest() && response.frame() === page.mainFrame())
                  answers.push({ url: response.url(), status: response.status() });
              });
              const lastStatus = () => answers.at(-1)?.status;

              // The one typed address.
              await visit(page, `${session.server.baseUrl}/${lang}/`);
              expect(lastStatus()).toBe(200);
              await clickAndLoad(
                page,
                (await navigation(page, m)).getByRole('link', { name: m.t('accounts.nav.login'), exact: true }),
              );
              await fillLogin(page, m, role.email(lang), DEMO_PASSWORD);
              await clickAndLoad(page, page.getByRole('button', { name: m.t('accounts.login.submit'), exact: true }));
              expect(pathOf(page)).toBe(`/${lang}/mein-bereich`);
              expect(lastStatus()).toBe(200);
              await expectHeading(page, m.t('start.title'));

              if (role.id === 'unverified-company-admin') {
                // Told that the organisation is being checked (the name isolated, as the page writes it).
                const checking = m.t('organisations_start.own.awaiting_verification', {
                  name: `\u2068${UNVERIFIED_COMPANY}\u2069`,
                });
                expect(await page.locator('main').getByRole('link', { name: checking }).count()).toBe(1);
              }

              const targets = await collectTargets(page, m, viewport.everyPlace);
              expect(
                targets.filter((target) => target.region === 'sections').map((target) => target.path),
                'the menu sections',
              ).toEqual(SECTIONS.map((section) => `/${lang}${section}`));
              if (viewport.everyPlace) {
                const walked = targets.map((target) => target.path);
                for (const place of role.places) expect(walked, `link to ${place}`).toContain(`/${lang}${place}`);
              }
              // The platform's sections are the same links for every role (checked above): the first role walks
              // them, the others walk their own places.
              const walk = [
                ...targets.filter((target) => target.region === 'start'),
                ...targets.filter(
                  (target) => target.region === 'navigation' || (target.region === 'sections' && role === ROLES[0]),
                ),
              ];
              for (const [index, target] of walk.entries()) {
                if (index > 0 && target.region === 'start') {
                  // Back to "Mein Bereich" through its link in the navigation.
                  // Not scanned again: it is the page scanned right after sign-in, with the same figures.
                  const home = (await navigation(page, m)).getByRole('link', { name: m.t('start.nav'), exact: true });
                  await home.click();
                  await page.waitForLoadState('load');
                  expect(pathOf(page)).toBe(`/${lang}/mein-bereich`);
                  expect(lastStatus()).toBe(200);
                }
                await clickAndLoad(page, await linkTo(page, m, target));
                const where = `${target.name} (${target.path}) for the ${role.id}, ${lang}, ${viewport.width} px`;
                expect(lastStatus(), where).toBe(200);
                expect(await page.getByRole('heading', { level: 1 }).count(), `h1 on ${where}`).toBe(1);
              }
              // No page offered a link its reader may not use.
              expect(answers.filter((answer) => answer.status === 403)).toEqual([]);
            } finally {
              await context.close();
            }
          },
          WALK_TIMEOUT,
        );
      }
    }
  });
}
