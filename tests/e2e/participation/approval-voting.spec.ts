import { describe, expect, it } from 'vitest';
import { createUser } from '../../../src/seed/factories.js';
import { clickAndLoad, expectFlash, logIn, scan, visit } from '../support/journey.js';
import { LANGS } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';
import { button, joinWithCode, link, phone, runForumRound } from './forum-steps.js';

/**
 * Approval voting in a browser, clicking only from the home page: the office opens a round in which each person
 * ticks every option they support; three participants tick from phone-sized windows with one-time codes, one of
 * them votes again from a second tab and is refused; the live view counts, the closed
 * round ranks by supporters and exports them. Every page is scanned with axe, in German and in Arabic.
 */
describe('approval voting in a browser', () => {
  const session = useBrowserSession();
  const PASSWORD = 'Vielfalt-Demo-2026';

  describe.each(LANGS)('in %s', (lang) => {
    it('runs an approval round with three phones, refuses a second ballot from another tab, ranks by supporters and exports', async () => {
      const m = session.messages[lang];
      const base = session.server.baseUrl;
      const office = await createUser(session.db, {
        email: `zustimmung-${lang}@koordinierung.example`,
        locale: lang,
        organisation: { type: 'cooperation_office', name: `Koordinierung Zustimmung ${lang}`, verified_at: new Date() },
        role: 'admin',
        email_verified_at: new Date(),
      });

      const coordinator = await session.newPage();
      await visit(coordinator, `${base}/${lang}/`);
      await logIn(coordinator, base, m, office.email, PASSWORD);
      const question = lang === 'de' ? 'Welche Ideen unterstützen Sie?' : 'ما الأفكار التي تدعمها؟';
      const options = ['Ausbildungsmesse', 'Sprachcafé', 'Gründungsberatung'];
      const codes = await runForumRound(coordinator, m, {
        forum: `Werkstatt ${lang}`,
        place: 'Rathaus Oberhausen, Ratssaal',
        question,
        options,
        approval: true,
        codes: 3,
      });

      // Who supports what: everyone the fair, one the language café, one the start-up advice.
      const approvals = [[0, 1], [0], [0, 2]];
      for (const [index, code] of codes.entries()) {
        const { page, close } = await phone(session.browser);
        await joinWithCode(page, m, base, code);
        expect(await page.getByText(m.t('participation.round.rules_approval')).count()).toBe(1);
        // The first participant has the ballot open in a second tab too, as happens on a phone.
        const second = index === 0 ? await page.context().newPage() : null;
        if (second) await visit(second, page.url());
        const group = page.getByRole('group', { name: m.t('participation.vote.approve_legend') });
        for (const position of approvals[index] ?? []) await group.getByLabel(options[position] ?? '').check();
        await clickAndLoad(page, button(page, m.t('participation.vote.submit')));
        await expectFlash(page, m.t('participation.vote.thanks'));
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        if (second) {
          // The same person votes again from the other tab: the database refuses a second ballot.
          await second
            .getByRole('group')
            .getByLabel(options[2] ?? '')
            .check();
          await clickAndLoad(second, button(second, m.t('participation.vote.submit')));
          expect(await second.getByText(m.t('participation.vote.already_voted')).count()).toBeGreaterThan(0);
        }
        await close();
      }

      // Five ticks in three ballots: the live view counts each tick as one point.
      const status = m.t('participation.live.status', { ballots: 3, points: 5 });
      for (let reloads = 0; !(await coordinator.getByText(status).count()) && reloads < 3; reloads += 1)
        await coordinator.waitForEvent('load', { timeout: 15_000 });
      expect(await coordinator.getByText(status).count()).toBe(1);
      await scan(coordinator);

      await clickAndLoad(coordinator, link(coordinator, m.t('participation.back_to_forum')));
      await clickAndLoad(coordinator, button(coordinator, m.t('participation.round.close')));
      await expectFlash(coordinator, m.t('participation.round.closed_done'));
      const download = coordinator.waitForEvent('download');
      await link(coordinator, m.t('participation.results.csv')).click();
      let text = '';
      for await (const chunk of await (await download).createReadStream()) text += String(chunk);
      const rows = text.trim().split(/\r?\n/).slice(1);
      expect(rows[0]).toMatch(/^1;"Ausbildungsmesse";3;/);
      expect(rows).toHaveLength(3);
      expect(rows.slice(1).every((row) => /;1;/.test(row))).toBe(true);
    }, 240_000);
  });
});
