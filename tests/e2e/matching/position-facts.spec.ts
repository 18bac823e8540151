import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createUser, DEMO_PASSWORD } from '../../../src/seed/factories.js';
import { clickAndLoad, expectHeading, expectLanguage, logIn, visit } from '../support/journey.js';
import { LANGS } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/** Where the screenshots go; look at them after a change to these pages. */
const SHOTS = process.env.VR_SCREENSHOTS ?? '.tmp/screenshots/position-facts';

/**
 * A visitor opens a position from the positions list, reads its facts (pay per training year,
 * hours, school, the occupation in plain words), follows the link to the company's public
 * profile and reads it — in German and Arabic, on a desktop and on a 375 px phone, where the
 * apply button sits within the first screen. axe scans every page on the way.
 */
describe('position facts and company profile in a browser', () => {
  const session = useBrowserSession();

  async function publishedPositionWithProfile(suffix: string) {
    const db = session.db;
    const company = await createUser(db, {
      organisation: {
        type: 'company',
        city: 'essen',
        verified_at: new Date(),
        name: `Haustechnik Kray ${suffix} GmbH`,
      },
      role: 'admin',
    });
    const organisationId = company.organisation?.id as string;
    await db
      .insertInto('company_profiles')
      .values({
        organisation_id: organisationId,
        about: 'Familienbetrieb für Heizung, Sanitär und Klima mit 40 Beschäftigten.',
        offers: 'Übernahme nach der Ausbildung und ein Zuschuss zum Deutschlandticket.',
        commitments: ['charta_der_vielfalt', 'anonymised_hiring'],
        offers_mentoring: true,
        mentoring_note: 'Eine erfahrene Gesellin begleitet jede Auszubildende durch das erste Jahr.',
        updated_by: company.id,
      })
      .execute();
    const title = `Ausbildung Anlagenmechaniker/-in SHK ${suffix}`;
    const position = await db
      .insertInto('positions')
      .values({
        organisation_id: organisationId,
        kind: 'apprenticeship',
        occupation_id: 'anlagenmechaniker-shk',
        title,
        description: 'Sie lernen Heizungen und Bäder einzubauen, mit festen Ansprechpersonen.',
        city: 'essen',
        postcode: '45127',
        address: 'Werkstatt Kray, Hubertstraße 10, 45127 Essen',
        starts_on: '2099-08-01',
        places: 2,
        required_certificate: 'hauptschulabschluss',
        benefits: ['mentoring', 'part_time'],
        deadline: '2099-06-30',
        training_pay: [870, 930, 1010, 1080],
        weekly_hours: 39,
        school_name: 'Berufskolleg Am Förderturm',
        school_place: 'Essen',
        offer_text: 'Ein Tablet für die Berufsschule, das Sie behalten dürfen.',
        contact_name: 'Frau Beispiel-Kontakt',
        contact_role: 'Ausbildungsleitung',
        contact_email: 'ausbildung@haustechnik-kray.example',
        status: 'published',
        published_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return {
      title,
      companyName: `Haustechnik Kray ${suffix} GmbH`,
      positionId: position.id,
      adminEmail: company.email,
    };
  }

  describe.each(LANGS)('in %s', (lang) => {
    it.each([1280, 375])(
      'at %i px: from the list to the position, its facts and the company profile',
      async (width) => {
        mkdirSync(SHOTS, { recursive: true });
        const m = session.messages[lang];
        const baseUrl = session.server.baseUrl;
        const { title, companyName, positionId } = await publishedPositionWithProfile(randomUUID().slice(0, 6));
        const page = await session.newPage();
        const height = 812;
        await page.setViewportSize({ width, height });

        await visit(page, `${baseUrl}/${lang}/stellen`);
        await expectLanguage(page, m);
        await clickAndLoad(page, page.getByRole('link', { name: title }));
        expect(new URL(page.url()).pathname).toBe(`/${lang}/stellen/${positionId}`);
        await expectHeading(page, title);

        // The apply button comes first, within the first screen even on a phone.
        const apply = page.getByRole('link', { name: m.t('matching_positions.page.apply'), exact: true });
        await expect.poll(() => apply.isVisible()).toBe(true);
        const box = await apply.boundingBox();
        expect(box, 'apply button has a box').not.toBeNull();
        expect((box?.y ?? height) + (box?.height ?? 0), 'apply button in the first screen').toBeLessThanOrEqual(height);

        // The facts, named as a description list; the address once; the contact person not at all.
        const facts = page.getByRole('region', { name: m.t('matching_positions.page.facts_heading') });
        await expect.poll(() => facts.isVisible()).toBe(true);
        for (const text of ['Berufskolleg Am Förderturm, Essen', 'Werkstatt Kray, Hubertstraße 10, 45127 Essen'])
          expect(await facts.getByText(text, { exact: true }).count(), text).toBe(1);
        expect(await facts.getByText(m.t('matching_positions.facts.part_time_yes'), { exact: true }).count()).toBe(1);
        expect(await page.getByText('Hubertstraße 10').count()).toBe(1);
        expect(await page.getByText('Beispiel-Kontakt').count()).toBe(0);
        const occupation = page.getByRole('region', {
          name: m.t('matching_positions.occupation.heading', {
            name:
              lang === 'de'
                ? 'Anlagenmechaniker/-in für Sanitär-, Heizungs- und Klimatechnik'
                : m.t('matching_occupations.names.anlagenmechaniker-shk'),
          }),
        });
        expect(await occupation.getByText(m.t('matching_occupations.tasks.anlagenmechaniker-shk')).count()).toBe(1);
        expect(
          await occupation.getByText(m.t('matching_positions.occupation.duration_42'), { exact: true }).count(),
        ).toBe(1);
        await page.screenshot({ path: `${SHOTS}/${lang}-${width}-position-top.png` });
        await page.screenshot({ path: `${SHOTS}/${lang}-${width}-position-full.png`, fullPage: true });

        // The company's name leads to its public profile.
        await clickAndLoad(page, page.getByRole('link', { name: companyName, exact: true }));
        await expectHeading(page, companyName);
        expect(
          await page.getByText(m.t('organisations_profile.commitments.charta_der_vielfalt'), { exact: true }).count(),
        ).toBe(1);
        expect(await page.getByRole('region', { name: m.t('organisations_profile.page.mentoring') }).count()).toBe(1);
        expect(await page.getByRole('link', { name: title }).count()).toBe(1);
        expect(await page.getByRole('link', { name: m.t('organisations_profile.page.edit') }).count()).toBe(0);
        await page.screenshot({ path: `${SHOTS}/${lang}-${width}-company-profile.png`, fullPage: true });
        await session.closePages();
      },
      120_000,
    );

    it('the company edits the facts at 375 px: a wrong value is named at its field', async () => {
      mkdirSync(SHOTS, { recursive: true });
      const m = session.messages[lang];
      const baseUrl = session.server.baseUrl;
      const { positionId, adminEmail } = await publishedPositionWithProfile(randomUUID().slice(0, 6));
      const page = await session.newPage();
      await page.setViewportSize({ width: 375, height: 812 });
      await logIn(page, baseUrl, m, adminEmail, DEMO_PASSWORD);
      await visit(page, `${baseUrl}/${lang}/stellen/${positionId}/bearbeiten`);
      // The contact person is part of the company's own form, with the hint on who sees it when.
      expect(await page.getByText(m.t('matching_positions.fields.contact_hint'), { exact: true }).count()).toBe(1);
      await page.getByLabel(m.t('matching_positions.fields.weekly_hours')).fill('50');
      await clickAndLoad(page, page.getByRole('button', { name: m.t('matching_core.position.save'), exact: true }));
      const summary = page.getByRole('alert');
      expect(
        await summary
          .getByRole('link', { name: m.t('matching_positions.validation.hours_range'), exact: true })
          .count(),
      ).toBe(1);
      await page.screenshot({ path: `${SHOTS}/${lang}-375-form-error.png`, fullPage: true });
      const row = await session.db
        .selectFrom('positions')
        .select('weekly_hours')
        .where('id', '=', positionId)
        .executeTakeFirstOrThrow();
      expect(row.weekly_hours).toBe(39);
      await session.closePages();
    }, 120_000);
  });
});
