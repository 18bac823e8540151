import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { TestClient, useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { closeExpiredPositions } from './use-cases/change-position-status.js';

const test = useTestPlatform();

const FORM = {
  kind: 'apprenticeship',
  occupation_id: 'mechatroniker',
  title: 'Ausbildung Mechatroniker/-in 2027 </script><b>',
  description: 'Wir bilden seit 30 Jahren aus.',
  postcode: '45127',
  address: 'Hafenstraße 1',
  starts_on: '2099-08-01',
  places: '3',
  required_certificate: 'msa',
  language_1_code: 'tr',
  language_1_level: 'B1',
  benefits: 'mentoring',
  deadline: '2099-06-30',
};

async function company(options: { verified?: boolean; type?: 'company' | 'provider' } = {}) {
  const user = await createUser(test.db, {
    organisation: {
      type: options.type ?? 'company',
      verified_at: options.verified === false ? null : new Date(),
      city: 'essen',
    },
  });
  return { user, client: await signedInClient(test, user.email) };
}

async function createPublished(client: TestClient, fields: Record<string, string> = {}): Promise<string> {
  const created = await client.postForm('/de/stellen/neu', { ...FORM, ...fields });
  expect(created.statusCode, created.body.slice(0, 2000)).toBe(303);
  const id = /\/de\/stellen\/([0-9a-f-]{36})/.exec(created.headers.location as string)?.[1] as string;
  expect((await client.postForm(`/de/stellen/${id}/veroeffentlichen`, {})).statusCode).toBe(303);
  return id;
}

describe('positions', () => {
  it('a verified company drafts, publishes and closes a position; the public page carries escaped JobPosting JSON-LD', async () => {
    const { client } = await company();
    const created = await client.postForm('/de/stellen/neu', FORM);
    expect(created.statusCode).toBe(303);
    const id = /\/de\/stellen\/([0-9a-f-]{36})/.exec(created.headers.location as string)?.[1] as string;
    const anonymous = new TestClient(test.app);
    expect((await anonymous.get(`/de/stellen/${id}`)).statusCode).toBe(404);
    expect((await client.get(`/de/stellen/${id}`)).body).not.toContain('application/ld+json');

    expect((await client.postForm(`/de/stellen/${id}/veroeffentlichen`, {})).statusCode).toBe(303);
    const page = await anonymous.get(`/de/stellen/${id}`);
    expect(page.statusCode).toBe(200);
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.body)?.[1] as string;
    expect(script).not.toContain('<');
    const jsonLd = JSON.parse(script) as Record<string, unknown>;
    expect(jsonLd['@type']).toBe('JobPosting');
    expect(jsonLd.title).toBe(FORM.title);
    expect(jsonLd.validThrough).toMatch(/^2099-06-30/);
    expect(jsonLd.validThrough).toBe('2099-06-30T23:59:59+02:00');
    expect(jsonLd.occupationalCategory).toBe('Mechatroniker/-in');
    expect(JSON.stringify(jsonLd.jobLocation)).toContain('Essen');

    const search = await anonymous.get(
      '/de/stellen?occupation=mechatroniker&city=essen&language=tr&certificate=msa&kind=apprenticeship',
    );
    expect(search.statusCode).toBe(200);
    expect(search.body).toContain(`/de/stellen/${id}`);
    expect((await anonymous.get('/de/stellen?city=dortmund')).body).not.toContain(`/de/stellen/${id}`);

    expect((await client.postForm(`/de/stellen/${id}/schliessen`, {})).statusCode).toBe(303);
    expect((await anonymous.get(`/de/stellen/${id}`)).statusCode).toBe(404);
    expect((await anonymous.get('/de/stellen')).body).not.toContain(`/de/stellen/${id}`);
  });

  it('edits keep the city in step with the postcode', async () => {
    const { client } = await company();
    const id = await createPublished(client);
    expect((await client.postForm(`/de/stellen/${id}/bearbeiten`, { ...FORM, postcode: '44135' })).statusCode).toBe(
      303,
    );
    const row = await test.db
      .selectFrom('positions')
      .select(['city', 'postcode', 'status'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ city: 'dortmund', postcode: '44135', status: 'published' });
  });

  it('expired positions are neither listed nor shown, and the daily job closes them', async () => {
    const { client, user } = await company();
    const id = await createPublished(client);
    await test.db
      .updateTable('positions')
      .set({ deadline: '2020-01-01', starts_on: '2020-02-01' })
      .where('id', '=', id)
      .execute();
    const anonymous = new TestClient(test.app);
    expect((await anonymous.get(`/de/stellen/${id}`)).statusCode).toBe(404);
    expect((await anonymous.get('/de/stellen')).body).not.toContain(id);
    expect(await closeExpiredPositions(test.db)).toBe(1);
    const row = await test.db
      .selectFrom('positions')
      .select(['status', 'closed_at', 'organisation_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('closed');
    expect(row.closed_at).not.toBeNull();
    expect(row.organisation_id).toBe(user.organisation?.id);
  });

  it('the daily job closes a position whose deadline ended in German time, even before midnight UTC', async () => {
    const { client } = await company();
    const endedId = await createPublished(client);
    const openId = await createPublished(client);
    await test.db.updateTable('positions').set({ deadline: '2026-05-31' }).where('id', '=', endedId).execute();
    await test.db.updateTable('positions').set({ deadline: '2026-06-01' }).where('id', '=', openId).execute();
    // 23:30 UTC on 31 May is 01:30 on 1 June in the Ruhr.
    await closeExpiredPositions(test.db, new Date('2026-05-31T23:30:00Z'));
    const statuses = await test.db
      .selectFrom('positions')
      .select(['id', 'status'])
      .where('id', 'in', [endedId, openId])
      .execute();
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({
      [endedId]: 'closed',
      [openId]: 'published',
    });
  });

  it('bad input gets a 400 with a message per field, and nothing is written', async () => {
    const { client } = await company();
    const response = await client.postForm('/de/stellen/neu', {
      ...FORM,
      occupation_id: 'astronaut',
      postcode: '10115',
      starts_on: '2099-02-30',
      places: '0',
      language_2_code: 'xx',
      deadline: 'morgen',
      kind: '',
    });
    expect(response.statusCode).toBe(400);
    for (const field of ['occupation_id', 'postcode', 'starts_on', 'places', 'language_2_code', 'deadline', 'kind'])
      expect(response.body).toContain(`href="#field-${field}"`);
    const halfRow = await client.postForm('/de/stellen/neu', { ...FORM, language_1_level: '' });
    expect(halfRow.statusCode).toBe(400);
    expect(halfRow.body).toContain('href="#field-language_1_level"');
    expect(response.body).toContain('Diese Postleitzahl kennen wir nicht.');
    const late = await client.postForm('/de/stellen/neu', { ...FORM, deadline: '2099-09-01' });
    expect(late.statusCode).toBe(400);
    expect(late.body).toContain('Der Bewerbungsschluss muss vor dem Beginn');
    expect((await client.postForm('/de/stellen/neu', { ...FORM, salary: '1' })).statusCode).toBe(400);
    expect((await client.get('/de/stellen?kind=ufo')).statusCode).toBe(400);
    expect((await client.get('/de/stellen/not-a-uuid')).statusCode).toBe(400);
    const count = await test.db
      .selectFrom('positions')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('policy: another company, a provider, an unverified company, an applicant and an anonymous visitor cannot create or change positions', async () => {
    const { client: owner } = await company();
    const id = await createPublished(owner);
    const draft = /\/de\/stellen\/([0-9a-f-]{36})/.exec(
      (await owner.postForm('/de/stellen/neu', FORM)).headers.location as string,
    )?.[1] as string;

    const otherCompany = (await company()).client;
    const strangers = [
      otherCompany,
      (await company({ type: 'provider' })).client,
      (await company({ verified: false })).client,
      await signedInClient(test, (await createUser(test.db)).email),
    ];
    for (const client of strangers) {
      if (client !== otherCompany) {
        expect((await client.get('/de/stellen/neu')).statusCode).toBe(403);
        expect((await client.postForm('/de/stellen/neu', FORM)).statusCode).toBe(403);
      }
      expect((await client.get(`/de/stellen/${id}/bearbeiten`)).statusCode).toBe(403);
      expect((await client.postForm(`/de/stellen/${id}/bearbeiten`, { ...FORM, title: 'Gekapert' })).statusCode).toBe(
        403,
      );
      expect((await client.postForm(`/de/stellen/${id}/schliessen`, {})).statusCode).toBe(403);
      expect((await client.get(`/de/stellen/${id}/kandidaten`)).statusCode).toBe(403);
      // A draft of another company does not exist for them.
      expect((await client.get(`/de/stellen/${draft}`)).statusCode).toBe(404);
      expect((await client.postForm(`/de/stellen/${draft}/veroeffentlichen`, {})).statusCode).toBe(404);
      expect((await client.get(`/de/stellen/${draft}/kandidaten`)).statusCode).toBe(404);
    }
    const anonymous = new TestClient(test.app);
    expect((await anonymous.get('/de/stellen/neu')).statusCode).toBe(303);
    expect([401, 303]).toContain((await anonymous.postForm(`/de/stellen/${id}/schliessen`, {})).statusCode);
    expect([401, 303]).toContain((await anonymous.postForm(`/de/stellen/${id}/bearbeiten`, FORM)).statusCode);
    expect([401, 303]).toContain((await anonymous.get(`/de/stellen/${id}/kandidaten`)).statusCode);
    const row = await test.db
      .selectFrom('positions')
      .select(['title', 'status'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ title: FORM.title, status: 'published' });
    const draftRow = await test.db
      .selectFrom('positions')
      .select('status')
      .where('id', '=', draft)
      .executeTakeFirstOrThrow();
    expect(draftRow.status).toBe('draft');
  });
});
