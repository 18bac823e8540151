import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createUser, DEMO_PASSWORD } from '../../../src/seed/factories.js';
import {
  clickAndLoad,
  expectFlash,
  expectHeading,
  expectLanguage,
  logIn,
  logOut,
  mailCounter,
  pathOf,
  readLinkFromMail,
  uniqueEmail,
  visit,
} from '../support/journey.js';
import { LANGS, type Messages } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/**
 * A person's whole account, in the browser: registration with e-mail confirmation, login, language,
 * password change and reset, data export and deletion. Walked once in German and once in Arabic.
 */
describe('account journey in a browser', () => {
  const session = useBrowserSession();
  const { newPage } = session;

  describe.each(LANGS)('in %s', (lang) => {
    it('shows an empty registration as an error summary that links to every field, without axe violations', async () => {
      const m = session.messages[lang];
      const page = await newPage();
      await visit(page, `${session.server.baseUrl}/${lang}/registrieren`);
      await expectLanguage(page, m);
      await clickAndLoad(page, page.getByRole('button', { name: m.t('accounts.register.submit'), exact: true }));

      expect(pathOf(page)).toBe(`/${lang}/registrieren`);
      await expectLanguage(page, m);
      const summary = page.getByRole('alert');
      expect(await summary.count()).toBe(1);
      expect(await summary.getByRole('heading', { name: m.t('validation.summary_title'), exact: true }).count()).toBe(
        1,
      );
      const hrefs = await summary
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs).toEqual(
        expect.arrayContaining(['#field-display_name', '#field-email', '#field-password', '#field-accept_privacy']),
      );
      for (const href of hrefs) {
        const field = page.locator(href ?? '#missing');
        // Each link leads to a field that says it is invalid and carries its message as description.
        expect(await field.count(), `${href} exists`).toBe(1);
        expect(await field.getAttribute('aria-invalid'), `${href} is marked invalid`).toBe('true');
        const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
        expect(describedBy.split(' '), `${href} is described by its error`).toContain(`${href?.slice(1)}-error`);
        const linkText = await summary.locator(`a[href="${href}"]`).innerText();
        expect(await page.locator(`${href}-error`).innerText()).toContain(linkText.trim());
      }
      await page.context().close();
    });

    it('registers, confirms, logs in, changes language and password, resets it, exports and deletes the account', async () => {
      const m = session.messages[lang];
      const o = session.messages[m.other];
      const page = await newPage();
      const email = uniqueEmail(`konto-${lang}`);
      const firstPassword = 'Zeche Zollverein 1986';
      const changedPassword = 'Phoenixsee im Abendlicht';
      const resetPassword = 'Gasometer Oberhausen 117';

      // Register.
      await visit(page, `${session.server.baseUrl}/${lang}/registrieren`);
      const register = page.getByRole('form', { name: m.t('accounts.register.title'), exact: true });
      await register
        .getByLabel(m.t('accounts.fields.display_name'), { exact: true })
        .fill(lang === 'ar' ? 'ليلى حداد' : 'Lena Kowalski');
      await register.getByLabel(m.t('accounts.fields.email'), { exact: true }).fill(email);
      await register.getByLabel(m.t('accounts.fields.new_password'), { exact: true }).fill(firstPassword);
      await register.getByLabel(m.t('accounts.fields.password_confirmation'), { exact: true }).fill(firstPassword);
      await register.getByLabel(m.t('accounts.register.accept_privacy'), { exact: true }).check();
      const confirmationSent = await mailCounter(session.db, email, m.t('accounts.mail.confirm.subject'));
      await clickAndLoad(page, register.getByRole('button', { name: m.t('accounts.register.submit'), exact: true }));
      expect(pathOf(page)).toBe(`/${lang}/registrieren/pruefen`);
      await expectLanguage(page, m);
      await expectHeading(page, m.t('accounts.check_email.title'));

      // Confirm the address with the link from the mail.
      await confirmationSent();
      const confirmLink = await readLinkFromMail(page, session.server.baseUrl, lang, {
        to: email,
        subject: m.t('accounts.mail.confirm.subject'),
      });
      expect(confirmLink.startsWith(`${session.server.baseUrl}/${lang}/konto/bestaetigen?token=`)).toBe(true);
      await visit(page, confirmLink);
      await expectHeading(page, m.t('accounts.confirm.ok'));
      await clickAndLoad(
        page,
        page.getByRole('main').getByRole('link', { name: m.t('accounts.login.title'), exact: true }),
      );
      expect(pathOf(page)).toBe(`/${lang}/anmelden`);

      // Log in: the account page shows the address.
      // Signing in without a page that asked for it lands in the person's own area; the
      // account settings are one click away in the menu.
      await logIn(page, session.server.baseUrl, m, email, firstPassword);
      expect(pathOf(page)).toBe(`/${lang}/mein-bereich`);
      await clickAndLoad(
        page,
        page
          .getByRole('navigation', { name: m.t('layout.main_nav'), exact: true })
          .getByRole('link', { name: m.t('accounts.nav.account'), exact: true }),
      );
      expect(pathOf(page)).toBe(`/${lang}/konto`);
      await expectHeading(page, m.t('accounts.account.title'));
      expect(await page.getByRole('main').getByText(email, { exact: true }).count()).toBe(1);

      // Change the language to the other one and back: URL and direction follow.
      const languageForm = (in_: Messages) =>
        page.getByRole('form', { name: in_.t('accounts.language.title'), exact: true });
      await languageForm(m).getByLabel(m.t('accounts.language.field'), { exact: true }).selectOption(m.other);
      await clickAndLoad(
        page,
        languageForm(m).getByRole('button', { name: m.t('accounts.language.submit'), exact: true }),
      );
      expect(pathOf(page)).toBe(`/${m.other}/konto`);
      await expectLanguage(page, o);
      await expectFlash(page, o.t('accounts.language.saved'));
      await languageForm(o).getByLabel(o.t('accounts.language.field'), { exact: true }).selectOption(lang);
      await clickAndLoad(
        page,
        languageForm(o).getByRole('button', { name: o.t('accounts.language.submit'), exact: true }),
      );
      expect(pathOf(page)).toBe(`/${lang}/konto`);
      await expectLanguage(page, m);
      await expectFlash(page, m.t('accounts.language.saved'));

      // Change the password.
      const passwordForm = page.getByRole('form', { name: m.t('accounts.change_password.title'), exact: true });
      await passwordForm.getByLabel(m.t('accounts.fields.current_password'), { exact: true }).fill(firstPassword);
      await passwordForm.getByLabel(m.t('accounts.fields.new_password'), { exact: true }).fill(changedPassword);
      await passwordForm
        .getByLabel(m.t('accounts.fields.password_confirmation'), { exact: true })
        .fill(changedPassword);
      await clickAndLoad(
        page,
        passwordForm.getByRole('button', { name: m.t('accounts.change_password.submit'), exact: true }),
      );
      expect(pathOf(page)).toBe(`/${lang}/konto`);
      await expectFlash(page, m.t('accounts.change_password.done'));

      // Log out.
      await logOut(page, m);
      expect(pathOf(page)).toBe(`/${lang}/`);
      await expectFlash(page, m.t('accounts.logout.done'));

      // Forgot the password: request a link, open it from the mail, set a new password.
      const mainNav = page.getByRole('navigation', { name: m.t('layout.main_nav'), exact: true });
      await clickAndLoad(page, mainNav.getByRole('link', { name: m.t('accounts.nav.login'), exact: true }));
      await clickAndLoad(
        page,
        page.getByRole('main').getByRole('link', { name: m.t('accounts.forgot.title'), exact: true }),
      );
      expect(pathOf(page)).toBe(`/${lang}/passwort-vergessen`);
      const forgotForm = page.getByRole('form', { name: m.t('accounts.forgot.title'), exact: true });
      await forgotForm.getByLabel(m.t('accounts.fields.email'), { exact: true }).fill(email);
      const resetSent = await mailCounter(session.db, email, m.t('accounts.mail.reset.subject'));
      await clickAndLoad(page, forgotForm.getByRole('button', { name: m.t('accounts.forgot.submit'), exact: true }));
      await expectHeading(page, m.t('accounts.check_email.title'));
      await resetSent();
      const resetLink = await readLinkFromMail(page, session.server.baseUrl, lang, {
        to: email,
        subject: m.t('accounts.mail.reset.subject'),
      });
      expect(resetLink.startsWith(`${session.server.baseUrl}/${lang}/passwort-neu?token=`)).toBe(true);
      await visit(page, resetLink);
      await expectHeading(page, m.t('accounts.reset.title'));
      const resetForm = page.getByRole('form', { name: m.t('accounts.reset.title'), exact: true });
      await resetForm.getByLabel(m.t('accounts.fields.new_password'), { exact: true }).fill(resetPassword);
      await resetForm.getByLabel(m.t('accounts.fields.password_confirmation'), { exact: true }).fill(resetPassword);
      await clickAndLoad(page, resetForm.getByRole('button', { name: m.t('accounts.reset.submit'), exact: true }));
      await expectHeading(page, m.t('accounts.reset.ok'));

      // Log in with the new password.
      await logIn(page, session.server.baseUrl, m, email, resetPassword);
      expect(pathOf(page)).toBe(`/${lang}/konto`);

      // Download the data export: a JSON file that contains the address.
      const downloaded = page.waitForEvent('download');
      await page.getByRole('link', { name: m.t('accounts.export.submit'), exact: true }).click();
      const download = await downloaded;
      expect(download.suggestedFilename()).toBe('vielfalt-ruhr-daten.json');
      const exported = await readFile(await download.path(), 'utf8');
      expect(JSON.stringify(JSON.parse(exported))).toContain(email);

      // Delete the account.
      const deleteForm = page.getByRole('form', { name: m.t('accounts.delete.title'), exact: true });
      const deletePassword = deleteForm.getByLabel(m.t('accounts.fields.current_password'), { exact: true });
      expect(await deletePassword.count(), 'the password field of the delete form is labelled').toBe(1);
      await deletePassword.fill(resetPassword);
      await deleteForm.getByLabel(m.t('accounts.delete.confirm'), { exact: true }).check();
      await clickAndLoad(page, deleteForm.getByRole('button', { name: m.t('accounts.delete.submit'), exact: true }));
      expect(pathOf(page)).toBe(`/${lang}/`);
      await expectFlash(page, m.t('accounts.delete.done'));

      // Logging in again fails with the message that does not say whether the address exists.
      await logIn(page, session.server.baseUrl, m, email, resetPassword);
      expect(pathOf(page)).toBe(`/${lang}/anmelden`);
      const summary = page.getByRole('alert');
      expect(await summary.count()).toBe(1);
      expect(await summary.innerText()).toContain(m.t('accounts.login.failed'));
      await page.context().close();
    }, 120_000);

    it('refuses to delete an account without the confirmation and says so at the checkbox, without axe violations', async () => {
      const m = session.messages[lang];
      const user = await createUser(session.db, { locale: lang });
      const page = await newPage();
      await logIn(page, session.server.baseUrl, m, user.email, DEMO_PASSWORD);
      expect(pathOf(page)).toBe(`/${lang}/konto`);
      const deleteForm = page.getByRole('form', { name: m.t('accounts.delete.title'), exact: true });
      // Sent empty: neither the password nor the confirmation.
      await clickAndLoad(page, deleteForm.getByRole('button', { name: m.t('accounts.delete.submit'), exact: true }));

      const summary = page.getByRole('alert');
      const checkbox = deleteForm.getByLabel(m.t('accounts.delete.confirm'), { exact: true });
      const checkboxId = (await checkbox.getAttribute('id')) ?? '';
      // The summary links to exactly this checkbox (ids are unique per form on the page).
      expect(
        await summary
          .getByRole('link', { name: m.t('accounts.validation.confirm_delete'), exact: true })
          .getAttribute('href'),
      ).toBe(`#${checkboxId}`);
      expect(await page.locator(`[id="${checkboxId}"]`).count()).toBe(1);
      expect(await checkbox.getAttribute('aria-invalid')).toBe('true');
      // The message stands at the checkbox too, and is read with it.
      expect((await checkbox.getAttribute('aria-describedby')) ?? '').toContain(`${checkboxId}-error`);
      expect(await page.locator(`[id="${checkboxId}-error"]`).innerText()).toContain(
        m.t('accounts.validation.confirm_delete'),
      );
      await page.context().close();
    });
  });
});
