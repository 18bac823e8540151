import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../../src/seed/factories.js';
import { shippedQuestionnaire } from '../../../src/modules/checklists/questionnaires/index.js';
import { completedPeer, publishedEntry } from '../../../src/modules/checklists/test-helpers.js';
import {
  clickAndLoad,
  expectFlash,
  expectHeading,
  pathOf,
  visit,
  signInFromHome as signIn,
} from '../support/journey.js';
import { LANGS, type Messages } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/**
 * Quality standards in a browser, from the home page and by clicking only: an SME answers its self-assessment in
 * two sittings and sees its levels, a recommendation linked to an offer and the peer benchmark; a school asks for a
 * review, its city's reviewer approves, and the certificate's code verifies on the public page. Once in German,
 * once in Arabic; every page is scanned with axe.
 */
describe('checklists journey in a browser', () => {
  const session = useBrowserSession();

  const nav = (page: Page, m: Messages) => page.getByRole('navigation', { name: m.t('layout.main_nav'), exact: true });

  const signInFromHome = (page: Page, m: Messages, email: string) => signIn(page, session.server.baseUrl, m, email);

  /** Answers every question of the step on screen, then presses the given button. */
  async function answerStep(page: Page, m: Messages, step: number, choice: 'yes' | 'no', button: string) {
    const questions = shippedQuestionnaire('sme').dimensions[step - 1]?.questions ?? [];
    for (const question of questions) {
      const label = question.text[m.lang];
      if (question.kind === 'yes_partly_no')
        await page
          .getByRole('group', { name: label, exact: true })
          .getByRole('radio', { name: m.t(`checklists.answer.choices.${choice}`), exact: true })
          .check();
      if (question.kind === 'scale')
        await page
          .getByRole('group', { name: label, exact: true })
          .getByRole('radio', { name: choice === 'yes' ? '5' : '1', exact: true })
          .check();
      if (question.kind === 'number')
        await page.getByRole('spinbutton', { name: label, exact: true }).fill(choice === 'yes' ? '70' : '0');
    }
    await clickAndLoad(page, page.getByRole('button', { name: button, exact: true }));
  }

  describe.each(LANGS)('in %s', (lang) => {
    it('an SME assesses itself in two sittings and sees levels, a recommendation and the benchmark', async () => {
      const m = session.messages[lang];
      const db = session.db;
      const offerTitle = `Anonymisierte Bewerbungsverfahren für Handwerksbetriebe (${lang})`;
      await publishedEntry(db, { title: offerTitle, fieldsOfAction: ['networking', 'advice_companies'] });
      for (let i = 0; i < 6; i++)
        await completedPeer(db, { audience: 'sme', sizeBand: 'up_to_49', sector: 'crafts' }, i % 3 ? 'partly' : 'yes');
      const sme = await createUser(db, {
        organisation: { type: 'company', verified_at: new Date(), city: 'dortmund' },
        role: 'admin',
        locale: lang,
      });
      const page = await session.newPage();
      await signInFromHome(page, m, sme.email);

      await clickAndLoad(page, nav(page, m).getByRole('link', { name: m.t('checklists.nav.quality'), exact: true }));
      await expectHeading(page, m.t('checklists.landing.title'));
      await clickAndLoad(page, page.getByRole('link', { name: m.t('checklists.landing.to_assessments'), exact: true }));
      await expectHeading(page, m.t('checklists.own.title'));
      await page.getByLabel(m.t('checklists.start.size_band')).selectOption('up_to_49');
      await page.getByLabel(m.t('checklists.start.sector')).selectOption('crafts');
      await clickAndLoad(page, page.getByRole('button', { name: m.t('checklists.start.submit'), exact: true }));
      await expectFlash(page, m.t('checklists.start.started'));

      // First sitting: strategy, then pause.
      await answerStep(page, m, 1, 'yes', m.t('checklists.answer.save_pause'));
      await expectFlash(page, m.t('checklists.answer.paused'));

      // Second sitting: from "Mein Bereich", where the unfinished assessment waits.
      await clickAndLoad(page, nav(page, m).getByRole('link', { name: m.t('start.nav'), exact: true }));
      const section = page.getByRole('region', { name: m.t('checklists.start_page.heading'), exact: true });
      await clickAndLoad(page, section.getByRole('link').first());
      await expectHeading(
        page,
        m.t('checklists.answer.title', { step: 2, steps: 7, dimension: m.t('checklists.dimensions.recruiting') }),
      );
      expect(await page.locator('progress').getAttribute('value')).not.toBe('0');
      for (let step = 2; step <= 7; step++)
        await answerStep(
          page,
          m,
          step,
          'no',
          step < 7 ? m.t('checklists.answer.save_next') : m.t('checklists.answer.save_summary'),
        );
      await expectHeading(page, m.t('checklists.summary.title'));
      await clickAndLoad(page, page.getByRole('button', { name: m.t('checklists.summary.complete'), exact: true }));
      await expectFlash(page, m.t('checklists.summary.completed'));

      // Levels as an image with its text alternative and as a table.
      expect(await page.getByRole('img', { name: m.t('checklists_result.chart.title') }).count()).toBe(1);
      expect(await page.getByRole('table', { name: m.t('checklists_result.table_caption'), exact: true }).count()).toBe(
        1,
      );
      // A recommendation for recruiting, linked to the fitting offer.
      const recommendations = page.getByRole('region', {
        name: m.t('checklists_result.recommendations_heading'),
        exact: true,
      });
      expect(await recommendations.getByRole('link', { name: offerTitle, exact: true }).count()).toBeGreaterThan(0);
      // The peer benchmark from the other SMEs of the same size and sector: the six above, and in the second
      // language also those of the first run (the journeys share one database), shown as a size band.
      const peers = await db
        .selectFrom('checklist_assessments')
        .select((eb) => eb.fn.count<number>('organisation_id').distinct().as('n'))
        .where('audience', '=', 'sme')
        .where('size_band', '=', 'up_to_49')
        .where('sector', '=', 'crafts')
        .where('status', '=', 'completed')
        .where('organisation_id', '!=', sme.organisation?.id ?? '')
        .executeTakeFirstOrThrow();
      const band = Number(peers.n) >= 10 ? '10_to_19' : '5_to_9';
      const benchmark = page.getByRole('region', { name: m.t('checklists_result.benchmark.heading'), exact: true });
      expect(await benchmark.getByText(m.t(`checklists_result.benchmark.group.${band}`)).count()).toBe(1);
      expect(
        await benchmark
          .getByRole('table', { name: m.t('checklists_result.benchmark.table_caption'), exact: true })
          .count(),
      ).toBe(1);
      await clickAndLoad(page, recommendations.getByRole('link', { name: offerTitle, exact: true }).first());
      expect(pathOf(page).startsWith(`/${lang}/eintraege/`)).toBe(true);
    }, 240_000);

    it('a school asks for a review, its city approves, and the code verifies on the public page', async () => {
      const m = session.messages[lang];
      const db = session.db;
      const schoolName = `Gesamtschule Zollverein ${lang.toUpperCase()}`;
      const school = await createUser(db, {
        organisation: { type: 'school', verified_at: new Date(), city: 'gelsenkirchen', name: schoolName },
        role: 'admin',
        locale: lang,
      });
      const peer = await completedPeer(
        db,
        { audience: 'school', sizeBand: 'up_to_249', sector: 'education', type: 'school' },
        'yes',
      );
      await db
        .updateTable('checklist_assessments')
        .set({ organisation_id: school.organisation?.id ?? '' })
        .where('organisation_id', '=', peer.id)
        .execute();
      // One municipality per city: the second language's reviewer joins the office the first run created.
      const office = await db
        .selectFrom('organisations')
        .select('id')
        .where('type', '=', 'municipality')
        .where('city', '=', 'gelsenkirchen')
        .executeTakeFirst();
      const reviewer = await createUser(db, {
        organisation: office
          ? { id: office.id }
          : { type: 'municipality', verified_at: new Date(), city: 'gelsenkirchen', name: 'Stadt Gelsenkirchen' },
        role: 'admin',
        locale: lang,
      });

      const schoolPage = await session.newPage();
      await signInFromHome(schoolPage, m, school.email);
      const section = schoolPage.getByRole('region', { name: m.t('checklists.start_page.heading'), exact: true });
      await clickAndLoad(schoolPage, section.getByRole('link').first());
      await clickAndLoad(
        schoolPage,
        schoolPage.getByRole('button', { name: m.t('checklists_result.review.request'), exact: true }),
      );
      await expectFlash(schoolPage, m.t('checklists_review.requested'));

      const reviewerPage = await session.newPage();
      await signInFromHome(reviewerPage, m, reviewer.email);
      const desk = reviewerPage.getByRole('region', {
        name: m.t('checklists.start_page.reviews_heading'),
        exact: true,
      });
      await clickAndLoad(reviewerPage, desk.getByRole('link').first());
      await expectHeading(reviewerPage, m.t('checklists_review.desk.title'));
      await clickAndLoad(reviewerPage, reviewerPage.getByRole('link', { name: schoolName, exact: true }));
      await reviewerPage.getByRole('radio', { name: m.t('checklists_review.decisions.approve'), exact: true }).check();
      await clickAndLoad(
        reviewerPage,
        reviewerPage.getByRole('button', { name: m.t('checklists_review.page.submit_decision'), exact: true }),
      );
      await expectFlash(reviewerPage, m.t('checklists_review.decided.approve'));
      const certificate = await db
        .selectFrom('checklist_certificates')
        .select('code')
        .where('organisation_id', '=', school.organisation?.id ?? '')
        .executeTakeFirstOrThrow();

      // Anybody: from the home page to the quality page, the verification form, the code.
      const visitor = await session.newPage();
      await visit(visitor, `${session.server.baseUrl}/${lang}/`);
      await clickAndLoad(
        visitor,
        nav(visitor, m).getByRole('link', { name: m.t('checklists.nav.quality'), exact: true }),
      );
      await clickAndLoad(
        visitor,
        visitor.getByRole('link', { name: m.t('checklists_certificate.verify.title'), exact: true }),
      );
      await visitor.getByRole('textbox', { name: m.t('checklists_certificate.verify.code') }).fill(certificate.code);
      await clickAndLoad(
        visitor,
        visitor.getByRole('button', { name: m.t('checklists_certificate.verify.submit'), exact: true }),
      );
      expect(await visitor.getByText(m.t('checklists_certificate.verify.state.valid'), { exact: true }).count()).toBe(
        1,
      );
      expect(await visitor.getByText(schoolName, { exact: true }).count()).toBe(1);
    }, 180_000);
  });
});
