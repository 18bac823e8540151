import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/core/db/database.js';
import { createUser, DEMO_PASSWORD } from '../../../src/seed/factories.js';
import { clickAndLoad, expectFlash, expectHeading, expectLanguage, logIn, pathOf, visit } from '../support/journey.js';
import { LANGS, type Lang, type Messages } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/**
 * Ranked talents lead somewhere, in German and Arabic, on a wide screen and a phone: a verified
 * company opens its position's candidates (compact cards, 20 per page), invites a talent to
 * apply and finds the invitation in its overview; the talent sees the invitation above their
 * matches, applies through the anonymised procedure, and the company sees "applied" — by pseudonym.
 */
describe('inviting a ranked talent in a browser', () => {
  const session = useBrowserSession();
  const WIDTHS = [1280, 375] as const;

  async function postcodeIn(db: Kysely<Database>, city: string): Promise<string> {
    const row = await db
      .selectFrom('postcode_areas')
      .select('postcode')
      .where('city', '=', city as never)
      .orderBy('postcode')
      .executeTakeFirstOrThrow();
    return row.postcode;
  }

  /** A talent in Essen who wants to become a Mechatroniker; `fit` lowers what the ranking sees. */
  async function insertTalent(
    db: Kysely<Database>,
    options: { email: string; locale: Lang; pseudonym: string; strong: boolean },
  ): Promise<void> {
    const user = await createUser(db, {
      email: options.email,
      display_name: 'Talent Beispiel',
      locale: options.locale,
    });
    const profile = await db
      .insertInto('applicant_profiles')
      .values({
        user_id: user.id,
        pseudonym: options.pseudonym,
        interests: ['mechatroniker'],
        certificate: options.strong ? 'msa' : 'hauptschulabschluss',
        languages: JSON.stringify(
          options.strong
            ? [
                { code: 'ar', level: 'C2' },
                { code: 'de', level: 'C1' },
              ]
            : [{ code: 'de', level: 'B1' }],
        ),
        potentials: JSON.stringify({ strengths: 'Ich repariere gern Fahrräder und Elektrogeräte.' }),
        postcode: await postcodeIn(db, options.strong ? 'essen' : 'bochum'),
        travel_km: 30,
        available_from: new Date().toISOString().slice(0, 10),
        preferred_cities: ['essen'],
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('applicant_identities')
      .values({ profile_id: profile.id, full_name: 'Talent Beispiel', contact_email: options.email })
      .execute();
  }

  async function setUp(lang: Lang) {
    const db = session.db;
    // Each run ranks its own talents only: those of the runs before are hidden.
    await db.updateTable('applicant_profiles').set({ is_active: false }).execute();
    const run = randomUUID().slice(0, 6).toUpperCase();
    const company = await createUser(db, {
      organisation: { type: 'company', city: 'essen', verified_at: new Date() },
      role: 'admin',
      locale: lang,
    });
    const title = `Ausbildung Mechatroniker/-in ${run}`;
    const position = await db
      .insertInto('positions')
      .values({
        organisation_id: company.organisation!.id,
        kind: 'apprenticeship',
        occupation_id: 'mechatroniker',
        title,
        description: 'Wir bilden in Essen aus.',
        city: 'essen',
        postcode: await postcodeIn(db, 'essen'),
        starts_on: new Date(Date.now() + 120 * 24 * 3_600_000).toISOString().slice(0, 10),
        places: 2,
        required_certificate: 'msa',
        languages: JSON.stringify([{ code: 'ar', level: 'B2' }]),
        deadline: new Date(Date.now() + 60 * 24 * 3_600_000).toISOString().slice(0, 10),
        status: 'published',
        published_at: new Date(),
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    const talentEmail = `talent-${run.toLowerCase()}@mail.example`;
    const pseudonym = `Talent-${run}`;
    await insertTalent(db, { email: talentEmail, locale: lang, pseudonym, strong: true });
    // Enough other talents for a second page of candidates.
    for (let i = 0; i < 21; i++)
      await insertTalent(db, {
        email: `weitere-${i}-${run.toLowerCase()}@mail.example`,
        locale: 'de',
        pseudonym: `Weitere-${run}-${i}`,
        strong: false,
      });
    return { company, positionId: position.id, title, talentEmail, pseudonym };
  }

  async function openedPage(width: number): Promise<Page> {
    const page = await session.newPage();
    await page.setViewportSize({ width, height: 900 });
    return page;
  }

  for (const lang of LANGS)
    for (const width of WIDTHS)
      it(`invites, and the talent applies (${lang}, ${width} px)`, async () => {
        const m: Messages = session.messages[lang];
        const baseUrl = session.server.baseUrl;
        const { company, positionId, title, talentEmail, pseudonym } = await setUp(lang);

        // 1. The company opens its position's candidates from the position page.
        const companyPage = await openedPage(width);
        await logIn(companyPage, baseUrl, m, company.email, DEMO_PASSWORD);
        await visit(companyPage, `${baseUrl}/${lang}/stellen/${positionId}`);
        await clickAndLoad(
          companyPage,
          companyPage.getByRole('link', { name: m.t('matching_core.position.candidates'), exact: true }),
        );
        expect(pathOf(companyPage)).toBe(`/${lang}/stellen/${positionId}/kandidaten`);
        await expectHeading(companyPage, m.t('matching_core.candidates.title', { title }));
        await expectLanguage(companyPage, m);
        const results = companyPage.getByRole('region', {
          name: m.t('matching_core.candidates.results', { count: 22 }),
          exact: true,
        });
        expect(await results.locator('ol > li.vr-talent-card').count()).toBe(20);
        const card = results.locator('li.vr-talent-card').filter({ hasText: pseudonym });
        expect(await card.count()).toBe(1);
        // The details are one click away, in a disclosure that needs no script.
        const details = card.getByText(m.t('matching_talents.card.details', { pseudonym }), { exact: true });
        await details.click();
        expect(await card.getByRole('table').count()).toBe(1);

        // Page 2 holds the rest.
        await clickAndLoad(
          companyPage,
          companyPage
            .getByRole('navigation', { name: m.t('matching_talents.pages.label'), exact: true })
            .getByRole('link', { name: m.t('matching_talents.pages.next'), exact: true }),
        );
        expect(pathOf(companyPage)).toBe(`/${lang}/stellen/${positionId}/kandidaten?page=2`);
        expect(await companyPage.locator('li.vr-talent-card').count()).toBe(2);
        await clickAndLoad(
          companyPage,
          companyPage.getByRole('link', { name: m.t('matching_talents.pages.previous'), exact: true }),
        );

        // 2. It invites the talent; the card says so and the button is gone.
        const again = companyPage.locator('li.vr-talent-card').filter({ hasText: pseudonym });
        await clickAndLoad(
          companyPage,
          again.getByRole('button', { name: m.t('matching_talents.card.invite', { pseudonym }), exact: true }),
        );
        await expectFlash(companyPage, m.t('matching_talents.flash.invited'));
        const invited = companyPage.locator('li.vr-talent-card').filter({ hasText: pseudonym });
        expect(await invited.getByText(m.t('matching_talents.state_company.open'), { exact: true }).count()).toBe(1);
        expect(
          await invited
            .getByRole('button', { name: m.t('matching_talents.card.invite', { pseudonym }), exact: true })
            .count(),
        ).toBe(0);

        // 3. The talent sees the invitation above the matches and applies through the usual form.
        const talentPage = await openedPage(width);
        await logIn(talentPage, baseUrl, m, talentEmail, DEMO_PASSWORD);
        await visit(talentPage, `${baseUrl}/${lang}/profil/passende-stellen`);
        const invitations = talentPage.getByRole('region', {
          name: m.t('matching_talents.mine.heading', { count: 1 }),
          exact: true,
        });
        expect(await invitations.getByText(title, { exact: true }).count()).toBe(1);
        await clickAndLoad(
          talentPage,
          invitations.getByRole('link', { name: m.t('matching_talents.mine.apply', { position: title }), exact: true }),
        );
        expect(pathOf(talentPage)).toBe(`/${lang}/bewerbungen/neu/${positionId}`);
        const form = talentPage.getByRole('main');
        await form
          .getByRole('textbox', { name: m.t('matching_applications.fields.motivation'), exact: true })
          .fill('Ich möchte Mechatronikerin werden und spreche Arabisch und Deutsch.');
        await clickAndLoad(
          talentPage,
          form.getByRole('button', { name: m.t('matching_applications.apply.submit'), exact: true }),
        );
        expect(pathOf(talentPage)).toMatch(new RegExp(`^/${lang}/bewerbungen/[0-9a-f-]{36}$`));
        await expectFlash(talentPage, m.t('matching_applications.flash.submitted'));
        expect(
          await talentPage
            .getByText(m.t('matching_applications.detail.pseudonym_note_applicant'), { exact: true })
            .count(),
        ).toBe(1);
        await visit(talentPage, `${baseUrl}/${lang}/profil/passende-stellen`);
        expect(
          await talentPage.getByText(m.t('matching_talents.state_applicant.applied'), { exact: true }).count(),
        ).toBe(1);

        // 4. The company's overview says that the talent applied — by pseudonym only.
        await clickAndLoad(
          companyPage,
          companyPage.getByRole('link', {
            name: m.t('matching_talents.overview.link', { invited: 1, saved: 0 }),
            exact: true,
          }),
        );
        expect(pathOf(companyPage)).toBe(`/${lang}/stellen/${positionId}/talente`);
        const row = companyPage.getByRole('listitem').filter({ hasText: pseudonym });
        expect(await row.getByText(m.t('matching_talents.state_company.applied'), { exact: true }).count()).toBe(1);
        expect(await companyPage.content()).not.toContain('Talent Beispiel');
        await session.closePages();
      }, 180_000);
});
