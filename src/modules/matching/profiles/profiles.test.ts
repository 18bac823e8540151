import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { TestClient, useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { personalDataSources } from '../../../core/privacy/registry.js';
import { presentProfileForCompany } from './present.js';
import { mechatronicsPositionForm } from '../test-position-form.js';

const test = useTestPlatform();

const PROFILE = {
  interest_1: 'mechatroniker',
  interest_2: 'elektroniker',
  certificate: 'msa',
  foreign_certificate: 'Lise Diploması (Türkei)',
  recognition_status: 'in_progress',
  language_1_code: 'tr',
  language_1_level: 'C2',
  language_2_code: 'de',
  language_2_level: 'C1',
  experience_abroad: 'Ein Jahr in Izmir gelebt.',
  strengths: 'Ich repariere gern Fahrräder.',
  postcode: '45879',
  travel_km: '25',
  available_from: '2099-07-01',
  preferred_cities: 'essen',
  is_active: 'on',
  full_name: 'Aylin Zeynep Kaya',
  birth_date: '2008-03-14',
  gender: 'female',
  nationality: 'türkisch',
  address: 'Bahnhofstraße 9, 45879 Gelsenkirchen',
  phone: '0209 123456',
  contact_email: 'aylin.kaya@example.org',
  migration_history: 'yes',
};
const IDENTITY_VALUES = [
  'Aylin',
  'Kaya',
  '2008-03-14',
  '14.03.2008',
  'aylin.kaya@example.org',
  'Bahnhofstraße',
  '0209 123456',
  'türkisch',
];

const POSITION = mechatronicsPositionForm({ language_1_code: 'tr' });

async function applicant(fields: Record<string, string> = PROFILE) {
  const user = await createUser(test.db);
  const client = await signedInClient(test, user.email);
  const response = await client.postForm('/de/profil', fields);
  expect(response.statusCode, response.body.slice(0, 3000)).toBe(303);
  return { user, client };
}

async function publishedPosition() {
  // Fixed names: generated ones could share a word with the applicant's identity, which no page may contain.
  const user = await createUser(test.db, {
    display_name: 'Jonas Berger',
    organisation: { type: 'company', name: 'Autohaus Berger GmbH', verified_at: new Date(), city: 'essen' },
  });
  const client = await signedInClient(test, user.email);
  const created = await client.postForm('/de/stellen/neu', POSITION);
  const id = /\/de\/stellen\/([0-9a-f-]{36})/.exec(created.headers.location as string)?.[1] as string;
  expect((await client.postForm(`/de/stellen/${id}/veroeffentlichen`, {})).statusCode).toBe(303);
  return { id, client };
}

describe('applicant profiles', () => {
  it('an applicant creates a profile; the personal part is stored apart; the own page shows both', async () => {
    const { user, client } = await applicant();
    const profile = await test.db
      .selectFrom('applicant_profiles')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(profile.pseudonym).toMatch(/^Talent-\d{6}$/);
    expect(profile.language_ranks).toEqual({ tr: 6, de: 5 });
    expect(profile.certificate_rank).toBe(2);
    expect(JSON.stringify(profile)).not.toContain('Kaya');
    const identity = await test.db
      .selectFrom('applicant_identities')
      .selectAll()
      .where('profile_id', '=', profile.id)
      .executeTakeFirstOrThrow();
    expect(identity.full_name).toBe('Aylin Zeynep Kaya');
    expect(identity.self_declared_migration_history).toBe(true);
    const page = await client.get('/de/profil');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Aylin Zeynep Kaya');
    expect(page.body).toContain(profile.pseudonym);
    expect(page.body).toContain('Persönliche Angaben – getrennt gespeichert');

    expect(
      (await client.postForm('/de/profil', { ...PROFILE, travel_km: '40', full_name: 'Aylin Kaya' })).statusCode,
    ).toBe(303);
    const updated = await test.db
      .selectFrom('applicant_profiles')
      .select(['travel_km', 'pseudonym'])
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(updated).toEqual({ travel_km: 40, pseudonym: profile.pseudonym });
  });

  it('the company presenter carries no identity field and no user id or postcode', async () => {
    const { user } = await applicant();
    const profile = await test.db
      .selectFrom('applicant_profiles')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    const view = presentProfileForCompany(profile);
    const text = JSON.stringify(view);
    for (const value of [...IDENTITY_VALUES, user.id, user.email, '45879']) expect(text).not.toContain(value);
    expect(view.isMultilingual).toBe(true);
    expect(view.city).toBe('gelsenkirchen');
  });

  it('a company finds the bilingual candidate with the search, and no response contains the identity', async () => {
    await applicant();
    await applicant({ ...PROFILE, language_1_code: 'pl', full_name: 'Jan Nowak', contact_email: 'jan@example.org' });
    const { id, client } = await publishedPosition();
    const plain = await client.get(`/de/stellen/${id}/kandidaten`);
    expect(plain.statusCode).toBe(200);
    expect(plain.body).toContain('Talent-');
    const search = await client.get(
      `/de/stellen/${id}/kandidaten?language_1_code=tr&language_1_level=B2&language_2_code=de&language_2_level=B2&certificate=msa&occupation=mechatroniker&near=45127&radius=20`,
    );
    expect(search.statusCode).toBe(200);
    expect(search.body).toContain('1 passendes Talent');
    expect(search.body).toContain('mehrsprachig');
    expect(search.body).toContain('Interessiert sich genau für diesen Beruf.');
    for (const response of [plain, search])
      for (const value of [...IDENTITY_VALUES, 'Nowak', 'jan@example.org']) expect(response.body).not.toContain(value);
    const bad = await client.get(`/de/stellen/${id}/kandidaten?radius=500&language_1_code=tr`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#field-radius"');
  });

  it('an applicant sees ranked positions with reasons', async () => {
    const { client } = await applicant();
    const { id } = await publishedPosition();
    const page = await client.get('/de/profil/passende-stellen');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`/de/stellen/${id}`);
    expect(page.body).toContain('So gut passt es zu Ihnen');
    // The reasons speak to the applicant, the score table's caption is a sentence.
    expect(page.body).toContain('Sie interessieren sich genau für diesen Beruf.');
    expect(page.body).toMatch(/Insgesamt passt dieses Angebot zu \d+ Prozent zu Ihnen/);
  });

  it('bad input: a message per field, nothing written', async () => {
    const user = await createUser(test.db);
    const client = await signedInClient(test, user.email);
    const response = await client.postForm('/de/profil', {
      ...PROFILE,
      certificate: 'doktor',
      postcode: '1234',
      travel_km: '900',
      available_from: '2099-13-01',
      contact_email: 'kein-mail',
      full_name: '',
    });
    expect(response.statusCode).toBe(400);
    for (const field of ['certificate', 'postcode', 'travel_km', 'available_from', 'contact_email', 'full_name'])
      expect(response.body).toContain(`href="#field-${field}"`);
    const noLanguage = await client.postForm('/de/profil', {
      ...PROFILE,
      language_1_code: '',
      language_1_level: '',
      language_2_code: '',
      language_2_level: '',
      interest_1: '',
      interest_2: '',
      recognition_status: '',
    });
    expect(noLanguage.statusCode).toBe(400);
    for (const field of ['language_1_code', 'interest_1', 'recognition_status'])
      expect(noLanguage.body).toContain(`href="#field-${field}"`);
    expect((await client.postForm('/de/profil', { ...PROFILE, photo: 'x' })).statusCode).toBe(400);
    const rows = await test.db.selectFrom('applicant_profiles').select('id').execute();
    expect(rows).toHaveLength(0);
  });

  it("policy: members of organisations keep no profile; anonymous visitors are sent to sign in; one applicant never sees another's profile", async () => {
    const { client: first } = await applicant();
    const { user: second } = await applicant({
      ...PROFILE,
      full_name: 'Zweite Person',
      contact_email: 'zweite@example.org',
    });
    const page = await first.get('/de/profil');
    expect(page.body).not.toContain('Zweite Person');
    expect(page.body).not.toContain(second.email);
    for (const type of ['company', 'provider'] as const) {
      const member = await createUser(test.db, { organisation: { type, verified_at: new Date() } });
      const client = await signedInClient(test, member.email);
      expect((await client.get('/de/profil')).statusCode).toBe(403);
      expect((await client.postForm('/de/profil', PROFILE)).statusCode).toBe(403);
    }
    const anonymous = new TestClient(test.app);
    expect((await anonymous.get('/de/profil')).statusCode).toBe(303);
    expect((await anonymous.get('/de/profil/passende-stellen')).statusCode).toBe(303);
    // An applicant cannot open a company's candidate page either.
    const { id } = await publishedPosition();
    expect((await first.get(`/de/stellen/${id}/kandidaten`)).statusCode).toBe(403);
  });

  it('plugs into the data export and erasure', async () => {
    const { user } = await applicant();
    const source = personalDataSources().find((s) => s.id === 'matching_profiles');
    expect(source).toBeDefined();
    const exported = JSON.stringify(await source?.export(test.db, user.id));
    expect(exported).toContain('Aylin Zeynep Kaya');
    await test.db.transaction().execute((trx) => source?.erase(trx, user.id) ?? Promise.resolve());
    expect(await test.db.selectFrom('applicant_identities').select('profile_id').execute()).toHaveLength(0);
    expect(await test.db.selectFrom('applicant_profiles').select('id').execute()).toHaveLength(0);
  });
});
