import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { TestClient, useTestPlatform } from '../../../../tests/setup/test-platform.js';
import type { ApplicationStatus } from '../tables.js';

const test = useTestPlatform();

/** A full position form with every fact a German training contract states. */
const FORM = {
  kind: 'apprenticeship',
  occupation_id: 'mechatroniker',
  title: 'Ausbildung Mechatroniker/-in 2099',
  description: 'Wir bilden seit 30 Jahren aus.',
  postcode: '45127',
  address: 'Hafenstraße 1',
  starts_on: '2099-08-01',
  places: '2',
  required_certificate: 'msa',
  benefits: 'mentoring',
  deadline: '2099-06-30',
  pay_year_1: '1050',
  pay_year_2: '1110',
  pay_year_3: '1190',
  pay_year_4: '1260',
  weekly_hours: '35',
  part_time_possible: 'yes',
  school_name: 'Robert-Bosch-Berufskolleg',
  school_place: 'Essen-Altendorf',
  offer_text: 'Übernahme nach bestandener Prüfung.',
  contact_name: 'Frau Kübra Testperson-Lindqvist',
  contact_role: 'Ausbildungsleitung',
  contact_phone: '+49 201 5550 1234',
  contact_email: 'ausbildung.lindqvist@betrieb.example',
};
/** Strings that reveal the contact person; none may reach a reader the company has not invited. */
const CONTACT_NEEDLES = ['Testperson-Lindqvist', 'Kübra', '5550 1234', 'ausbildung.lindqvist', 'Ausbildungsleitung'];

async function company() {
  const user = await createUser(test.db, {
    organisation: { type: 'company', verified_at: new Date(), city: 'essen' },
  });
  return { user, client: await signedInClient(test, user.email) };
}

async function createPublished(client: TestClient, fields: Record<string, string> = {}): Promise<string> {
  const created = await client.postForm('/de/stellen/neu', { ...FORM, ...fields });
  expect(created.statusCode, created.body.slice(0, 3000)).toBe(303);
  const id = /\/de\/stellen\/([0-9a-f-]{36})/.exec(created.headers.location as string)?.[1] as string;
  expect((await client.postForm(`/de/stellen/${id}/veroeffentlichen`, {})).statusCode).toBe(303);
  return id;
}

/** Body checks that name the missing text instead of printing the whole page. */
function expectText(body: string, text: string) {
  expect(body.includes(text), `expected the page to contain: ${text}`).toBe(true);
}
function expectNoText(body: string, text: string) {
  expect(body.includes(text), `expected the page not to contain: ${text}`).toBe(false);
}

