import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickAndLoad, expectFlash, expectHeading, expectLanguage, pathOf, visit } from '../support/journey.js';
import { LANGS, type Messages } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/**
 * The pages every German public website must have, reached the way a visitor does: from the
 * footer. The language switcher keeps the visitor on the same page in the other language.
 */
describe('legal pages in a browser', () => {
  const session = useBrowserSession();
  const { newPage } = session;

  const footerLink = (page: Page, m: Messages, key: string) =>
    page
      .getByRole('navigation', { name: m.t('layout.footer_nav'), exact: true })
      .getByRole('link', { name: m.t(key), exact: true });

  /** Every switcher link names its language with hreflang and leads to this page in that language. */
  async function expectSwitcherLinks(page: Page, m: Messages, path: string): Promise<void> {
    const switcher = page.getByRole('navigation', { name: m.t('layout.language_nav'), exact: true });
    const links = await switcher.getByRole('link').evaluateAll((anchors) =>
      anchors.map((a) => ({
        hreflang: a.getAttribute('hreflang'),
        lang: a.getAttribute('lang'),
        href: a.getAttribute('href'),
      })),
    );
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links) {
      expect(link.hreflang, JSON.stringify(link)).toMatch(/^[a-z]{2}$/);
      expect(link.lang).toBe(link.hreflang);
      expect(link.href).toBe(`/${link.hreflang}${path}`);
    }
    expect(links.map((link) => link.hreflang)).toEqual(expect.arrayContaining(['de', 'ar']));
  }

  /** Switches to the other language and back with the switcher, checking each page. */
  async function switchLanguageAndBack(page: Page, m: Messages, path: string, headingKey: string): Promise<void> {
    const o = session.messages[m.other];
    await expectSwitcherLinks(page, m, path);
    const switcher = (in_: Messages) =>
      page.getByRole('navigation', { name: in_.t('layout.language_nav'), exact: true });
    await clickAndLoad(page, switcher(m).locator(`a[hreflang="${m.other}"]`));
    expect(pathOf(page)).toBe(`/${m.other}${path}`);
    await expectLanguage(page, o);
    await expectHeading(page, o.t(headingKey));
    await expectSwitcherLinks(page, o, path);
    await clickAndLoad(page, switcher(o).locator(`a[hreflang="${m.lang}"]`));
    expect(pathOf(page)).toBe(`/${m.lang}${path}`);
    await expectLanguage(page, m);
  }

  describe.each(LANGS)('in %s', (lang) => {
    it('shows imprint and privacy notice from the footer, in both languages through the switcher', async () => {
      const m = session.messages[lang];
      const page = await newPage();
      await visit(page, `${session.server.baseUrl}/${lang}/`);

      await clickAndLoad(page, footerLink(page, m, 'layout.footer.imprint'));
      expect(pathOf(page)).toBe(`/${lang}/impressum`);
      await expectLanguage(page, m);
      await expectHeading(page, m.t('legal.imprint.title'));
      await switchLanguageAndBack(page, m, '/impressum', 'legal.imprint.title');

      await clickAndLoad(page, footerLink(page, m, 'layout.footer.privacy'));
      expect(pathOf(page)).toBe(`/${lang}/datenschutz`);
      await expectLanguage(page, m);
      await expectHeading(page, m.t('legal.privacy.title'));
      await switchLanguageAndBack(page, m, '/datenschutz', 'legal.privacy.title');
      await page.context().close();
    });

    it('shows the accessibility statement and takes feedback: a wrong address is named at its field, then thanks', async () => {
      const m = session.messages[lang];
      const page = await newPage();
      await visit(page, `${session.server.baseUrl}/${lang}/`);
      await clickAndLoad(page, footerLink(page, m, 'layout.footer.accessibility'));
      expect(pathOf(page)).toBe(`/${lang}/barrierefreiheit`);
      await expectLanguage(page, m);
      await expectHeading(page, m.t('legal.accessibility.title'));
      await switchLanguageAndBack(page, m, '/barrierefreiheit', 'legal.accessibility.title');

      const message =
        lang === 'ar'
          ? 'زر التسجيل لا يُقرأ بقارئ الشاشة.'
          : 'Der Knopf zum Registrieren wird vom Screenreader nicht vorgelesen.';
      const form = () => page.getByRole('form', { name: m.t('legal.feedback.heading'), exact: true });
      await form().getByLabel(m.t('legal.feedback.message')).fill(message);
      await form().getByLabel(m.t('legal.feedback.email')).fill('keine-adresse');
      await clickAndLoad(page, form().getByRole('button', { name: m.t('legal.feedback.submit'), exact: true }));

      expect(new URL(page.url()).pathname).toBe(`/${lang}/barrierefreiheit`);
      await expectLanguage(page, m);
      const email = form().getByLabel(m.t('legal.feedback.email'));
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      expect((await email.getAttribute('aria-describedby')) ?? '').toContain('field-email-error');
      expect(await page.locator('#field-email-error').innerText()).toContain(m.t('validation.email'));
      expect(await form().getByLabel(m.t('legal.feedback.message')).getAttribute('aria-invalid')).toBeNull();
      expect(
        await page
          .getByRole('alert')
          .getByRole('link', { name: m.t('validation.email'), exact: true })
          .getAttribute('href'),
      ).toBe('#field-email');
      // What the person typed is still there.
      expect(await form().getByLabel(m.t('legal.feedback.message')).inputValue()).toBe(message);
      expect(await email.inputValue()).toBe('keine-adresse');

      await email.fill('rueckmeldung@mail.example');
      await clickAndLoad(page, form().getByRole('button', { name: m.t('legal.feedback.submit'), exact: true }));
      expect(new URL(page.url()).pathname).toBe(`/${lang}/barrierefreiheit`);
      await expectFlash(page, m.t('legal.feedback.thanks'));
      expect(await page.getByRole('alert').count()).toBe(0);
      await page.context().close();
    });

    it('offers the page in Leichte Sprache, in German and marked as German', async () => {
      const m = session.messages[lang];
      const de = session.messages.de;
      const page = await newPage();
      await visit(page, `${session.server.baseUrl}/${lang}/`);
      const link = footerLink(page, m, 'layout.footer.easy_language');
      expect(await link.getAttribute('hreflang')).toBe('de');
      expect(await link.getAttribute('lang')).toBe('de');
      await clickAndLoad(page, link);
      expect(pathOf(page)).toBe('/de/leichte-sprache');
      await expectLanguage(page, de);
      await expectHeading(page, de.t('easy.title'));

      // Under the Arabic prefix the frame is Arabic, the text German and marked so.
      await visit(page, `${session.server.baseUrl}/${lang}/leichte-sprache`);
      await expectLanguage(page, m);
      const article = page.getByRole('article', { name: de.t('easy.title'), exact: true });
      expect(await article.getAttribute('lang')).toBe('de');
      expect(await article.getAttribute('dir')).toBe('ltr');
      if (lang !== 'de')
        expect(await page.getByRole('main').getByText(m.t('legal.easy_only_german'), { exact: true }).count()).toBe(1);
      await page.context().close();
    });
  });
});
