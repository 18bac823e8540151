import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { TestClient, useTestPlatform } from '../../../../tests/setup/test-platform.js';

const test = useTestPlatform();

/** An applicant interested in Mechatroniker, living at `postcode` (the platform keeps only the postcode). */
const profile = (postcode: string, name: string) => ({
  interest_1: 'mechatroniker',
  certificate: 'msa',
  language_1_code: 'de',
  language_1_level: 'C1',
  postcode,
  travel_km: '40',
  available_from: '2099-07-01',
  is_active: 'on',
  full_name: name,
  contact_email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.org`,
});

const POSITION = {
  kind: 'apprenticeship',
  occupation_id: 'mechatroniker',
  title: 'Mechatroniker/-in in Essen',
  description: '',
  postcode: '45127',
  address: '',
  starts_on: '2099-08-01',
  places: '2',
  required_certificate: 'msa',
  deadline: '2099-06-30',
};

async function applicant(postcode: string, name: string) {
  const user = await createUser(test.db);
  const client = await signedInClient(test, user.email);
  const response = await client.postForm('/de/profil', profile(postcode, name));
  expect(response.statusCode, response.body.slice(0, 2000)).toBe(303);
  const row = await test.db
    .selectFrom('applicant_profiles')
    .select('pseudonym')
    .where('user_id', '=', user.id)
    .executeTakeFirstOrThrow();
  return { client, pseudonym: row.pseudonym };
}

async function company() {
  const user = await createUser(test.db, { organisation: { type: 'company', verified_at: new Date(), city: 'essen' } });
  return signedInClient(test, user.email);
}

async function publishedPosition(client: TestClient, fields: Record<string, string> = POSITION) {
  const created = await client.postForm('/de/stellen/neu', fields);
  const id = /\/de\/stellen\/([0-9a-f-]{36})/.exec(created.headers.location as string)?.[1] as string;
  expect((await client.postForm(`/de/stellen/${id}/veroeffentlichen`, {})).statusCode).toBe(303);
  return id;
}

/** The result cards of a candidate page, one string each. */
const cards = (body: string) => body.split('<li').filter((part) => part.includes('Talent-'));

describe('company talent search by postcode and radius', () => {
  it('"within 20 km of 45127" reaches Bottrop and Gelsenkirchen, not Dortmund, with the distance per talent', async () => {
    const bottrop = await applicant('46236', 'Bottrop Person');
    const gelsenkirchen = await applicant('45879', 'Gelsenkirchen Person');
    const dortmund = await applicant('44135', 'Dortmund Person');
    const client = await company();
    const id = await publishedPosition(client);

    const search = await client.get(`/de/stellen/${id}/kandidaten?near=45127&radius=20`);
    expect(search.statusCode).toBe(200);
    expect(search.body).toContain(bottrop.pseudonym);
    expect(search.body).toContain(gelsenkirchen.pseudonym);
    expect(search.body).not.toContain(dortmund.pseudonym);
    const bottropCard = cards(search.body).find((card) => card.includes(bottrop.pseudonym)) ?? '';
    expect(bottropCard).toMatch(
      /Entfernung zur Postleitzahl 45127: ca\. 1\d km|Entfernung zur Postleitzahl 45127: ca\. [89] km/,
    );
    expect(search.body).toContain('Entfernungen: Postleitzahl-Koordinaten von GeoNames, CC BY 4.0');

    // A wider radius takes in Dortmund (about 32 km from 45127); a small one keeps only the nearest.
    const wide = await client.get(`/de/stellen/${id}/kandidaten?near=45127&radius=40`);
    expect(wide.body).toContain(dortmund.pseudonym);
    const narrow = await client.get(`/de/stellen/${id}/kandidaten?near=45127&radius=5`);
    expect(narrow.body).not.toContain(bottrop.pseudonym);

    // Without a postcode the radius is measured from the position's own (45127); without both, the position's ranking.
    const fromPosition = await client.get(`/de/stellen/${id}/kandidaten?radius=20`);
    expect(fromPosition.body).toContain(bottrop.pseudonym);
    expect(fromPosition.body).not.toContain(dortmund.pseudonym);
    const plain = await client.get(`/de/stellen/${id}/kandidaten`);
    expect(plain.body).toContain(dortmund.pseudonym);
    expect(plain.body).toContain('Entfernung zum Einsatzort: ca. 33 km');
  });

  it('an unknown or malformed postcode is a 400 with a message at the field, never a guess', async () => {
    const client = await company();
    const id = await publishedPosition(client);
    const unknown = await client.get(`/de/stellen/${id}/kandidaten?near=99999&radius=20`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('href="#field-near"');
    expect(unknown.body).toContain('Diese Postleitzahl kennen wir nicht.');
    const malformed = await client.get(`/de/stellen/${id}/kandidaten?near=451&radius=20`);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).toContain('fünfstellige Postleitzahl');
    const arabic = await client.get(`/ar/stellen/${id}/kandidaten?near=10115`);
    expect(arabic.statusCode).toBe(400);
    expect(arabic.body).toContain('لا نعرف هذا الرمز البريدي.');
  });

  it('profiles may carry a neighbouring town’s postcode, positions only one of the seven cities; unknown ones are field errors', async () => {
    await applicant('45964', 'Gladbeck Person'); // Gladbeck, a neighbouring town
    const user = await createUser(test.db);
    const client = await signedInClient(test, user.email);
    const unknown = await client.postForm('/de/profil', profile('99999', 'Unbekannt Person'));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('href="#field-postcode"');
    expect(unknown.body).toContain('Diese Postleitzahl kennen wir nicht.');

    const employer = await company();
    const outside = await employer.postForm('/de/stellen/neu', { ...POSITION, postcode: '45964' });
    expect(outside.statusCode).toBe(400);
    expect(outside.body).toContain('href="#field-postcode"');
    expect(outside.body).toContain('Diese Postleitzahl liegt nicht in einer der sieben Städte.');
    const unknownPosition = await employer.postForm('/de/stellen/neu', { ...POSITION, postcode: '10115' });
    expect(unknownPosition.statusCode).toBe(400);
    expect(unknownPosition.body).toContain('Diese Postleitzahl kennen wir nicht.');
    expect(await test.db.selectFrom('positions').select('id').execute()).toHaveLength(0);
  });

  it('the applicant sees the distance to each matching position, with the GeoNames line', async () => {
    const { client } = await applicant('46236', 'Bottrop Person');
    await publishedPosition(await company());
    const page = await client.get('/de/profil/passende-stellen');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/Entfernung von Ihrer Postleitzahl: ca\. (9|10) km/);
    expect(page.body).toContain('Entfernungen: Postleitzahl-Koordinaten von GeoNames, CC BY 4.0');
  });

  it('another company, an applicant and an anonymous visitor cannot search the talents of a position', async () => {
    await applicant('46236', 'Bottrop Person');
    const id = await publishedPosition(await company());
    const other = await company();
    expect((await other.get(`/de/stellen/${id}/kandidaten?near=45127&radius=20`)).statusCode).toBe(403);
    const { client: someApplicant } = await applicant('45879', 'Gelsenkirchen Person');
    expect((await someApplicant.get(`/de/stellen/${id}/kandidaten?near=45127&radius=20`)).statusCode).toBe(403);
    const anonymous = new TestClient(test.app);
    expect((await anonymous.get(`/de/stellen/${id}/kandidaten?near=45127&radius=20`)).statusCode).toBe(303);
  });
});
