import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createUser, DEMO_PASSWORD } from '../../../src/seed/factories.js';
import { createApplicant } from '../../../src/modules/matching/applications/test-helpers.js';
import { logIn, scan } from '../support/journey.js';
import { useBrowserSession } from '../support/session.js';

/** Where the screenshots go when SCREENSHOT_DIR is set (to look at them); otherwise none are written. */
const SHOTS = process.env.SCREENSHOT_DIR;
const WIDTHS = [1280, 375] as const;
const LANGS = ['de', 'ar'] as const;

const ROLES = [
  { id: 'applicant', email: 'mira@front.example' },
  { id: 'company', email: 'firma@front.example' },
  { id: 'provider', email: 'traeger@front.example' },
  { id: 'city-office', email: 'stadt@front.example' },
  { id: 'coordination-office', email: 'koordination@front.example' },
] as const;

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe('front door: home and Mein Bereich in German and Arabic, wide and narrow', () => {
  const session = useBrowserSession();

  beforeAll(async () => {
    const { db } = session;
    await createApplicant(db, { email: 'mira@front.example', displayName: 'Mira Beispiel' });
    const org = (type: 'company' | 'provider' | 'municipality' | 'cooperation_office', name: string) => ({
      organisation: { type, name, verified_at: new Date() },
      role: 'admin' as const,
    });
    await createUser(db, { email: 'firma@front.example', ...org('company', 'Zechenring Beispiel GmbH') });
    await createUser(db, { email: 'traeger@front.example', ...org('provider', 'Bildungswerk Beispiel e. V.') });
    await createUser(db, { email: 'stadt@front.example', ...org('municipality', 'Stadt Beispiel') });
    await createUser(db, {
      email: 'koordination@front.example',
      ...org('cooperation_office', 'Koordinierung Beispiel'),
    });
  });

  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      it(`home (${lang}, ${width} px): search, audiences, figures, cities; no axe violations`, async () => {
        const m = session.messages[lang];
        const page = await session.newPage();
        await page.setViewportSize({ width, height: 900 });
        const response = await page.goto(`${session.server.baseUrl}/${lang}/`);
        expect(response?.status()).toBe(200);
        await scan(page);
        expect(await page.getByRole('search').getByLabel(m.t('home.search.label'), { exact: true }).count()).toBe(1);
        for (const audience of ['applicants', 'companies', 'providers', 'municipalities'])
          expect(
            await page.getByRole('heading', { name: m.t(`home.audiences.${audience}.title`), exact: true }).isVisible(),
          ).toBe(true);
        const summary = page.locator('summary.vr-nav-narrow__button');
        if (width === 375) {
          // The menu opens from the keyboard: focus the button, press Enter, the links appear.
          expect(await page.getByRole('link', { name: m.t('catalogue_search.nav'), exact: true }).isVisible()).toBe(
            false,
          );
          await summary.focus();
          await page.keyboard.press('Enter');
          expect(await page.locator('details.vr-nav-narrow').getAttribute('open')).not.toBeNull();
          const link = page
            .locator('details.vr-nav-narrow')
            .getByRole('link', { name: m.t('catalogue_search.nav'), exact: true });
          expect(await link.isVisible()).toBe(true);
          await scan(page);
          await shot(page, `home-${lang}-${width}-menu-open`);
          await page.keyboard.press('Enter');
          expect(await page.locator('details.vr-nav-narrow').getAttribute('open')).toBeNull();
        } else {
          expect(await summary.isVisible()).toBe(false);
        }
        await shot(page, `home-${lang}-${width}`);
        await session.closePages();
      });

      for (const role of ROLES) {
        it(`Mein Bereich of the ${role.id} (${lang}, ${width} px) without axe violations`, async () => {
          const m = session.messages[lang];
          const page = await session.newPage();
          await page.setViewportSize({ width, height: 900 });
          await logIn(page, session.server.baseUrl, m, role.email, DEMO_PASSWORD);
          const response = await page.goto(`${session.server.baseUrl}/${lang}/mein-bereich`);
          expect(response?.status()).toBe(200);
          await scan(page);
          expect(await page.getByRole('heading', { level: 1, name: m.t('start.title'), exact: true }).isVisible()).toBe(
            true,
          );
          expect(await page.getByRole('heading', { name: m.t('start.todo.heading'), exact: true }).isVisible()).toBe(
            true,
          );
          await shot(page, `start-${role.id}-${lang}-${width}`);
          await session.closePages();
        });
      }
    }
  }
});
