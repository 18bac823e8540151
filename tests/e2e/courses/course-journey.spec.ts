import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pick, SHIPPED_COURSE } from '../../../src/modules/courses/content/index.js';
import { createUser, DEMO_PASSWORD } from '../../../src/seed/factories.js';
import {
  clickAndLoad,
  expectFlash,
  expectHeading,
  expectLanguage,
  fillLogin,
  newPageWithoutJavaScript,
  visit,
} from '../support/journey.js';
import { LANGS, type Messages } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/**
 * The course "Umgang mit Vielfalt" in a browser without JavaScript, from the home page and by clicking only: a
 * member of a company signs in, opens the course from the "Ausbilden" hub, reads every lesson and answers its
 * quiz (the explanations show after answering), passes, has the certificate issued and verifies its code on
 * the public verification page. Once in German, once in Arabic; every page is scanned with axe.
 */
describe('course journey in a browser', () => {
  const session = useBrowserSession();
  const nav = (page: Page, m: Messages) => page.getByRole('navigation', { name: m.t('layout.main_nav'), exact: true });
  const text = (value: Parameters<typeof pick>[0], m: Messages) => pick(value, m.lang).text;

  describe.each(LANGS)('in %s', (lang) => {
    it('a company member takes the whole course, passes and verifies the certificate', async () => {
      const m = session.messages[lang];
      const member = await createUser(session.db, {
        display_name: lang === 'ar' ? 'ليلى حداد' : 'Jana Kowalczyk',
        organisation: { type: 'company', verified_at: new Date(), name: `Zechenring Testbetrieb (${lang})` },
        role: 'member',
        locale: lang,
      });
      const page = await newPageWithoutJavaScript(session.browser);

      await visit(page, `${session.server.baseUrl}/${lang}/`);
      await clickAndLoad(page, nav(page, m).getByRole('link', { name: m.t('accounts.nav.login'), exact: true }));
      await fillLogin(page, m, member.email, DEMO_PASSWORD);
      await clickAndLoad(page, page.getByRole('button', { name: m.t('accounts.login.submit'), exact: true }));
      await expectLanguage(page, m);

      // The course is a card on the "Ausbilden" hub, not a main-menu entry.
      await clickAndLoad(page, nav(page, m).getByRole('link', { name: m.t('training_hub.nav'), exact: true }));
      await clickAndLoad(page, page.getByRole('link', { name: m.t('courses.nav.label'), exact: true }));
      await expectHeading(page, text(SHIPPED_COURSE.title, m));
      await clickAndLoad(page, page.getByRole('link', { name: m.t('courses.overview.start'), exact: true }));

      const lessons = SHIPPED_COURSE.lessons;
      for (const [index, lesson] of lessons.entries()) {
        await expectHeading(page, text(lesson.title, m));
        expect(await page.getByRole('img', { name: text(lesson.image?.alt ?? { de: '' }, m) }).count()).toBe(1);
        for (const question of lesson.questions) {
          const group = page.getByRole('group', { name: text(question.text, m), exact: true });
          for (const option of question.options.filter((candidate) => candidate.correct))
            await group
              .getByRole(question.kind === 'single' ? 'radio' : 'checkbox', { name: text(option.text, m), exact: true })
              .check();
        }
        await clickAndLoad(page, page.getByRole('button', { name: m.t('courses.quiz.submit'), exact: true }));
        await expectFlash(page, m.t('courses.quiz.saved_all_right'));
        // After answering: each option's explanation.
        const firstExplanation = lesson.questions[0]?.options[0]?.explanation;
        if (firstExplanation) expect(await page.getByText(text(firstExplanation, m), { exact: true }).count()).toBe(1);
        const next = lessons[index + 1];
        await clickAndLoad(
          page,
          next
            ? page.getByRole('link', { name: `${m.t('courses.lesson.next')}: ${text(next.title, m)}`, exact: true })
            : page.getByRole('link', { name: m.t('courses.overview.to_finish'), exact: true }),
        );
      }

      await expectHeading(page, m.t('courses.finish.title'));
      await clickAndLoad(page, page.getByRole('button', { name: m.t('courses.finish.issue'), exact: true }));
      await expectFlash(page, m.t('courses.finish.issued'));
      const code = (await page.locator('.vr-course-code').innerText()).trim();
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

      // The public verification page, reached by the link under the certificate, answers for the code.
      await clickAndLoad(page, page.getByRole('link', { name: m.t('courses.finish.verify'), exact: true }));
      await expectHeading(page, m.t('checklists_certificate.verify.title'));
      const verdict = page.getByRole('status').filter({ hasText: m.t('courses.verify.state.valid') });
      expect(await verdict.count()).toBe(1);
      expect(await verdict.getByText(member.display_name, { exact: true }).count()).toBe(1);
      expect(await verdict.getByText(`Zechenring Testbetrieb (${lang})`, { exact: true }).count()).toBe(1);
      await page.context().close();
      // About twenty pages, each scanned with axe, on a shared machine.
    }, 240_000);
  });
});
