import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { presentProfileForCompany } from './present.js';
import { mechatronicsPositionForm } from '../test-position-form.js';

const test = useTestPlatform();

const PROFILE = {
  interest_1: 'mechatroniker',
  certificate: 'msa',
  language_1_code: 'de',
  language_1_level: 'C1',
  strengths: 'Ich repariere gern Fahrräder.',
  postcode: '45127',
  travel_km: '25',
  available_from: '2099-07-01',
  is_active: 'on',
  full_name: 'Derya Ostermann-Kılıç',
};

const POSITION = mechatronicsPositionForm();

describe('profile free texts a company reads before consent', () => {
  it('refuses contact data and the own name in every free text, one message per field, nothing written', async () => {
    const user = await createUser(test.db);
    const client = await signedInClient(test, user.email);
    const response = await client.postForm('/de/profil', {
      ...PROFILE,
      foreign_certificate: 'Lise Diploması, Fragen an derya.o (at) web (punkt) de',
      recognition_status: 'in_progress',
      experience_abroad:
        'Ein Jahr in Izmir, erreichbar unter null eins sieben sechs eins zwei drei vier fünf sechs sieben',
      intercultural: 'Ich wohne Am Uhlenkamp 5, Essen',
      volunteering: 'Jugendtrainerin – fragen Sie nach Derya',
      strengths: 'Schreiben Sie mir: derya＠mail．example',
    });
    expect(response.statusCode).toBe(400);
    for (const field of ['foreign_certificate', 'experience_abroad', 'intercultural', 'volunteering', 'strengths'])
      expect(response.body).toContain(`href="#field-${field}"`);
    expect(response.body).toContain('Dieser Text enthält Kontaktdaten oder Ihren Namen');
    expect(await test.db.selectFrom('applicant_profiles').select('id').execute()).toHaveLength(0);
    // The same texts without the contact data are saved.
    expect(
      (await client.postForm('/de/profil', { ...PROFILE, volunteering: 'Jugendtrainerin im Sportverein' })).statusCode,
    ).toBe(303);
  });

  it('holds back a stored text with contact data from the company’s candidate card, and keeps it for the applicant', async () => {
    const user = await createUser(test.db);
    const client = await signedInClient(test, user.email);
    expect(
      (await client.postForm('/de/profil', { ...PROFILE, volunteering: 'Hausaufgabenhilfe im Jugendzentrum' }))
        .statusCode,
    ).toBe(303);
    // As a profile saved before the form refused such texts.
    const leaky = 'Ich bin Derya, 0 1 7 6 – 9 8 7 6 5 4 3 2, Kettwiger Str.12, 45127 Essen';
    await test.db
      .updateTable('applicant_profiles')
      .set({ potentials: JSON.stringify({ strengths: leaky, volunteering: 'Hausaufgabenhilfe im Jugendzentrum' }) })
      .where('user_id', '=', user.id)
      .execute();
    const row = await test.db
      .selectFrom('applicant_profiles')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(presentProfileForCompany(row).potentials).toEqual({ volunteering: 'Hausaufgabenhilfe im Jugendzentrum' });

    // Fixed names: generated ones could share a word with the applicant's identity, which no page may contain.
    const company = await createUser(test.db, {
      display_name: 'Jonas Berger',
      organisation: { type: 'company', name: 'Autohaus Berger GmbH', verified_at: new Date(), city: 'essen' },
    });
    const companyClient = await signedInClient(test, company.email);
    const created = await companyClient.postForm('/de/stellen/neu', POSITION);
    const positionId = /\/de\/stellen\/([0-9a-f-]{36})/.exec(created.headers.location as string)![1]!;
    expect((await companyClient.postForm(`/de/stellen/${positionId}/veroeffentlichen`, {})).statusCode).toBe(303);
    const candidates = await companyClient.get(`/de/stellen/${positionId}/kandidaten`);
    expect(candidates.statusCode).toBe(200);
    expect(candidates.body).toContain(row.pseudonym);
    for (const needle of ['Derya', '9 8 7 6', 'Kettwiger']) expect(candidates.body).not.toContain(needle);
    // The applicant still sees and can correct what they wrote.
    expect((await client.get('/de/profil')).body).toContain('Kettwiger Str.12');

    // A profile migration 021 marked (its texts named the applicant) shows no free text until saved again.
    await test.db
      .updateTable('applicant_profiles')
      .set({
        potentials: JSON.stringify({ strengths: 'Hausaufgabenhilfe im Jugendzentrum' }),
        free_texts_held_back: true,
      })
      .where('user_id', '=', user.id)
      .execute();
    expect((await companyClient.get(`/de/stellen/${positionId}/kandidaten`)).body).not.toContain('Hausaufgabenhilfe');
    expect(
      (await client.postForm('/de/profil', { ...PROFILE, strengths: 'Hausaufgabenhilfe im Jugendzentrum' })).statusCode,
    ).toBe(303);
    expect((await companyClient.get(`/de/stellen/${positionId}/kandidaten`)).body).toContain('Hausaufgabenhilfe');
  });
});
