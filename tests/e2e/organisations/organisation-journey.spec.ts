import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, DEMO_PASSWORD, type CreatedUser } from '../../../src/seed/factories.js';
import {
  clickAndLoad,
  expectFlash,
  expectHeading,
  expectLanguage,
  logIn,
  mailCounter,
  pathOf,
  readLinkFromMail,
  visit,
} from '../support/journey.js';
import { LANGS } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/**
 * An organisation from registration to verification: its admin registers it and invites a
 * colleague, the colleague accepts in their own browser, the admin removes them again, and the
 * cooperation office verifies the organisation and finds that in the audit log.
 */
describe('organisation journey in a browser', () => {
  const session = useBrowserSession();
  /** One person's browser: a context of its own, so sessions never mix. */
  const personPage = session.newPage;
  let platformAdmin: CreatedUser;

  beforeAll(async () => {
    platformAdmin = await createUser(session.db, {
      organisation: { type: 'cooperation_office', verified_at: new Date() },
      role: 'admin',
    });
  });

  describe.each(LANGS)('in %s', (lang) => {
    it('registers an organisation, invites and removes a colleague, and is verified by the office', async () => {
      const m = session.messages[lang];
      const db = session.db;
      const owner = await createUser(db, { locale: lang });
      const colleague = await createUser(db, { locale: lang });
      const organisationName = `Ruhrstahl Probebetrieb ${lang.toUpperCase()} GmbH`;

      // The owner registers the organisation: a company in Essen, pending verification.
      const ownerPage = await personPage();
      await logIn(ownerPage, session.server.baseUrl, m, owner.email, DEMO_PASSWORD);
      const ownerNav = ownerPage.getByRole('navigation', { name: m.t('layout.main_nav'), exact: true });
      await clickAndLoad(
        ownerPage,
        ownerNav.getByRole('link', { name: m.t('organisations.nav.register_organisation'), exact: true }),
      );
      expect(pathOf(ownerPage)).toBe(`/${lang}/organisation/neu`);
      await expectLanguage(ownerPage, m);
      const createForm = ownerPage.getByRole('form', { name: m.t('organisations.create.title'), exact: true });
      await createForm.getByLabel(m.t('organisations.fields.name'), { exact: true }).fill(organisationName);
      await createForm
        .getByLabel(m.t('organisations.fields.type'), { exact: true })
        .selectOption({ label: m.t('organisations.types.company') });
      await createForm
        .getByLabel(m.t('organisations.fields.city'), { exact: true })
        .selectOption({ label: m.t('organisations.cities.essen') });
      await clickAndLoad(
        ownerPage,
        createForm.getByRole('button', { name: m.t('organisations.create.submit'), exact: true }),
      );
      expect(pathOf(ownerPage)).toBe(`/${lang}/organisation`);
      await expectHeading(ownerPage, organisationName);
      await expectFlash(ownerPage, m.t('organisations.create.done'));
      expect(
        await ownerPage.getByRole('main').getByText(m.t('organisations.status.pending'), { exact: true }).count(),
      ).toBe(1);

      // The owner invites the colleague by e-mail.
      const inviteForm = ownerPage.getByRole('form', { name: m.t('organisations.invite.title'), exact: true });
      await inviteForm.getByLabel(m.t('accounts.fields.email'), { exact: true }).fill(colleague.email);
      await inviteForm
        .getByLabel(m.t('organisations.members.role'), { exact: true })
        .selectOption({ label: m.t('organisations.roles.member') });
      // Mails quote the organisation's name in the language's quotation marks (decision 024).
      const invitationSubject = m.t('organisations.mail.invitation.subject', {
        organisation: m.t('mail.quoted', { name: organisationName }),
        site: m.t('layout.site_name'),
      });
      const invitationSent = await mailCounter(db, colleague.email, invitationSubject);
      await clickAndLoad(
        ownerPage,
        inviteForm.getByRole('button', { name: m.t('organisations.invite.submit'), exact: true }),
      );
      expect(pathOf(ownerPage)).toBe(`/${lang}/organisation`);
      await expectFlash(ownerPage, m.t('organisations.invite.sent'));
      expect(await ownerPage.getByRole('main').getByRole('listitem').filter({ hasText: colleague.email }).count()).toBe(
        1,
      );

      // The colleague signs in in their own browser and accepts the invitation from the mail.
      await invitationSent();
      const colleaguePage = await personPage();
      await logIn(colleaguePage, session.server.baseUrl, m, colleague.email, DEMO_PASSWORD);
      expect(pathOf(colleaguePage)).toBe(`/${lang}/mein-bereich`);
      const invitationLink = await readLinkFromMail(colleaguePage, session.server.baseUrl, lang, {
        to: colleague.email,
        subject: invitationSubject,
      });
      expect(invitationLink.startsWith(`${session.server.baseUrl}/${lang}/einladung?token=`)).toBe(true);
      await visit(colleaguePage, invitationLink);
      await expectHeading(colleaguePage, m.t('organisations.invitation.title'));
      await clickAndLoad(
        colleaguePage,
        colleaguePage.getByRole('button', { name: m.t('organisations.invitation.accept'), exact: true }),
      );
      expect(pathOf(colleaguePage)).toBe(`/${lang}/organisation`);
      await expectFlash(colleaguePage, m.t('organisations.invitation.accepted'));
      await expectHeading(colleaguePage, organisationName);

      // The owner sees the colleague among the members and removes them.
      await visit(ownerPage, `${session.server.baseUrl}/${lang}/organisation`);
      const members = ownerPage.getByRole('table', {
        name: m.t('organisations.members.caption', { organisation: organisationName }),
        exact: true,
      });
      expect(await members.getByRole('row').filter({ hasText: colleague.email }).count()).toBe(1);
      const removeButton = members.getByRole('button', {
        name: m.t('organisations.members.remove', { name: colleague.display_name }),
        exact: true,
      });
      await clickAndLoad(ownerPage, removeButton);
      expect(pathOf(ownerPage)).toBe(`/${lang}/organisation`);
      await expectFlash(ownerPage, m.t('organisations.members.removed'));
      expect(await members.getByRole('row').filter({ hasText: colleague.email }).count()).toBe(0);
      expect(await members.getByRole('row').filter({ hasText: owner.email }).count()).toBe(1);

      // The cooperation office verifies the organisation and finds that in the audit log.
      const adminPage = await personPage();
      // Sign-in leads into the account's own language; the office reads this journey's language.
      await db.updateTable('users').set({ locale: lang }).where('id', '=', platformAdmin.id).execute();
      await logIn(adminPage, session.server.baseUrl, m, platformAdmin.email, DEMO_PASSWORD);
      const adminNav = adminPage.getByRole('navigation', { name: m.t('layout.main_nav'), exact: true });
      await clickAndLoad(adminPage, adminNav.getByRole('link', { name: m.t('organisations.nav.admin'), exact: true }));
      expect(pathOf(adminPage)).toBe(`/${lang}/verwaltung`);
      await expectHeading(adminPage, m.t('organisations.admin.title'));
      await clickAndLoad(
        adminPage,
        adminPage.getByRole('button', {
          name: m.t('organisations.admin.verify', { name: organisationName }),
          exact: true,
        }),
      );
      expect(pathOf(adminPage)).toBe(`/${lang}/verwaltung`);
      await expectFlash(adminPage, m.t('organisations.admin.verified'));
      expect(await adminPage.getByRole('heading', { name: organisationName, exact: true }).count()).toBe(0);

      await clickAndLoad(
        adminPage,
        adminPage.getByRole('main').getByRole('link', { name: m.t('organisations.audit.title'), exact: true }),
      );
      expect(pathOf(adminPage)).toBe(`/${lang}/verwaltung/protokoll`);
      await expectHeading(adminPage, m.t('organisations.audit.title'));
      const organisation = await db
        .selectFrom('organisations')
        .select('id')
        .where('name', '=', organisationName)
        .executeTakeFirstOrThrow();
      const log = adminPage.getByRole('table');
      expect(await log.count()).toBe(1);
      const verification = log
        .getByRole('row')
        .filter({ hasText: 'organisation.verified' })
        .filter({ hasText: organisation.id });
      expect(await verification.count()).toBe(1);
      expect(await verification.innerText()).toContain(platformAdmin.display_name);

      // The owner now sees the organisation as verified.
      await visit(ownerPage, `${session.server.baseUrl}/${lang}/organisation`);
      expect(
        await ownerPage.getByRole('main').getByText(m.t('organisations.status.verified'), { exact: true }).count(),
      ).toBe(1);
      await session.closePages();
    }, 120_000);
  });
});
