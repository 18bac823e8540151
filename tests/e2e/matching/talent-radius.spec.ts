import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../src/core/db/database.js';
import { createUser, DEMO_PASSWORD } from '../../../src/seed/factories.js';
import { clickAndLoad, expectHeading, expectLanguage, logIn, pathOf, visit } from '../support/journey.js';
import { LANGS } from '../support/messages.js';
import { useBrowserSession } from '../support/session.js';

/**
 * A company searches talents "within 20 km" of its position's postcode (45127, Essen): the talents
 * in Bottrop and Gelsenkirchen are found across the city borders with their distance, the one in
 * Dortmund (about 33 km) is not; an unknown postcode is a message at the field. German and Arabic,
 * every page scanned with axe.
 */
describe('talent search by postcode radius in a browser', () => {
  const session = useBrowserSession();

  /** An active profile for Mechatroniker at `postcode`, straight into the tables (the profile form is tested elsewhere). */
  async function talentAt(db: Kysely<Database>, postcode: string): Promise<string> {
    const user = await createUser(db);
    const pseudonym = `Talent-${String(randomInt(100_000, 1_000_000))}`;
    await db
      .insertInto('applicant_profiles')
      .values({
        user_id: user.id,
        pseudonym,
        interests: ['mechatroniker'],
        certificate: 'msa',
        languages: JSON.stringify([{ code: 'de', level: 'C1' }]),
        postcode,
        travel_km: 40,
        available_from: new Date().toISOString().slice(0, 10),
      })
      .execute();
    return pseudonym;
  }

  async function publishedPositionAt(db: Kysely<Database>, organisationId: string, postcode: string): Promise<string> {
    const day = (days: number) => new Date(Date.now() + days * 24 * 3_600_000).toISOString().slice(0, 10);
    const row = await db
      .insertInto('positions')
      .values({
        organisation_id: organisationId,
        kind: 'apprenticeship',
        occupation_id: 'mechatroniker',
        title: `Ausbildung Mechatroniker/-in in Essen (${randomUUID().slice(0, 6)})`,
        city: 'essen',
        postcode,
        starts_on: day(120),
        places: 1,
        required_certificate: 'msa',
        deadline: day(60),
        status: 'published',
        published_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  describe.each(LANGS)('in %s', (lang) => {
    it('finds talents within 20 km of 45127 across city borders, with the distance per talent', async () => {
      const m = session.messages[lang];
      const db = session.db;
      const company = await createUser(db, {
        organisation: { type: 'company', city: 'essen', verified_at: new Date() },
        role: 'admin',
        locale: lang,
      });
      const positionId = await publishedPositionAt(db, company.organisation?.id as string, '45127');
      // Only this run's talents are active, so the result count is known.
      await db.updateTable('applicant_profiles').set({ is_active: false }).execute();
      const bottrop = await talentAt(db, '46236');
      const gelsenkirchen = await talentAt(db, '45879');
      const dortmund = await talentAt(db, '44135');

      const page = await session.newPage();
      await logIn(page, session.server.baseUrl, m, company.email, DEMO_PASSWORD);
      await visit(page, `${session.server.baseUrl}/${lang}/stellen/${positionId}/kandidaten`);
      await expectLanguage(page, m);
      const main = page.getByRole('main');
      const near = main.getByRole('textbox', {
        name: `${m.t('matching_core.candidates.near')} ${m.t('form.optional')}`,
        exact: true,
      });
      const radius = main.getByRole('textbox', {
        name: `${m.t('matching_core.candidates.radius')} ${m.t('form.optional')}`,
        exact: true,
      });
      await radius.fill('20');
      await clickAndLoad(page, main.getByRole('button', { name: m.t('matching_core.candidates.submit'), exact: true }));
      expect(pathOf(page)).toContain('radius=20');

      const results = page.getByRole('region', { name: m.t('matching_core.candidates.results', { count: 2 }) });
      const cards = results.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
      expect(await cards.count()).toBe(2);
      const text = await results.innerText();
      expect(text).toContain(bottrop);
      expect(text).toContain(gelsenkirchen);
      expect(text).not.toContain(dortmund);
      const distanceLine = (km: number) =>
        m.t('matching_core.distances.to_postcode', {
          postcode: '45127',
          distance: m.t('matching_core.distances.about', { km }),
        });
      expect(text).toContain(distanceLine(9)); // 45879 Gelsenkirchen
      expect(text).toContain(distanceLine(10)); // 46236 Bottrop
      expect(text).toContain(m.t('matching_core.distances.attribution'));

      // An unknown postcode: the form comes back with the message at the field (axe-scanned by clickAndLoad).
      await near.fill('99999');
      await clickAndLoad(page, main.getByRole('button', { name: m.t('matching_core.candidates.submit'), exact: true }));
      await expectHeading(page, m.t('matching_core.candidates.title', { title: await positionTitle(db, positionId) }));
      expect(await main.innerText()).toContain(m.t('matching_core.validation.postcode_unknown'));
      expect(await near.getAttribute('aria-invalid')).toBe('true');
      await session.closePages();
    }, 120_000);
  });

  async function positionTitle(db: Kysely<Database>, id: string): Promise<string> {
    const row = await db.selectFrom('positions').select('title').where('id', '=', id).executeTakeFirstOrThrow();
    return row.title;
  }
});
