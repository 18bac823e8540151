import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createUser, DEMO_PASSWORD } from '../../../src/seed/factories.js';
import { expectHeading, expectLanguage, pathOf, pressAndLoad, visit } from '../support/journey.js';
import { LANGS } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/** Keyboard only: no mouse, no clicks. Every element that takes focus shows where the focus is. */
describe('keyboard use in a browser', () => {
  const session = useBrowserSession();
  const { newPage } = session;

  interface Focused {
    tag: string;
    id: string;
    name: string;
    /** A visible outline or box shadow marks the focus (WCAG 2.4.7). */
    hasIndicator: boolean;
    isInViewport: boolean;
    style: string;
  }

  /** What has the focus now and whether it can be seen. */
  function readFocus(page: Page): Promise<Focused | null> {
    return page.evaluate(() => {
      const element = document.activeElement;
      if (!(element instanceof HTMLElement) || element === document.body) return null;
      const style = getComputedStyle(element);
      const hasOutline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
      const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      const rect = element.getBoundingClientRect();
      return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        name:
          (element.getAttribute('aria-label') ?? element.innerText ?? '').trim().slice(0, 60) ||
          (element.getAttribute('name') ?? ''),
        hasIndicator: hasOutline || hasShadow,
        isInViewport:
          rect.width > 0 &&
          rect.height > 0 &&
          rect.bottom > 0 &&
          rect.right > 0 &&
          rect.top < window.innerHeight &&
          rect.left < window.innerWidth,
        style: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}`,
      };
    });
  }

  /** Presses Tab until `isTarget` holds, recording every focused element without a visible focus. */
  async function tabTo(page: Page, isTarget: (focused: Focused) => boolean, unseen: string[]): Promise<Focused> {
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      const focused = await readFocus(page);
      if (!focused) continue;
      if (!focused.hasIndicator || !focused.isInViewport)
        unseen.push(
          `${pathOf(page)} ${focused.tag}#${focused.id} "${focused.name}" (${focused.style}, in viewport: ${String(focused.isInViewport)})`,
        );
      if (isTarget(focused)) return focused;
    }
    throw new Error(`Tab never reached the element on ${page.url()}`);
  }

  describe.each(LANGS)('in %s', (lang) => {
    it('focuses the skip link first, and Enter moves the focus to the main content', async () => {
      const m = session.messages[lang];
      const page = await newPage();
      await visit(page, `${session.server.baseUrl}/${lang}/`);
      await expectLanguage(page, m);

      await page.keyboard.press('Tab');
      const skipLink = await readFocus(page);
      expect(skipLink?.tag).toBe('a');
      expect(skipLink?.name).toBe(m.t('layout.skip_to_content'));
      // Soft: a hidden skip link is reported, and the test still checks where Enter leads.
      expect.soft(skipLink?.isInViewport, 'the focused skip link is on screen').toBe(true);
      expect.soft(skipLink?.hasIndicator, `the skip link shows its focus (${skipLink?.style ?? ''})`).toBe(true);

      await page.keyboard.press('Enter');
      expect(new URL(page.url()).hash).toBe('#main');
      const main = await readFocus(page);
      expect(main?.tag).toBe('main');
      expect(main?.id).toBe('main');
      await page.context().close();
    });

    it('fills and sends the login form with the keyboard alone, every focus visible', async () => {
      const m = session.messages[lang];
      const user = await createUser(session.db, { locale: lang });
      const page = await newPage();
      await visit(page, `${session.server.baseUrl}/${lang}/anmelden`);
      const unseen: string[] = [];

      await tabTo(page, (focused) => focused.id === 'field-email', unseen);
      await page.keyboard.type(user.email);
      const password = await tabTo(page, () => true, unseen);
      expect(password.id).toBe('field-password');
      await page.keyboard.type(DEMO_PASSWORD);
      await tabTo(page, (focused) => focused.tag === 'button' && focused.name === m.t('accounts.login.submit'), unseen);
      await pressAndLoad(page, 'Enter');

      expect(pathOf(page)).toBe(`/${lang}/mein-bereich`);
      await expectLanguage(page, m);
      await expectHeading(page, m.t('start.title'));
      expect(unseen, `focus without a visible indicator:\n${unseen.join('\n')}`).toEqual([]);
      await page.context().close();
    });
  });
});
