import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { mechatronicsPositionForm } from '../test-position-form.js';

const test = useTestPlatform();

const PROFILE = {
  interest_1: 'mechatroniker',
  certificate: 'msa',
  foreign_certificate: 'Lise Diploması (Türkei)',
  recognition_status: 'in_progress',
  language_1_code: 'tr',
  language_1_level: 'C2',
  language_2_code: 'de',
  language_2_level: 'C1',
  strengths: 'Ich repariere gern Fahrräder.',
  postcode: '45127',
  travel_km: '25',
  available_from: '2099-07-01',
  is_active: 'on',
  full_name: 'Elif Brandtner',
};

const POSITION = mechatronicsPositionForm();

/** Every way "mother tongue" could appear in a page of the seven languages. */
const MOTHER_TONGUE =
  /value="native"|Muttersprach|native language|Native|ana dil|اللغة الأم|ojczyst|родной|рідна|рідну/i;

describe('fairness proxies: no mother tongue, no foreign certificate for companies', () => {
  it('offers CEFR levels A1–C2 only in every form, in every language, and refuses "native" with a message per field', async () => {
    const applicantUser = await createUser(test.db);
    const applicant = await signedInClient(test, applicantUser.email);
    const companyUser = await createUser(test.db, {
      organisation: { type: 'company', verified_at: new Date(), city: 'essen' },
    });
    const company = await signedInClient(test, companyUser.email);
    const created = await company.postForm('/de/stellen/neu', POSITION);
    const positionId = /\/de\/stellen\/([0-9a-f-]{36})/.exec(created.headers.location as string)![1]!;
    expect((await company.postForm(`/de/stellen/${positionId}/veroeffentlichen`, {})).statusCode).toBe(303);
    expect((await applicant.postForm('/de/profil', PROFILE)).statusCode).toBe(303);

    for (const lang of ['de', 'en', 'tr', 'ar', 'pl', 'ru', 'uk']) {
      const pages = [
        [applicant, `/${lang}/profil`],
        [applicant, `/${lang}/bewerbungen/neu/${positionId}`],
        [company, `/${lang}/stellen/neu`],
        [company, `/${lang}/stellen/${positionId}/kandidaten`],
      ] as const;
      for (const [client, url] of pages) {
        const page = await client.get(url);
        expect(page.statusCode, url).toBe(200);
        expect(page.body, url).toContain('value="C2"');
        expect(page.body, url).not.toMatch(MOTHER_TONGUE);
      }
    }

    const profile = await applicant.postForm('/de/profil', { ...PROFILE, language_1_level: 'native' });
    expect(profile.statusCode).toBe(400);
    expect(profile.body).toContain('href="#field-language_1_level"');
    const position = await company.postForm('/de/stellen/neu', { ...POSITION, language_1_level: 'native' });
    expect(position.statusCode).toBe(400);
    expect(position.body).toContain('href="#field-language_1_level"');
    const search = await company.get(`/de/stellen/${positionId}/kandidaten?language_1_code=de&language_1_level=native`);
    expect(search.statusCode).toBe(400);
    expect(search.body).toContain('href="#field-language_1_level"');
    const apply = await applicant.postForm(`/de/bewerbungen/neu/${positionId}`, {
      school_certificate: 'msa',
      language_1: 'tr',
      level_1: 'native',
      motivation: 'Ich repariere gern Maschinen.',
      full_name: 'Elif Brandtner',
      contact_email: 'elif@mail.example',
    });
    expect(apply.statusCode).toBe(400);
    expect(await test.db.selectFrom('applications').select('id').execute()).toHaveLength(0);
  });

  it('shows a company the German equivalent of a certificate and languages by level, never the foreign certificate', async () => {
    const applicantUser = await createUser(test.db);
    const applicant = await signedInClient(test, applicantUser.email);
    expect((await applicant.postForm('/de/profil', PROFILE)).statusCode).toBe(303);
    const companyUser = await createUser(test.db, {
      organisation: { type: 'company', verified_at: new Date(), city: 'essen' },
    });
    const company = await signedInClient(test, companyUser.email);
    const created = await company.postForm('/de/stellen/neu', POSITION);
    const positionId = /\/de\/stellen\/([0-9a-f-]{36})/.exec(created.headers.location as string)![1]!;
    expect((await company.postForm(`/de/stellen/${positionId}/veroeffentlichen`, {})).statusCode).toBe(303);

    const page = await company.get(`/de/stellen/${positionId}/kandidaten`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Mittlerer Schulabschluss');
    expect(page.body).toMatch(/Türkisch \(C2[^)]*\)/);
    expect(page.body).toMatch(/Deutsch \(C1[^)]*\)/);
    for (const never of ['Lise', 'Türkei', 'Ausländisch', 'Anerkennung', 'Abschluss aus dem Ausland'])
      expect(page.body, never).not.toContain(never);
    // The applicant keeps it on their own profile.
    expect((await applicant.get('/de/profil')).body).toContain('Lise Diploması (Türkei)');
  });
});