async function countPositions(): Promise<number> {
  const row = await test.db
    .selectFrom('positions')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** An applicant with a profile and an application to the position in the given status. */
async function applicant(positionId: string, status: ApplicationStatus) {
  const user = await createUser(test.db);
  const position = await test.db
    .selectFrom('positions')
    .select(['organisation_id', 'title', 'postcode'])
    .where('id', '=', positionId)
    .executeTakeFirstOrThrow();
  const pseudonym = `Talent-${Math.random().toString(36).slice(2, 8)}`;
  const profile = await test.db
    .insertInto('applicant_profiles')
    .values({
      user_id: user.id,
      pseudonym,
      certificate: 'msa',
      languages: JSON.stringify([{ code: 'de', level: 'C1' }]),
      potentials: JSON.stringify({}),
      postcode: position.postcode,
      travel_km: 20,
      available_from: '2099-08-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const application = await test.db
    .insertInto('applications')
    .values({
      position_id: positionId,
      profile_id: profile.id,
      organisation_id: position.organisation_id,
      position_title: position.title,
      pseudonym,
      status,
      qualifications: JSON.stringify({}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { client: await signedInClient(test, user.email), applicationId: application.id };
}

describe('what a position tells', () => {
  it('the public page shows pay per training year, hours, part-time, school and offers, once each; JSON-LD carries the fitting fields and no contact', async () => {
    const { client } = await company();
    const id = await createPublished(client);
    const row = await test.db
      .selectFrom('positions')
      .select(['training_pay', 'weekly_hours', 'benefits', 'school_name', 'school_place', 'contact_email'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      training_pay: [1050, 1110, 1190, 1260],
      weekly_hours: 35,
      benefits: ['mentoring', 'part_time'],
      school_name: 'Robert-Bosch-Berufskolleg',
      school_place: 'Essen-Altendorf',
      contact_email: 'ausbildung.lindqvist@betrieb.example',
    });

    const page = await new TestClient(test.app).get(`/de/stellen/${id}`);
    expect(page.statusCode).toBe(200);
    expectText(page.body, '1. Ausbildungsjahr: 1.050\u00a0€ im Monat (brutto)');
    expectText(page.body, '4. Ausbildungsjahr: 1.260\u00a0€ im Monat (brutto)');
    expectText(page.body, '35 Stunden pro Woche');
    expectText(page.body, 'Robert-Bosch-Berufskolleg, Essen-Altendorf');
    expectText(page.body, 'Übernahme nach bestandener Prüfung.');
    expectText(page.body, 'Ausbildung in Teilzeit');
    // The address is named once, the occupation explained, the company profile linked.
    const visible = page.body.replace(/<script[\s\S]*?<\/script>/g, '');
    expect(visible.split('Hafenstraße 1').length - 1).toBe(1);
    expectText(page.body, '3½ Jahre');
    expectText(page.body, `href="/de/firmen/`);
    // Hints written for the company's form never reach the public page.
    expectNoText(page.body, 'wie im Ausbildungsvertrag');
    expectNoText(page.body, 'im anonymisierten Verfahren eingeladen');
    for (const needle of CONTACT_NEEDLES) expectNoText(page.body, needle);

    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.body)?.[1] as string;
    const jsonLd = JSON.parse(script) as Record<string, unknown>;
    expect(jsonLd.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 1050, maxValue: 1260, unitText: 'MONTH' },
    });
    expect(jsonLd.employmentType).toEqual(['FULL_TIME', 'PART_TIME']);
    expect(jsonLd.workHours).toBe('35 hours per week');
    expect(jsonLd.validThrough).toBe('2099-06-30T23:59:59+02:00');
    expect(jsonLd.jobStartDate).toBe('2099-08-01');

    // In Arabic the occupation carries its Arabic name and the official German one beside it.
    const arabic = await new TestClient(test.app).get(`/ar/stellen/${id}`);
    expectText(arabic.body, 'فني/ة ميكاترونيكس');
    expectText(arabic.body, '<span lang="de">Mechatroniker/-in</span>');
  });

  it('a position without the optional facts says nothing about them and carries no salary in JSON-LD', async () => {
    const { client } = await company();
    const bare = Object.fromEntries(
      Object.keys(FORM)
        .filter((key) => key.startsWith('pay_') || key.startsWith('contact_') || key.startsWith('school_'))
        .map((key) => [key, '']),
    );
    const id = await createPublished(client, { ...bare, weekly_hours: '', part_time_possible: 'no', offer_text: '' });
    const page = await new TestClient(test.app).get(`/de/stellen/${id}`);
    expectNoText(page.body, 'Ausbildungsvergütung');
    expectNoText(page.body, 'Stunden pro Woche');
    const jsonLd = JSON.parse(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.body)?.[1] as string,
    ) as Record<string, unknown>;
    expect(jsonLd.baseSalary).toBeUndefined();
    expect(jsonLd.workHours).toBeUndefined();
    expect(jsonLd.employmentType).toBe('FULL_TIME');
  });

  it('bad facts get a 400 with a message at each field, and nothing is written or half-changed', async () => {
    const { client } = await company();
    const cases: [Record<string, string>, string, string][] = [
      [{ pay_year_1: 'viel' }, 'pay_year_1', 'Bitte geben Sie den Betrag in ganzen Euro an'],
      [{ pay_year_1: '-50' }, 'pay_year_1', 'Bitte geben Sie den Betrag in ganzen Euro an'],
      [{ pay_year_2: '4200' }, 'pay_year_2', 'zwischen 0 und 3.000 Euro'],
      [{ pay_year_1: '', pay_year_2: '900' }, 'pay_year_2', 'zuerst die Ausbildungsjahre davor'],
      [{ pay_year_3: '1000' }, 'pay_year_3', 'steigt mit jedem Ausbildungsjahr'],
      [{ weekly_hours: '10' }, 'weekly_hours', 'zwischen 15 und 40'],
      [{ weekly_hours: '41' }, 'weekly_hours', 'zwischen 15 und 40'],
      [{ weekly_hours: '37,5' }, 'weekly_hours', 'zwischen 15 und 40'],
      [{ part_time_possible: 'vielleicht' }, 'part_time_possible', 'Bitte wählen Sie Ja oder Nein.'],
      [{ school_name: '', school_place: 'Essen' }, 'school_name', 'den Namen der Berufsschule'],
      [{ contact_name: '' }, 'contact_name', 'den Namen der Ansprechperson'],
      [{ contact_phone: '', contact_email: '' }, 'contact_phone', 'eine Telefonnummer oder eine E-Mail-Adresse'],
      [{ contact_phone: 'ruf mich an' }, 'contact_phone', 'mindestens 6 Ziffern'],
      [{ contact_email: 'ausbildung@' }, 'contact_email', ''],
      [{ deadline: '2099-09-01' }, 'deadline', 'Der Bewerbungsschluss muss vor dem Beginn'],
    ];
    for (const [fields, field, message] of cases) {
      const response = await client.postForm('/de/stellen/neu', { ...FORM, ...fields });
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
      expectText(response.body, `href="#field-${field}"`);
      expectText(response.body, message);
    }
    expect(await countPositions()).toBe(0);
    // An internship's pay need not rise; an apprenticeship's must.
    await createPublished(client, { kind: 'internship', pay_year_1: '600', pay_year_2: '600' });

    const id = await createPublished(client);
    const edit = await client.postForm(`/de/stellen/${id}/bearbeiten`, {
      ...FORM,
      title: 'Neuer Titel',
      weekly_hours: '50',
    });
    expect(edit.statusCode).toBe(400);
    const row = await test.db
      .selectFrom('positions')
      .select(['title', 'weekly_hours'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ title: FORM.title, weekly_hours: 35 });
  });

  it('the edit form shows the stored facts again, and part-time can be switched off', async () => {
    const { client } = await company();
    const id = await createPublished(client);
    const form = await client.get(`/de/stellen/${id}/bearbeiten`);
    expectText(form.body, 'value="1260"');
    expectText(form.body, 'value="Robert-Bosch-Berufskolleg"');
    expectText(form.body, 'value="ausbildung.lindqvist@betrieb.example"');
    expect(
      (await client.postForm(`/de/stellen/${id}/bearbeiten`, { ...FORM, part_time_possible: 'no' })).statusCode,
    ).toBe(303);
    const row = await test.db.selectFrom('positions').select('benefits').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.benefits).toEqual(['mentoring']);
  });

  it('the contact person: only the own company and an applicant it invited see it; not before, not others, not after a decline', async () => {
    const { client: owner } = await company();
    const id = await createPublished(owner);
    const shows = (body: string) => CONTACT_NEEDLES.every((needle) => body.includes(needle));
    const hidesAll = (body: string) => CONTACT_NEEDLES.every((needle) => !body.includes(needle));

    expect(shows((await owner.get(`/de/stellen/${id}`)).body)).toBe(true);

    const invited = await applicant(id, 'submitted');
    expect(hidesAll((await invited.client.get(`/de/stellen/${id}`)).body)).toBe(true);
    await test.db
      .updateTable('applications')
      .set({ status: 'invited' })
      .where('id', '=', invited.applicationId)
      .execute();
    const afterInvitation = (await invited.client.get(`/de/stellen/${id}`)).body;
    expect(shows(afterInvitation)).toBe(true);
    expectText(afterInvitation, 'Das Unternehmen hat Sie eingeladen.');
    expectText(afterInvitation, 'href="mailto:ausbildung.lindqvist@betrieb.example"');

    const other = await applicant(id, 'in_review');
    expect(hidesAll((await other.client.get(`/de/stellen/${id}`)).body)).toBe(true);
    expect(hidesAll((await new TestClient(test.app).get(`/de/stellen/${id}`)).body)).toBe(true);
    expect(hidesAll((await new TestClient(test.app).get(`/ar/stellen/${id}`)).body)).toBe(true);
    const { client: otherCompany } = await company();
    expect(hidesAll((await otherCompany.get(`/de/stellen/${id}`)).body)).toBe(true);
    // An invitation to another position of the same company opens nothing here.
    const secondId = await createPublished(owner, { title: 'Zweite Stelle' });
    const elsewhere = await applicant(secondId, 'invited');
    expect(hidesAll((await elsewhere.client.get(`/de/stellen/${id}`)).body)).toBe(true);

    await test.db
      .updateTable('applications')
      .set({ status: 'declined' })
      .where('id', '=', invited.applicationId)
      .execute();
    expect(hidesAll((await invited.client.get(`/de/stellen/${id}`)).body)).toBe(true);
  });

  it('an applicant sees the apply button before the facts; the company does not', async () => {
    const { client: owner } = await company();
    const id = await createPublished(owner);
    const visitor = (await new TestClient(test.app).get(`/de/stellen/${id}`)).body;
    const button = visitor.indexOf(`href="/de/bewerbungen/neu/${id}"`);
    expect(button).toBeGreaterThan(0);
    expect(button).toBeLessThan(visitor.indexOf('id="position-facts"'));
    expect((await owner.get(`/de/stellen/${id}`)).body).not.toContain(`/de/bewerbungen/neu/${id}`);
  });
});
