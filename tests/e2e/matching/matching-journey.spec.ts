import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/core/db/database.js';
import { createUser, DEMO_PASSWORD, type CreatedUser } from '../../../src/seed/factories.js';
import { clickAndLoad, expectFlash, expectHeading, expectLanguage, logIn, pathOf, visit } from '../support/journey.js';
import { LANGS, type Lang, type Messages } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/**
 * The anonymised procedure from both sides, once in German and once in Arabic: a verified
 * company's admin publishes a position through the form and finds bilingual candidates with a
 * two-language search; an applicant applies anonymously; the company invites; the applicant
 * consents; only then does the company see the name. Until that moment every document and every
 * fetch the company's browser receives is searched for the applicant's identity values.
 */
describe('matching journey in a browser', () => {
  const session = useBrowserSession();

  /** A distinctive identity, so a hit can only be a leak: name, e-mail and birth date. */
  interface Identity {
    fullName: string;
    email: string;
    birthDate: string;
  }

  async function createApplicant(
    db: Kysely<Database>,
    lang: Lang,
    suffix: string,
  ): Promise<{ user: CreatedUser; identity: Identity; pseudonym: string }> {
    const identity: Identity = {
      fullName: `Zeynep Quellenberg-Aydın ${suffix}`,
      email: `zeynep.quellenberg.${suffix.toLowerCase()}@mail.example`,
      birthDate: '2007-03-14',
    };
    const user = await createUser(db, { email: identity.email, display_name: identity.fullName, locale: lang });
    // The pseudonym and the position's title shown to the company share no part with the name.
    const pseudonym = `Talent-${String(randomInt(100_000, 1_000_000))}`;
    const profile = await db
      .insertInto('applicant_profiles')
      .values({
        user_id: user.id,
        pseudonym,
        interests: ['mechatroniker'],
        certificate: 'msa',
        foreign_certificate: null,
        recognition_status: null,
        languages: JSON.stringify([
          { code: 'tr', level: 'C2' },
          { code: 'de', level: 'C1' },
          { code: 'en', level: 'B1' },
        ]),
        potentials: JSON.stringify({
          intercultural: 'Ich übersetze oft für Nachbarn auf Türkisch und Deutsch.',
          strengths: 'Technik interessiert mich seit Jahren.',
        }),
        postcode: '45127',
        travel_km: 30,
        available_from: new Date().toISOString().slice(0, 10),
        preferred_cities: ['essen', 'gelsenkirchen'],
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('applicant_identities')
      .values({
        profile_id: profile.id,
        full_name: identity.fullName,
        birth_date: identity.birthDate,
        gender: 'female',
        nationality: 'TR',
        contact_email: identity.email,
        self_declared_migration_history: true,
      })
      .execute();
    return { user, identity, pseudonym };
  }

  /** The birth date as stored and in the date formats of the test languages and their neighbours. */
  function birthDateForms(identity: Identity): string[] {
    const day = new Date(`${identity.birthDate}T12:00:00Z`);
    const dates = [identity.birthDate, '14.03.2007', '14.3.2007', '14/03/2007', '3/14/2007'];
    for (const locale of ['de-DE', 'ar', 'en-GB', 'tr-TR']) {
      for (const dateStyle of ['short', 'medium', 'long', 'full'] as const)
        dates.push(new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).format(day));
    }
    return dates;
  }

  /** Every way the app could print the values: as stored, in German and Arabic date formats, HTML- and JSON-escaped. */
  function forbiddenValues(identity: Identity): string[] {
    const dates = birthDateForms(identity);
    const names = [identity.fullName, ...identity.fullName.split(' ').filter((part) => part.length >= 6)];
    const values = [...names, identity.email, ...dates];
    const escaped = values.flatMap((value) => [
      value,
      value.replace(/&/g, '&amp;').replace(/</g, '&lt;'),
      JSON.stringify(value).slice(1, -1),
    ]);
    return [...new Set(escaped)];
  }

  /** Collects the body of every document, fetch and XHR response a browser context receives. */
  function recordResponses(context: BrowserContext): {
    bodies: { url: string; body: string }[];
    settle: () => Promise<void>;
  } {
    const bodies: { url: string; body: string }[] = [];
    const pending: Promise<void>[] = [];
    context.on('response', (response) => {
      const type = response.request().resourceType();
      if (type !== 'document' && type !== 'fetch' && type !== 'xhr') return;
      pending.push(
        response
          .text()
          .then((body) => void bodies.push({ url: response.url(), body }))
          // Redirects have no body to read.
          .catch(() => undefined),
      );
    });
    return { bodies, settle: async () => void (await Promise.all(pending)) };
  }

  function expectNoIdentity(bodies: readonly { url: string; body: string }[], identity: Identity): void {
    const forbidden = forbiddenValues(identity);
    expect(bodies.length).toBeGreaterThan(5);
    for (const { url, body } of bodies) {
      for (const value of forbidden) expect(body.includes(value), `"${value}" in the response of ${url}`).toBe(false);
    }
  }

  const optional = (m: Messages, label: string) => `${label} ${m.t('form.optional')}`;

  async function publishPosition(page: Page, m: Messages, baseUrl: string, title: string): Promise<string> {
    const f = (name: string) => m.t(`matching_core.position_fields.${name}`);
    await visit(page, `${baseUrl}/${m.lang}/organisation/stellen`);
    await expectHeading(page, m.t('matching_core.own.title'));
    await clickAndLoad(
      page,
      page.getByRole('main').getByRole('link', { name: m.t('matching_core.own.new'), exact: true }),
    );
    expect(pathOf(page)).toBe(`/${m.lang}/stellen/neu`);
    await expectHeading(page, m.t('matching_core.position.new_title'));
    await expectLanguage(page, m);
    const main = page.getByRole('main');
    await main.getByLabel(f('kind'), { exact: true }).selectOption('apprenticeship');
    await main.getByLabel(f('occupation'), { exact: true }).selectOption('mechatroniker');
    await main.getByRole('textbox', { name: f('title'), exact: true }).fill(title);
    await main
      .getByRole('textbox', { name: optional(m, f('description')), exact: true })
      .fill(
        'Wir bilden in Essen-Rüttenscheid aus. Wer Türkisch und Deutsch spricht, hilft unserer Kundschaft besonders.',
      );
    await main.getByRole('textbox', { name: f('postcode'), exact: true }).fill('45130');
    const start = new Date(Date.now() + 120 * 24 * 3_600_000).toISOString().slice(0, 10);
    const deadline = new Date(Date.now() + 60 * 24 * 3_600_000).toISOString().slice(0, 10);
    await main.getByLabel(f('starts_on'), { exact: true }).fill(start);
    await main.getByRole('textbox', { name: f('places'), exact: true }).fill('2');
    await main.getByLabel(f('required_certificate'), { exact: true }).selectOption('msa');
    await main
      .getByLabel(optional(m, m.t('matching_core.form.language_n', { n: 1 })), { exact: true })
      .selectOption('tr');
    await main.getByLabel(optional(m, m.t('matching_core.form.level_n', { n: 1 })), { exact: true }).selectOption('B1');
    await main.getByLabel(f('deadline'), { exact: true }).fill(deadline);
    await clickAndLoad(page, main.getByRole('button', { name: m.t('matching_core.position.save_draft'), exact: true }));
    const positionPath = new RegExp(`^/${m.lang}/stellen/([0-9a-f-]{36})$`);
    expect(pathOf(page)).toMatch(positionPath);
    await expectFlash(page, m.t('matching_core.position.created'));
    const positionId = positionPath.exec(pathOf(page))?.[1] ?? '';
    const manage = page.getByRole('region', { name: m.t('matching_core.position.manage'), exact: true });
    await clickAndLoad(page, manage.getByRole('button', { name: m.t('matching_core.position.publish'), exact: true }));
    expect(pathOf(page)).toBe(`/${m.lang}/stellen/${positionId}`);
    await expectFlash(page, m.t('matching_core.position.published'));
    await expectHeading(page, title);
    return positionId;
  }

  describe.each(LANGS)('in %s', (lang) => {
    it('publishes a position, finds bilingual candidates, and sees the name only after invitation and consent', async () => {
      const m = session.messages[lang];
      const db = session.db;
      const baseUrl = session.server.baseUrl;
      const suffix = randomUUID().slice(0, 6).toUpperCase();
      const company = await createUser(db, {
        organisation: { type: 'company', city: 'essen', verified_at: new Date() },
        role: 'admin',
        locale: lang,
      });
      const { user: applicant, identity, pseudonym } = await createApplicant(db, lang, suffix);
      const title = `Ausbildung Mechatroniker/-in, zweisprachig (${lang.toUpperCase()}-${randomUUID().slice(0, 6)})`;

      // The company's browser records every response from its first request on.
      const companyPage = await session.newPage();
      const companyResponses = recordResponses(companyPage.context());
      await logIn(companyPage, baseUrl, m, company.email, DEMO_PASSWORD);
      await expectLanguage(companyPage, m);

      // 1. The company publishes a position through the form.
      const positionId = await publishPosition(companyPage, m, baseUrl, title);

      // 2. It searches candidates who speak Turkish and German and finds the applicant under a pseudonym.
      await clickAndLoad(
        companyPage,
        companyPage.getByRole('link', { name: m.t('matching_core.position.candidates'), exact: true }),
      );
      expect(pathOf(companyPage)).toBe(`/${lang}/stellen/${positionId}/kandidaten`);
      await expectHeading(companyPage, m.t('matching_core.candidates.title', { title }));
      const search = companyPage.getByRole('region', {
        name: m.t('matching_core.candidates.search_heading'),
        exact: true,
      });
      await search
        .getByLabel(optional(m, m.t('matching_core.form.language_n', { n: 1 })), { exact: true })
        .selectOption('tr');
      await search
        .getByLabel(optional(m, m.t('matching_core.form.level_n', { n: 1 })), { exact: true })
        .selectOption('B2');
      await search
        .getByLabel(optional(m, m.t('matching_core.form.language_n', { n: 2 })), { exact: true })
        .selectOption('de');
      await search
        .getByLabel(optional(m, m.t('matching_core.form.level_n', { n: 2 })), { exact: true })
        .selectOption('B2');
      // The report's question: "Turkish and German, Mittlerer Schulabschluss, Mechatroniker, within 20 km of Essen".
      await search
        .getByLabel(optional(m, m.t('matching_core.candidates.certificate')), { exact: true })
        .selectOption('msa');
      await search
        .getByLabel(optional(m, m.t('matching_core.candidates.occupation')), { exact: true })
        .selectOption('mechatroniker');
      await search
        .getByRole('textbox', { name: optional(m, m.t('matching_core.candidates.near')), exact: true })
        .fill('45127');
      await search
        .getByRole('textbox', { name: optional(m, m.t('matching_core.candidates.radius')), exact: true })
        .fill('20');
      await clickAndLoad(
        companyPage,
        search.getByRole('button', { name: m.t('matching_core.candidates.submit'), exact: true }),
      );
      expect(await companyPage.getByRole('alert').count(), 'no validation errors in the search').toBe(0);
      const candidate = companyPage.getByRole('main').getByRole('listitem').filter({ hasText: pseudonym });
      expect(await candidate.count()).toBe(1);
      // Every result explains itself with a score per criterion.
      for (const criterion of ['occupation', 'certificate', 'languages', 'distance', 'start']) {
        expect(
          await candidate.getByText(m.t(`matching_core.criteria.${criterion}`), { exact: false }).count(),
          criterion,
        ).toBeGreaterThan(0);
      }

      // 3. The applicant applies anonymously through the form.
      const applicantPage = await session.newPage();
      await logIn(applicantPage, baseUrl, m, applicant.email, DEMO_PASSWORD);
      await visit(applicantPage, `${baseUrl}/${lang}/stellen/${positionId}`);
      await expectHeading(applicantPage, title);
      const applyLink = m.t('matching_positions.page.apply');
      await clickAndLoad(
        applicantPage,
        applicantPage.getByRole('main').getByRole('link', { name: applyLink, exact: true }),
      );
      expect(pathOf(applicantPage)).toBe(`/${lang}/bewerbungen/neu/${positionId}`);
      await expectHeading(applicantPage, m.t('matching_applications.apply.title', { position: title }));
      const a = (name: string) => m.t(`matching_applications.fields.${name}`);
      const form = applicantPage.getByRole('main');
      await form.getByLabel(a('school_certificate'), { exact: true }).selectOption('msa');
      await form
        .getByRole('textbox', { name: optional(m, a('internships')), exact: true })
        .fill('Schulpraktikum (3 Wochen) in einer Kfz-Werkstatt');
      await form
        .getByLabel(optional(m, m.t('matching_applications.fields.language_n', { n: 1 })), { exact: true })
        .selectOption('tr');
      await form
        .getByLabel(optional(m, m.t('matching_applications.fields.level_n', { n: 1 })), { exact: true })
        .selectOption('C2');
      await form
        .getByLabel(optional(m, m.t('matching_applications.fields.language_n', { n: 2 })), { exact: true })
        .selectOption('de');
      await form
        .getByLabel(optional(m, m.t('matching_applications.fields.level_n', { n: 2 })), { exact: true })
        .selectOption('C1');
      await form
        .getByRole('textbox', { name: a('motivation'), exact: true })
        .fill('Technik begeistert mich, und ich spreche Türkisch und Deutsch.');
      await form.getByRole('textbox', { name: a('full_name'), exact: true }).fill(identity.fullName);
      await form.getByRole('textbox', { name: a('contact_email'), exact: true }).fill(identity.email);
      await clickAndLoad(
        applicantPage,
        form.getByRole('button', { name: m.t('matching_applications.apply.submit'), exact: true }),
      );
      const applicationPath = new RegExp(`^/${lang}/bewerbungen/([0-9a-f-]{36})$`);
      expect(pathOf(applicantPage)).toMatch(applicationPath);
      const applicationId = applicationPath.exec(pathOf(applicantPage))?.[1] ?? '';
      await expectFlash(applicantPage, m.t('matching_applications.flash.submitted'));
      const application = await db
        .selectFrom('applications')
        .select('pseudonym')
        .where('id', '=', applicationId)
        .executeTakeFirstOrThrow();

      // 4. The company opens the application, sees only the qualifications under the pseudonym, and invites.
      await visit(companyPage, `${baseUrl}/${lang}/stellen/${positionId}`);
      const manage = companyPage.getByRole('region', { name: m.t('matching_core.position.manage'), exact: true });
      await clickAndLoad(
        companyPage,
        manage.getByRole('link', {
          name: m.t('matching_applications.company_list.title', { position: title }),
          exact: true,
        }),
      );
      expect(pathOf(companyPage)).toBe(`/${lang}/firma/stellen/${positionId}/bewerbungen`);
      await expectHeading(companyPage, m.t('matching_applications.company_list.title', { position: title }));
      await clickAndLoad(companyPage, companyPage.getByRole('link', { name: application.pseudonym, exact: true }));
      expect(pathOf(companyPage)).toBe(`/${lang}/firma/bewerbungen/${applicationId}`);
      await expectHeading(
        companyPage,
        m.t('matching_applications.detail.company_title', { pseudonym: application.pseudonym }),
      );
      const statusForm = companyPage.getByRole('region', {
        name: m.t('matching_applications.status_form.heading'),
        exact: true,
      });
      await statusForm
        .getByLabel(m.t('matching_applications.status_form.status'), { exact: true })
        .selectOption('invited');
      await clickAndLoad(
        companyPage,
        statusForm.getByRole('button', { name: m.t('matching_applications.status_form.submit'), exact: true }),
      );
      await expectFlash(companyPage, m.t('matching_applications.flash.status_invited'));
      expect(
        await companyPage.getByText(m.t('matching_applications.detail.awaiting_consent'), { exact: true }).count(),
      ).toBe(1);

      // Up to here, nothing the company's browser received holds the applicant's name, e-mail or birth date.
      await companyResponses.settle();
      expectNoIdentity(companyResponses.bodies, identity);

      // 5. The applicant consents to the reveal.
      await visit(applicantPage, `${baseUrl}/${lang}/bewerbungen/${applicationId}`);
      const consent = applicantPage.getByRole('region', {
        name: m.t('matching_applications.consent.heading'),
        exact: true,
      });
      await clickAndLoad(
        applicantPage,
        consent.getByRole('button', { name: m.t('matching_applications.consent.accept'), exact: true }),
      );
      await expectFlash(applicantPage, m.t('matching_applications.flash.consented'));

      // 6. Only now does the company see name and contact, and the look is audited.
      await visit(companyPage, `${baseUrl}/${lang}/firma/bewerbungen/${applicationId}`);
      const revealed = companyPage.getByRole('region', {
        name: m.t('matching_applications.detail.identity_heading'),
        exact: true,
      });
      expect(await revealed.getByText(identity.fullName, { exact: true }).count()).toBe(1);
      expect(await revealed.getByText(identity.email, { exact: false }).count()).toBeGreaterThan(0);
      // The recorder that found nothing before does see the name now: the search above was not blind.
      await companyResponses.settle();
      expect(companyResponses.bodies.some(({ body }) => body.includes(identity.fullName))).toBe(true);
      // The birth date is never shown, not even after the reveal.
      for (const { url, body } of companyResponses.bodies) {
        for (const date of birthDateForms(identity))
          expect(body.includes(date), `"${date}" in the response of ${url}`).toBe(false);
      }
      const audits = await db
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', applicationId)
        .execute();
      expect(audits.map((row) => row.action)).toEqual(
        expect.arrayContaining(['application.identity_revealed', 'application.identity_viewed']),
      );
      await session.closePages();
    }, 120_000);
  });
});
