import { describe, expect, it } from 'vitest';
import { createUser } from '../../../src/seed/factories.js';
import { clickAndLoad, expectFlash, expectHeading, expectLanguage, logIn, scan, visit } from '../support/journey.js';
import { LANGS } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';
import { button, joinWithCode, link, nav, phone, runForumRound } from './forum-steps.js';

/**
 * Participation in a browser, clicking only from the home page: the coordination office runs a forum round,
 * three participants vote with one-time codes from phone-sized windows, the room's live view updates by itself,
 * the result is exported as CSV; a business is nominated, two jurors score it blind and the winner is published
 * as a story. Every page is scanned with axe, in German and in Arabic.
 */
describe('participation journey in a browser', () => {
  const session = useBrowserSession();
  const PASSWORD = 'Vielfalt-Demo-2026';

  describe.each(LANGS)('in %s', (lang) => {
    it('runs a forum round with three phones, shows it live, exports it; two jurors score and a winner is published', async () => {
      const m = session.messages[lang];
      const base = session.server.baseUrl;
      const db = session.db;
      const office = await createUser(db, {
        email: `moderation-${lang}@koordinierung.example`,
        locale: lang,
        organisation: { type: 'cooperation_office', name: `Koordinierungsstelle ${lang}`, verified_at: new Date() },
        role: 'admin',
        email_verified_at: new Date(),
      });
      const officeId = office.organisation?.id ?? '';
      const jurors = [`jury-a-${lang}@koordinierung.example`, `jury-b-${lang}@kammer.example`];
      await createUser(db, {
        email: jurors[0],
        locale: lang,
        organisation: { id: officeId },
        role: 'member',
        email_verified_at: new Date(),
      });
      await createUser(db, { email: jurors[1], locale: lang, email_verified_at: new Date() });

      // The coordinator creates a forum from the home page.
      const coordinator = await session.newPage();
      await visit(coordinator, `${base}/${lang}/`);
      await logIn(coordinator, base, m, office.email, PASSWORD);
      const question = lang === 'de' ? 'Was gehen wir zuerst an?' : 'بماذا نبدأ أولًا؟';
      const options = ['Kampagnen', 'Transparenz', 'Potenziale halten'];
      const codes = await runForumRound(coordinator, m, {
        forum: `Forum Vielfalt ${lang}`,
        place: 'Stadtteilzentrum Emscherbogen',
        question,
        options,
        codes: 3,
      });
      await expectLanguage(coordinator, m);

      // Three participants vote from their phones with the codes.
      const ballots = [
        ['3', '2', '0'],
        ['2', '0', '3'],
        ['0', '1', '1'],
      ];
      for (const [index, code] of codes.entries()) {
        const { page, close } = await phone(session.browser);
        await joinWithCode(page, m, base, code);
        for (const [position, label] of options.entries())
          await page.getByLabel(label).fill(ballots[index]?.[position] ?? '0');
        await clickAndLoad(page, button(page, m.t('participation.vote.submit')));
        await expectFlash(page, m.t('participation.vote.thanks'));
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        await close();
      }

      // The room's view reloads by itself (HTTP Refresh, no script) and shows all three ballots.
      const status = m.t('participation.live.status', { ballots: 3, points: 12 });
      for (let reloads = 0; !(await coordinator.getByText(status).count()) && reloads < 3; reloads += 1)
        await coordinator.waitForEvent('load', { timeout: 15_000 });
      expect(await coordinator.getByText(status).count()).toBe(1);
      await scan(coordinator);

      await clickAndLoad(coordinator, link(coordinator, m.t('participation.back_to_forum')));
      await clickAndLoad(coordinator, button(coordinator, m.t('participation.round.close')));
      await expectFlash(coordinator, m.t('participation.round.closed_done'));
      const download = coordinator.waitForEvent('download');
      await link(coordinator, m.t('participation.results.csv')).click();
      const csv = await (await download).createReadStream();
      let text = '';
      for await (const chunk of csv) text += String(chunk);
      expect(text).toContain('1;"Kampagnen";5;');

      // Award: the office opens the call, a visitor nominates, the office checks and sets up the jury.
      await clickAndLoad(
        coordinator,
        nav(coordinator, m).getByRole('link', { name: m.t('participation.nav.hub'), exact: true }),
      );
      await clickAndLoad(coordinator, link(coordinator, m.t('participation.hub.award_link')));
      await clickAndLoad(coordinator, link(coordinator, m.t('participation_award.manage.title')));
      const year = lang === 'de' ? '2031' : '2032';
      await coordinator.getByLabel(m.t('participation_award.manage.year'), { exact: true }).fill(year);
      await coordinator.getByLabel(m.t('participation_award.manage.closes_on'), { exact: true }).fill('2099-12-31');
      await clickAndLoad(coordinator, button(coordinator, m.t('participation_award.manage.open_call')));

      const visitor = await session.newPage();
      await visit(visitor, `${base}/${lang}/`);
      await clickAndLoad(
        visitor,
        nav(visitor, m).getByRole('link', { name: m.t('participation.nav.hub'), exact: true }),
      );
      await clickAndLoad(visitor, link(visitor, m.t('participation.hub.award_link')));
      await clickAndLoad(visitor, link(visitor, m.t('participation_award.nominate.link')));
      const business = `Anatolia Feinkost ${lang}`;
      const fill = (label: string, value: string) => visitor.getByLabel(label, { exact: true }).fill(value);
      await fill(m.t('participation_award.fields.business_name'), business);
      await visitor.getByLabel(m.t('participation_award.fields.city'), { exact: true }).selectOption('essen');
      await fill(m.t('participation_award.fields.founded_year'), '2012');
      await fill(m.t('participation_award.criteria.founder_path'), 'Vom Marktstand zum Betrieb.');
      await fill(m.t('participation_award.fields.jobs_created'), '14');
      await fill(m.t('participation_award.fields.apprenticeships_created'), '3');
      await fill(m.t('participation_award.criteria.staff'), 'Sprachkurse in der Arbeitszeit.');
      await fill(m.t('participation_award.criteria.development'), 'Catering für Betriebe im Revier.');
      await fill(m.t('participation_award.criteria.civic'), 'Kocht mit der Tafel im Stadtteil.');
      await fill(m.t('participation_award.fields.submitter_name'), 'Jonas Beispiel');
      await fill(m.t('participation_award.fields.submitter_email'), `jonas-${lang}@beispiel.example`);
      await visitor.getByLabel(m.t('participation_award.fields.consent'), { exact: true }).check();
      await clickAndLoad(visitor, button(visitor, m.t('participation_award.nominate.submit')));
      await expectHeading(visitor, m.t('participation_award.nominate.done_title'));

      await clickAndLoad(
        coordinator,
        nav(coordinator, m).getByRole('link', { name: m.t('participation.nav.hub'), exact: true }),
      );
      await clickAndLoad(coordinator, link(coordinator, m.t('participation.hub.award_link')));
      await clickAndLoad(coordinator, link(coordinator, m.t('participation_award.manage.title')));
      await clickAndLoad(coordinator, button(coordinator, m.t('participation_award.manage.save_decision')));
      for (const email of jurors) {
        await coordinator.getByLabel(m.t('participation_award.manage.juror_email'), { exact: true }).fill(email);
        await clickAndLoad(coordinator, button(coordinator, m.t('participation_award.manage.add_juror')));
      }
      await clickAndLoad(coordinator, button(coordinator, m.t('participation_award.manage.advance_call')));

      // Two jurors score from Mein Bereich; the second sees the first's scores only after submitting.
      for (const [index, email] of jurors.entries()) {
        const juror = await session.newPage();
        await visit(juror, `${base}/${lang}/`);
        await logIn(juror, base, m, email, PASSWORD);
        await clickAndLoad(
          juror,
          juror
            .getByRole('link')
            .filter({ hasText: m.t('participation_start.jury.to_score', { count: 1 }) })
            .first(),
        );
        await clickAndLoad(juror, link(juror, business));
        if (index === 1) expect(await juror.getByText(m.t('participation_award.jury.hidden')).count()).toBe(1);
        for (const criterion of ['founder_path', 'jobs', 'staff', 'development', 'civic'])
          await juror
            .getByLabel(m.t(`participation_award.criteria.${criterion}`), { exact: true })
            .fill(index === 0 ? '8' : '7');
        await clickAndLoad(juror, button(juror, m.t('participation_award.jury.submit')));
        await expectFlash(juror, m.t('participation_award.jury.submitted'));
        expect(await juror.getByRole('table', { name: m.t('participation_award.jury.all_scores') }).count()).toBe(1);
      }

      await clickAndLoad(coordinator, button(coordinator, m.t('participation_award.manage.advance_jury')));
      await clickAndLoad(
        coordinator,
        button(coordinator, m.t('participation_award.manage.publish', { name: business })),
      );
      await expectFlash(coordinator, m.t('participation_award.manage.published'));
      await expectHeading(coordinator, m.t('participation_award.story.title', { business, year }));
    }, 240_000);
  });
});
