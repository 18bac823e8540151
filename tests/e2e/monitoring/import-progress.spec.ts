import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, DEMO_PASSWORD } from '../../../src/seed/factories.js';
import { startImportWorker } from '../../../src/modules/monitoring/jobs.js';
import { IMPORT_QUEUE } from '../../../src/modules/monitoring/use-cases/queue-import-save.js';
import {
  clickAndLoad,
  expectLanguage,
  fillLogin,
  newPageWithoutJavaScript,
  pathOf,
  scan,
  visit,
} from '../support/journey.js';
import { LANGS } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/**
 * A large import in the background, seen by the coordinator in a browser without JavaScript: from the
 * home page, clicking only, the demo coordinator uploads a long GENESIS-style export of 700 values (an
 * indicator column and a sub-dimension), maps the sub-dimension, saves, watches the progress page
 * ("n von m Zeilen") reload itself until the job is done, and sees the result. axe scans every page.
 */
describe('monitoring: the progress of a large import in a browser', () => {
  const session = useBrowserSession();
  const EMAIL = 'admin@koordinierung.vielfalt-ruhr.example';
  /** Years of their own per language, so the second run does not meet the first one's values. */
  const FIRST_YEAR = { de: 1960, ar: 1985 } as const;
  const CITY_KEYS = ['05911', '05913', '05112', '05113', '05513', '05117', '05119'];

  /** 7 cities × 25 years × 2 indicators × (total, female) = 700 lines; the numbers are invented. */
  const longExport = (firstYear: number) =>
    [
      'GENESIS-Online – fiktives Testbeispiel, keine amtlichen Werte',
      `Tabelle 99999-0${firstYear}: Ausländische Bevölkerung nach Geschlecht`,
      '',
      'Gebiet;Stichtag;Merkmal;Geschlecht;Wert',
      ...Array.from({ length: 25 }, (_, index) => firstYear + index).flatMap((year) =>
        CITY_KEYS.flatMap((key, city) =>
          ['Insgesamt', 'weiblich'].flatMap((sex, group) => [
            `${key};31.12.${year};foreigner_share;${sex};${(11 + city + group).toFixed(1).replace('.', ',')}`,
            `${key};31.12.${year};foreigners_register;${sex};${(30000 + 1000 * city - 15000 * group).toLocaleString('de-DE')}`,
          ]),
        ),
      ),
      '__________',
      'Alle Zahlen sind erfunden.',
    ].join('\n');

  beforeAll(async () => {
    await createUser(session.db, {
      email: EMAIL,
      organisation: {
        type: 'cooperation_office',
        name: 'Koordinierungsstelle Integration.Interkommunal',
        verified_at: new Date(),
      },
      role: 'admin',
    });
  });

  describe.each(LANGS)('in %s', (lang) => {
    it('uploads a large long table, maps it, and follows the progress page to the saved import', async () => {
      const m = session.messages[lang];
      const services = session.server.platform.app.services;
      await session.db.updateTable('users').set({ locale: lang }).where('email', '=', EMAIL).execute();
      const page = await newPageWithoutJavaScript(session.browser);
      const number = (value: number) => new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'de-DE').format(value);

      await visit(page, `${session.server.baseUrl}/${lang}/`);
      await expectLanguage(page, m);
      const nav = page.getByRole('navigation', { name: m.t('layout.main_nav'), exact: true });
      await clickAndLoad(page, nav.getByRole('link', { name: m.t('accounts.nav.login'), exact: true }));
      await fillLogin(page, m, EMAIL, DEMO_PASSWORD);
      await clickAndLoad(page, page.getByRole('button', { name: m.t('accounts.login.submit'), exact: true }));
      await clickAndLoad(
        page,
        page.getByRole('link', { name: m.t('monitoring_start.coordination.import'), exact: true }).first(),
      );
      expect(pathOf(page)).toBe(`/${lang}/monitoring/import`);

      // The upload: a long table whose "Merkmal" column names the indicator on each line.
      const form = page.getByRole('form', { name: m.t('monitoring.import.title'), exact: true });
      await form
        .getByLabel(m.t('monitoring.import.indicator'), { exact: true })
        .selectOption({ label: m.t('monitoring.import.several_indicators') });
      await form.getByLabel(m.t('monitoring.import.source_label'), { exact: true }).fill('GENESIS-Online (Test)');
      await form.getByLabel(m.t('monitoring.import.retrieved_on'), { exact: true }).fill('2027-03-01');
      await form.getByLabel(m.t('monitoring.import.file')).setInputFiles({
        name: 'auslaender-geschlecht.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(longExport(FIRST_YEAR[lang]), 'utf-8'),
      });
      await clickAndLoad(page, form.getByRole('button', { name: m.t('monitoring.import.submit'), exact: true }));

      // The guessed mapping reads the codes but not the sub-dimension: totals and female values collide.
      expect(await page.locator('#import-problems li').count()).toBeGreaterThan(0);
      const mapping = page.getByRole('form', { name: m.t('monitoring.import.mapping.title'), exact: true });
      expect(
        await mapping.getByLabel(m.t('monitoring.import.mapping.code', { code: 'foreigner_share' })).inputValue(),
      ).toBe('foreigner_share');
      await mapping
        .getByRole('checkbox', { name: m.t('monitoring.import.mapping.column', { number: 4, name: 'Geschlecht' }) })
        .check();
      await clickAndLoad(
        page,
        mapping.getByRole('button', { name: m.t('monitoring.import.mapping.submit'), exact: true }),
      );
      expect(await page.locator('#import-problems').count()).toBe(0);
      expect(await page.getByText(m.t('monitoring.import.ready', { count: 700 }), { exact: true }).count()).toBe(1);

      // Saving: the job is held back for a moment so the progress page is seen in its first state.
      await services.queue.offWork(IMPORT_QUEUE);
      await clickAndLoad(page, page.getByRole('button', { name: m.t('monitoring.import.save'), exact: true }));
      // (The page may already have reloaded itself while axe scanned it, so the one-time flash is not asserted.)
      const progressText = m.t('monitoring.import.progress.lines', { done: number(0), total: number(700) });
      expect(await page.locator('#progress-text').textContent()).toContain(progressText);
      expect(await page.locator('progress').count()).toBe(1);
      expect(
        await page.getByRole('link', { name: m.t('monitoring.import.progress.reload'), exact: true }).count(),
      ).toBe(1);

      // The worker runs again; the page reloads itself (the Refresh header, no script) until the import is saved.
      await startImportWorker(services);
      const savedSummary = page.getByText(m.t('monitoring.import.saved_summary', { count: 700 }), { exact: true });
      await savedSummary.waitFor({ timeout: 60_000 });
      await scan(page);
      expect(await page.locator('progress').count()).toBe(0);
      expect(await page.getByRole('button', { name: m.t('monitoring.import.rollback'), exact: true }).count()).toBe(1);
      const years = [FIRST_YEAR[lang], FIRST_YEAR[lang] + 24];
      const totals = await session.db
        .selectFrom('monitoring_values')
        .select('id')
        .where('year', '>=', years[0]!)
        .where('year', '<=', years[1]!)
        .execute();
      const subgroups = await session.db
        .selectFrom('monitoring_breakdown_values')
        .select('id')
        .where('year', '>=', years[0]!)
        .where('year', '<=', years[1]!)
        .execute();
      expect([totals.length, subgroups.length]).toEqual([350, 350]);
      await page.context().close();
    }, 180_000); // eight pages scanned by axe and a background job, on a shared machine
  });
});
