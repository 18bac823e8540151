import { describe, expect, it } from 'vitest';
import { createUser } from '../../seed/factories.js';
import { signedInClient } from '../../../tests/setup/sign-in.js';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';

const test = useTestPlatform();

const PROFILE = {
  about: 'Familienbetrieb für Gebäudetechnik mit 40 Beschäftigten in Essen-Kray.',
  offers: 'Übernahme nach der Ausbildung und ein Zuschuss zum Deutschlandticket.',
  commitments: 'charta_der_vielfalt',
  offers_mentoring: 'yes',
  mentoring_note: 'Eine erfahrene Gesellin begleitet jede Auszubildende durch das erste Jahr.',
};

function expectText(body: string, text: string) {
  expect(body.includes(text), `expected the page to contain: ${text}`).toBe(true);
}

async function companyAdmin(options: { verified?: boolean; type?: 'company' | 'provider' } = {}) {
  const admin = await createUser(test.db, {
    organisation: {
      type: options.type ?? 'company',
      verified_at: options.verified === false ? null : new Date(),
      city: 'essen',
      name: `Haustechnik ${Math.random().toString(36).slice(2, 7)} GmbH`,
    },
    role: 'admin',
  });
  const organisationId = admin.organisation?.id as string;
  return { admin, organisationId, client: await signedInClient(test, admin.email) };
}

