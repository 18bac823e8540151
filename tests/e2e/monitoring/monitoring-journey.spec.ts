import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedReportGoals } from '../../../src/modules/monitoring/index.js';
import { createUser, DEMO_PASSWORD } from '../../../src/seed/factories.js';
import { clickAndLoad, expectFlash, expectLanguage, fillLogin, pathOf, visit } from '../support/journey.js';
import { LANGS } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/**
 * The coordination office keeps the monitoring: from the home page, clicking only, a coordinator
 * imports an official-statistics CSV with errors (sees every error with its line, nothing is saved),
 * fixes it, saves it, and finds the new values on the dashboard with the gap to the target; every
 * chart has its table; the goal tree shows an initiative with the indicator that measures it.
 */
/** With VR_SCREENSHOTS=<folder>, the journey keeps pictures of the pages at 1280 and 375 px for a person to look at. */
async function shoot(page: Page, name: string): Promise<void> {
  const folder = process.env['VR_SCREENSHOTS'];
  if (!folder) return;
  const viewport = page.viewportSize();
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${folder}/${name}-${width}.png`, fullPage: true });
  }
  if (viewport) await page.setViewportSize(viewport);
}

describe('monitoring journey in a browser', () => {
  const session = useBrowserSession();
  /** A year of its own per language, so the second run does not meet the first one's values. */
  const YEARS = { de: 2026, ar: 2027 } as const;

  const csv = (year: number, fixed: boolean) =>
    [
      'Landesdatenbank NRW',
      'Bevölkerungsstand: Ausländeranteil, kreisfreie Städte',
      'Tabelle 12411-03-03-4',
      '',
      'Gebiet;Stichtag;Ausländeranteil (%)',
      `05113 Essen, Stadt;31.12.${year};17,9`,
      fixed ? `05913 Dortmund, Stadt;31.12.${year};20,1` : `Bottrop;31.12.${year};12,0`,
      `05911 Bochum, Stadt;31.12.${year};${fixed ? '14,2' : '101,0'}`,
      '__________',
      '– = nichts vorhanden; . = unbekannt; x = geheim',
      '© IT.NRW, Düsseldorf',
    ].join('\n');

  beforeAll(async () => {
    await seedReportGoals(session.db);
    await session.db
      .insertInto('monitoring_targets')
      .values({ indicator_key: 'foreigner_share', area: null, target_value: 20, target_year: 2030 })
      .execute();
  });

  describe.each(LANGS)('in %s', (lang) => {
    it('imports with an error, fixes it, and finds the values with their gap, tables and the goal tree', async () => {
      const m = session.messages[lang];
      const year = YEARS[lang];
      const email = `koordination-${lang}@monitoring.example`;
      await createUser(session.db, {
        email,
        locale: lang,
        organisation: { type: 'cooperation_office', name: `Koordinierung ${lang}`, verified_at: new Date() },
        role: 'member',
      });
      const page = await session.newPage();
      const number = (value: number, digits = 1) =>
        new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'de-DE', {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }).format(value);

      // From the home page to the login, and from Mein Bereich to the import.
      await visit(page, `${session.server.baseUrl}/${lang}/`);
      await expectLanguage(page, m);
      const nav = page.getByRole('navigation', { name: m.t('layout.main_nav'), exact: true });
      await clickAndLoad(page, nav.getByRole('link', { name: m.t('accounts.nav.login'), exact: true }));
      await fillLogin(page, m, email, DEMO_PASSWORD);
      await clickAndLoad(page, page.getByRole('button', { name: m.t('accounts.login.submit'), exact: true }));
      await clickAndLoad(
        page,
        page.getByRole('link', { name: m.t('monitoring_start.coordination.import'), exact: true }).first(),
      );
      expect(pathOf(page)).toBe(`/${lang}/monitoring/import`);

      const fillImport = async (text: string) => {
        const form = page.getByRole('form', { name: m.t('monitoring.import.title'), exact: true });
        await form
          .getByLabel(m.t('monitoring.import.indicator'), { exact: true })
          .selectOption({ label: m.t('monitoring_indicators.foreigner_share.name') });
        await form.getByLabel(m.t('monitoring.import.source_label'), { exact: true }).fill('IT.NRW, Landesdatenbank');
        await form.getByLabel(m.t('monitoring.import.retrieved_on'), { exact: true }).fill('2027-02-01');
        // The pasted text is optional beside the file, so its label carries the "optional" mark.
        await form.getByLabel(m.t('monitoring.import.csv')).fill(text);
        await clickAndLoad(page, form.getByRole('button', { name: m.t('monitoring.import.submit'), exact: true }));
      };

      // A file with two errors: both listed with their line, and nothing saved.
      await fillImport(csv(year, false));
      const problems = page.locator('#import-problems li');
      expect(await problems.count()).toBe(2);
      expect(await problems.nth(0).textContent()).toContain(m.t('monitoring.import.problem_line', { line: 7 }));
      expect(await problems.nth(1).textContent()).toContain(m.t('monitoring.import.problem_line', { line: 8 }));
      expect(await page.getByRole('button', { name: m.t('monitoring.import.save'), exact: true }).count()).toBe(0);
      const stored = () => session.db.selectFrom('monitoring_values').select('area').where('year', '=', year).execute();
      expect(await stored()).toEqual([]);

      // The fixed file: checked, saved as a whole.
      await clickAndLoad(page, page.getByRole('link', { name: m.t('monitoring.import.back'), exact: true }));
      await fillImport(csv(year, true));
      expect(await page.locator('#import-problems').count()).toBe(0);
      await clickAndLoad(page, page.getByRole('button', { name: m.t('monitoring.import.save'), exact: true }));
      expect(pathOf(page)).toBe(`/${lang}/monitoring/indikatoren/foreigner_share`);
      await expectFlash(page, m.t('monitoring.import.saved'));
      expect((await stored()).length).toBe(3);

      // The newest year is shown: Essen's value and its gap to the target of 20.
      const standings = page.getByRole('table', { name: m.t('monitoring.targets.standings_caption'), exact: true });
      const essen = standings.getByRole('row').filter({ hasText: m.t('monitoring.areas.essen') });
      const essenText = (await essen.textContent()) ?? '';
      expect(essenText).toContain(number(17.9));
      expect(essenText).toContain(
        new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'de-DE', {
          signDisplay: 'exceptZero',
          maximumFractionDigits: 1,
        }).format(2.1),
      );

      // Every chart has its table; one is opened by keyboard-reachable summary.
      const figures = page.locator('figure.vr-chart');
      const charts = await figures.count();
      expect(charts).toBe(2);
      for (let index = 0; index < charts; index += 1) {
        const figure = figures.nth(index);
        expect(await figure.locator('svg[role="img"]').count()).toBe(1);
        expect(await figure.locator('details table').count()).toBe(1);
      }
      await figures.nth(1).locator('summary').click();
      expect(await figures.nth(1).locator('details table').isVisible()).toBe(true);

      // The goal tree: an initiative of the report with the indicator that measures it.
      await clickAndLoad(page, nav.getByRole('link', { name: m.t('monitoring.nav.dashboard'), exact: true }));
      await clickAndLoad(
        page,
        page
          .getByRole('navigation', { name: m.t('monitoring.nav.section'), exact: true })
          .getByRole('link', { name: m.t('monitoring.programme.title'), exact: true }),
      );
      const initiative = page.locator('li.vr-initiative').filter({
        has: page.getByRole('heading', { name: 'Monitoring-Systeme: Übersicht und Monitoring', exact: true }),
      });
      expect(await initiative.count()).toBe(1);
      expect(
        await initiative
          .getByRole('link', { name: m.t('monitoring_indicators.staff_migration_share.name'), exact: true })
          .count(),
      ).toBe(1);

      // The coordinator edits the initiative: it runs now, with a milestone that is then reached.
      await clickAndLoad(
        page,
        initiative.getByRole('link', { name: m.t('monitoring.initiative.edit_link'), exact: true }),
      );
      await shoot(page, `initiative-${lang}`);
      const edit = page.getByRole('form', { name: m.t('monitoring.initiative.edit_heading'), exact: true });
      await edit
        .getByLabel(m.t('monitoring.programme.status'), { exact: true })
        .selectOption({ label: m.t('monitoring.programme.statuses.running') });
      await edit.getByRole('checkbox', { name: m.t('monitoring.areas.essen'), exact: true }).check();
      await clickAndLoad(page, edit.getByRole('button', { name: m.t('monitoring.initiative.save'), exact: true }));
      await expectFlash(page, m.t('monitoring.initiative.saved'));
      const add = page.getByRole('form', { name: m.t('monitoring.initiative.add_heading'), exact: true });
      await add.getByLabel(m.t('monitoring.initiative.milestone_title'), { exact: true }).fill(`Bericht ${year}`);
      await add.getByLabel(m.t('monitoring.initiative.milestone_due'), { exact: true }).fill(`${year}-12-31`);
      await clickAndLoad(page, add.getByRole('button', { name: m.t('monitoring.initiative.add'), exact: true }));
      await clickAndLoad(
        page,
        page.getByRole('button', {
          name: m.t('monitoring.initiative.mark_reached', { milestone: `Bericht ${year}` }),
          exact: true,
        }),
      );
      await expectFlash(page, m.t('monitoring.initiative.saved'));
      await shoot(page, `initiative-edited-${lang}`);
      const saved = await session.db
        .selectFrom('monitoring_milestones')
        .select('reached_on')
        .where('title', '=', `Bericht ${year}`)
        .executeTakeFirstOrThrow();
      expect(saved.reached_on).not.toBeNull();
    }, 240_000); // a long journey of ten pages, each scanned by axe, on a shared machine
  });
});
