import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { berlinDay } from '../../../src/core/time/calendar-day.js';
import { clickAndLoad, expectFlash, visit } from '../support/journey.js';
import type { Messages } from '../support/messages.js';

/** The steps the participation journeys share: finding things by role and name, a forum with one open round, joining. */
export const nav = (page: Page, m: Messages) =>
  page.getByRole('navigation', { name: m.t('layout.main_nav'), exact: true });
export const link = (page: Page, name: string) => page.getByRole('link', { name, exact: true });
export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** A phone-sized window of its own (a participant's phone: its own cookies). */
export async function phone(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  context.setDefaultTimeout(10_000);
  return { page: await context.newPage(), close: () => context.close() };
}

/**
 * From the hub: a forum today, one round over the options, opened, and codes printed; ends on the round's live
 * view. Returns the codes.
 */
export async function runForumRound(
  coordinator: Page,
  m: Messages,
  round: {
    forum: string;
    place: string;
    question: string;
    options: readonly string[];
    approval?: boolean;
    codes: number;
  },
): Promise<string[]> {
  await clickAndLoad(
    coordinator,
    nav(coordinator, m).getByRole('link', { name: m.t('participation.nav.hub'), exact: true }),
  );
  await clickAndLoad(coordinator, link(coordinator, m.t('participation.forum.new_title')));
  await coordinator.getByLabel(m.t('participation.forum.title'), { exact: true }).fill(round.forum);
  await coordinator.getByLabel(m.t('participation.forum.day'), { exact: true }).fill(berlinDay());
  await coordinator.getByLabel(m.t('participation.forum.starts'), { exact: true }).fill('00:00');
  await coordinator.getByLabel(m.t('participation.forum.ends'), { exact: true }).fill('23:59');
  await coordinator.getByLabel(m.t('participation.forum.place')).fill(round.place);
  await clickAndLoad(coordinator, button(coordinator, m.t('participation.forum.create')));
  await expectFlash(coordinator, m.t('participation.forum.created'));
  await coordinator.getByLabel(m.t('participation.round.question'), { exact: true }).fill(round.question);
  if (round.approval)
    await coordinator
      .getByRole('combobox', { name: m.t('participation.round.mode') })
      .selectOption({ label: m.t('participation.round.mode_approval') });
  await coordinator.getByLabel(m.t('participation.round.options'), { exact: true }).fill(round.options.join('\n'));
  await clickAndLoad(coordinator, button(coordinator, m.t('participation.round.add')));
  await clickAndLoad(coordinator, button(coordinator, m.t('participation.round.open', { question: round.question })));
  await expectFlash(coordinator, m.t('participation.round.open_done'));
  await coordinator.getByLabel(m.t('participation.codes.count'), { exact: true }).fill(String(round.codes));
  await clickAndLoad(coordinator, button(coordinator, m.t('participation.codes.issue')));
  const codes = await coordinator.locator('code.vr-participation-code').allTextContents();
  expect(codes).toHaveLength(round.codes);
  await clickAndLoad(coordinator, link(coordinator, m.t('participation.back_to_forum')));
  await clickAndLoad(coordinator, link(coordinator, m.t('participation.round.live_link')));
  return codes;
}

/** A participant on a phone: from the home page through the folded menu to "Mitmachen", in with the code. */
export async function joinWithCode(page: Page, m: Messages, baseUrl: string, code: string): Promise<void> {
  await visit(page, `${baseUrl}/${m.lang}/`);
  // On a phone the menu folds into a disclosure (details/summary) that opens without script.
  const narrow = page.locator('details.vr-nav-narrow');
  if (await narrow.locator('summary').isVisible()) await narrow.locator('summary').click();
  const menu = page
    .locator('details.vr-nav-narrow[open], .vr-nav-wide')
    .getByRole('link', { name: m.t('participation.nav.hub'), exact: true });
  await clickAndLoad(page, menu.first());
  await clickAndLoad(page, link(page, m.t('participation.join.link')).first());
  await page.getByLabel(m.t('participation.join.code'), { exact: true }).fill(code);
  await clickAndLoad(page, button(page, m.t('participation.join.submit')));
}