async function profileRow(organisationId: string) {
  return test.db
    .selectFrom('company_profiles')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

async function publishedPosition(organisationId: string, status: 'published' | 'draft', title: string) {
  const postcode = await test.db
    .selectFrom('postcode_areas')
    .select('postcode')
    .where('city', '=', 'essen')
    .executeTakeFirstOrThrow();
  await test.db
    .insertInto('positions')
    .values({
      organisation_id: organisationId,
      kind: 'apprenticeship',
      occupation_id: 'anlagenmechaniker-shk',
      title,
      city: 'essen',
      postcode: postcode.postcode,
      starts_on: '2099-08-01',
      places: 1,
      deadline: '2099-06-30',
      status,
    })
    .execute();
}

describe('public company profile', () => {
  it('an admin writes the profile; everybody sees it with the open positions, drafts left out', async () => {
    const { client, organisationId } = await companyAdmin();
    const anonymous = new TestClient(test.app);
    const empty = await anonymous.get(`/de/firmen/${organisationId}`);
    expect(empty.statusCode).toBe(200);
    expectText(empty.body, 'hat sein Profil noch nicht ausgefüllt');

    const form = await client.get(`/de/firmen/${organisationId}/profil`);
    expect(form.statusCode).toBe(200);
    const saved = await client.postForm(`/de/firmen/${organisationId}/profil`, PROFILE);
    expect(saved.statusCode, saved.body.slice(0, 2000)).toBe(303);
    expect(saved.headers.location).toBe(`/de/firmen/${organisationId}`);
    await publishedPosition(organisationId, 'published', 'Ausbildung Anlagenmechaniker/-in SHK');
    await publishedPosition(organisationId, 'draft', 'Geheimer Entwurf');

    const page = await anonymous.get(`/de/firmen/${organisationId}`);
    expect(page.statusCode).toBe(200);
    for (const text of [
      PROFILE.about,
      PROFILE.offers,
      PROFILE.mentoring_note,
      'Wir haben die Charta der Vielfalt unterzeichnet.',
      'Ausbildung Anlagenmechaniker/-in SHK',
      'Eine offene Stelle',
    ])
      expectText(page.body, text);
    expect(page.body.includes('Geheimer Entwurf')).toBe(false);
    expect(page.body.includes('Öffentliches Profil bearbeiten')).toBe(false);
    // No member of the company appears on its public page.
    const { admin } = await companyAdmin();
    expect(page.body.includes(admin.email)).toBe(false);

    const arabic = await anonymous.get(`/ar/firmen/${organisationId}`);
    expectText(arabic.body, 'وقّعنا على ميثاق التنوع');
    expectText(arabic.body, 'فني/ة تمديدات صحية وتدفئة وتكييف');

    // The admin sees the edit link; the form shows what was stored.
    expectText((await client.get(`/de/firmen/${organisationId}`)).body, 'Öffentliches Profil bearbeiten');
    const again = await client.get(`/de/firmen/${organisationId}/profil`);
    expectText(again.body, PROFILE.offers);
  });

  it('bad input gets a 400 with a message per field and stores nothing', async () => {
    const { client, organisationId } = await companyAdmin();
    const cases: [Record<string, string>, string, string][] = [
      [{ about: 'x'.repeat(2001) }, 'about', 'höchstens 2.000 Zeichen'],
      [{ commitments: 'weltfrieden' }, 'commitments', 'nur aus den angebotenen'],
      [{ offers_mentoring: '' }, 'offers_mentoring', ''],
      [{ offers_mentoring: 'no' }, 'mentoring_note', 'wenn Sie Ihr Mentoring-Angebot beschreiben'],
    ];
    for (const [fields, field, message] of cases) {
      const response = await client.postForm(`/de/firmen/${organisationId}/profil`, { ...PROFILE, ...fields });
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
      expectText(response.body, `href="#field-${field}"`);
      expectText(response.body, message);
    }
    expect((await client.postForm(`/de/firmen/${organisationId}/profil`, { ...PROFILE, logo: 'x' })).statusCode).toBe(
      400,
    );
    expect(await profileRow(organisationId)).toBeUndefined();
  });

  it('policy: a member who is no admin, another company, an applicant and an anonymous visitor cannot edit', async () => {
    const { client: owner, organisationId } = await companyAdmin();
    expect((await owner.postForm(`/de/firmen/${organisationId}/profil`, PROFILE)).statusCode).toBe(303);

    const member = await createUser(test.db, { organisation: { id: organisationId }, role: 'member' });
    const strangers = [
      await signedInClient(test, member.email),
      (await companyAdmin()).client,
      await signedInClient(test, (await createUser(test.db)).email),
    ];
    for (const client of strangers) {
      expect((await client.get(`/de/firmen/${organisationId}/profil`)).statusCode).toBe(403);
      const attempt = await client.postForm(`/de/firmen/${organisationId}/profil`, {
        ...PROFILE,
        about: 'Gekapert',
      });
      expect(attempt.statusCode).toBe(403);
      expect((await client.get(`/de/firmen/${organisationId}`)).body.includes('Öffentliches Profil bearbeiten')).toBe(
        false,
      );
    }
    const anonymous = new TestClient(test.app);
    expect([303, 401]).toContain((await anonymous.get(`/de/firmen/${organisationId}/profil`)).statusCode);
    expect([303, 401, 403]).toContain(
      (await anonymous.postForm(`/de/firmen/${organisationId}/profil`, { ...PROFILE, about: 'Gekapert' })).statusCode,
    );
    expect((await profileRow(organisationId))?.about).toBe(PROFILE.about);
  });

  it('only verified companies have a public profile: an unverified company or a provider does not exist here', async () => {
    const unverified = await companyAdmin({ verified: false });
    const provider = await companyAdmin({ type: 'provider' });
    const anonymous = new TestClient(test.app);
    for (const { organisationId, client } of [unverified, provider]) {
      expect((await anonymous.get(`/de/firmen/${organisationId}`)).statusCode).toBe(404);
      expect((await client.get(`/de/firmen/${organisationId}/profil`)).statusCode).toBe(404);
      expect((await client.postForm(`/de/firmen/${organisationId}/profil`, PROFILE)).statusCode).toBe(404);
      expect(await profileRow(organisationId)).toBeUndefined();
    }
    expect((await anonymous.get('/de/firmen/00000000-0000-0000-0000-000000000000')).statusCode).toBe(404);
    expect((await anonymous.get('/de/firmen/kein-uuid')).statusCode).toBe(400);
  });
});
