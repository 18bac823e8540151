import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { TestClient, useTestPlatform, waitForMail } from '../../../../tests/setup/test-platform.js';
import { OFFER_FORM, createOffer, memberOf, office } from './test-helpers.js';

const test = useTestPlatform();

/** A signed-in admin of a city administration (municipality) of the given city. */
async function cityOffice(email: string, city: string, options: { verified?: boolean } = {}) {
  const user = await createUser(test.db, {
    email,
    organisation: {
      type: 'municipality',
      city: city as 'essen',
      name: `Stadt ${city[0]?.toUpperCase()}${city.slice(1)} – Kommunales Integrationszentrum`,
      verified_at: options.verified === false ? null : new Date(),
    },
    role: 'admin',
  });
  return { user, client: await signedInClient(test, email) };
}

async function mailsTo(to: string) {
  return test.db
    .selectFrom('dev_outbox')
    .select(['subject', 'text_body'])
    .where('to_address', '=', to)
    .orderBy('id')
    .execute();
}

describe('catalogue review: mails to the provider', () => {
  it('mails the people who manage an entry when it is submitted, returned and published, each in their language', async () => {
    const provider = await memberOf(test, 'leitung@familienzentrum.example', { name: 'Familienzentrum Altendorf' });
    const colleague = await createUser(test.db, {
      email: 'kollegin@familienzentrum.example',
      organisation: { id: provider.organisationId },
      role: 'member',
      locale: 'tr',
    });
    const outsider = await createUser(test.db, {
      email: 'mitglied@familienzentrum.example',
      organisation: { id: provider.organisationId },
      role: 'member',
    });
    const colleagueClient = await signedInClient(test, colleague.email);
    const essen = await cityOffice('pruefung@essen.example', 'essen');

    // The colleague (a member, not an admin) creates the entry: she manages it and hears about it too.
    const id = await createOffer(colleagueClient);
    expect((await colleagueClient.postForm(`/de/eintraege/${id}/einreichen`, {})).statusCode).toBe(303);
    const submitted = await waitForMail(test, 'leitung@familienzentrum.example', { containing: 'zur Prüfung' });
    expect(submitted.subject).toBe(`Eingereicht: ${OFFER_FORM.title}`);
    const submittedTr = await waitForMail(test, colleague.email, { containing: 'incelemeye' });
    expect(submittedTr.subject).toBe(`Gönderildi: ${OFFER_FORM.title}`);

    const returned = await essen.client.postForm(`/de/verwaltung/eintraege/${id}/zurueckgeben`, {
      note: 'Bitte nennen Sie die Uhrzeit des Treffens.',
    });
    expect(returned.statusCode).toBe(303);
    const returnMail = await waitForMail(test, 'leitung@familienzentrum.example', { containing: 'Uhrzeit' });
    expect(returnMail.text_body).toContain('Stadt Essen – Kommunales Integrationszentrum hat den Eintrag');
    expect(returnMail.text_body).toContain(`/de/eintraege/${id}/bearbeiten`);

    await colleagueClient.postForm(`/de/eintraege/${id}/einreichen`, {});
    expect((await essen.client.postForm(`/de/verwaltung/eintraege/${id}/veroeffentlichen`, {})).statusCode).toBe(303);
    const published = await waitForMail(test, colleague.email, { containing: 'yayımladı' });
    expect(published.subject).toBe(`Yayımlandı: ${OFFER_FORM.title}`);
    expect(published.text_body).toContain(`/tr/eintraege/${id}`);
    await waitForMail(test, 'leitung@familienzentrum.example', { containing: 'veröffentlicht. Er ist' });
    const adminMails = await mailsTo('leitung@familienzentrum.example');
    expect(adminMails.map((mail) => mail.subject)).toEqual([
      `Eingereicht: ${OFFER_FORM.title}`,
      `Bitte überarbeiten: ${OFFER_FORM.title}`,
      `Eingereicht: ${OFFER_FORM.title}`,
      `Veröffentlicht: ${OFFER_FORM.title}`,
    ]);
    // A member who neither administers the organisation nor created the entry is not mailed.
    expect(await mailsTo(outsider.email)).toEqual([]);
  });
});

describe('catalogue review: city offices review their own city', () => {
  it('lets the city office of the entry’s city review it, and nobody else but the coordination office', async () => {
    const provider = await memberOf(test, 'team@jugendwerk.example', { name: 'Jugendwerk Ruhr' });
    const essen = await cityOffice('pruefung@stadt-essen.example', 'essen');
    const bochum = await cityOffice('pruefung@stadt-bochum.example', 'bochum');
    const pending = await cityOffice('neu@stadt-oberhausen.example', 'oberhausen', { verified: false });
    const company = await memberOf(test, 'ausbildung@metallbau.example', { type: 'company' });
    const otherProvider = await memberOf(test, 'team@nachbarverein.example');
    const coordination = await office(test);
    const anonymous = new TestClient(test.app);

    const essenEntry = await createOffer(provider.client, { title: 'Elterncafé in Essen-Katernberg' });
    const bochumEntry = await createOffer(provider.client, {
      title: 'Lernpatenschaften in Bochum-Wattenscheid',
      cities: 'bochum',
    });
    for (const id of [essenEntry, bochumEntry])
      expect((await provider.client.postForm(`/de/eintraege/${id}/einreichen`, {})).statusCode).toBe(303);

    const essenQueue = await essen.client.get('/de/verwaltung/eintraege');
    expect(essenQueue.statusCode).toBe(200);
    expect(essenQueue.body).toContain('Elterncafé in Essen-Katernberg');
    expect(essenQueue.body).not.toContain('Lernpatenschaften in Bochum-Wattenscheid');
    expect(essenQueue.body).toContain('Eingereichte und geänderte Einträge für Essen');
    // The overlaps overview is the coordination office's: a city office is not offered the link.
    expect(essenQueue.body).not.toContain('/de/verwaltung/ueberschneidungen');
    expect((await essen.client.get('/de/verwaltung/ueberschneidungen')).statusCode).toBe(403);

    const coordinationQueue = await coordination.client.get('/de/verwaltung/eintraege');
    expect(coordinationQueue.body).toContain('Elterncafé in Essen-Katernberg');
    expect(coordinationQueue.body).toContain('Lernpatenschaften in Bochum-Wattenscheid');
    expect(coordinationQueue.body).toContain('/de/verwaltung/ueberschneidungen');

    // Another city's office does not even see the entry, and cannot publish or return it.
    expect((await bochum.client.get(`/de/eintraege/${essenEntry}`)).statusCode).toBe(404);
    expect(
      (await bochum.client.postForm(`/de/verwaltung/eintraege/${essenEntry}/veroeffentlichen`, {})).statusCode,
    ).toBe(404);
    expect(
      (await bochum.client.postForm(`/de/verwaltung/eintraege/${essenEntry}/zurueckgeben`, { note: 'Nein.' }))
        .statusCode,
    ).toBe(404);
    // Another role: a provider and a company are refused, with the reason.
    for (const client of [otherProvider.client, company.client]) {
      const queue = await client.get('/de/verwaltung/eintraege');
      expect(queue.statusCode).toBe(403);
      expect(queue.body).toContain('Einträge prüfen die Koordinierungsstelle und die Stadtverwaltungen');
      expect(queue.body).toContain('href="/de/mein-bereich"');
      expect((await client.postForm(`/de/verwaltung/eintraege/${essenEntry}/veroeffentlichen`, {})).statusCode).toBe(
        404,
      );
    }
    // A city office still being checked is told so.
    const waiting = await pending.client.get('/de/verwaltung/eintraege');
    expect(waiting.statusCode).toBe(403);
    expect(waiting.body).toContain('Ihre Organisation wird gerade geprüft');
    // Anonymous: to sign-in for the page, 401 for the action.
    const signIn = await anonymous.get('/de/verwaltung/eintraege');
    expect(signIn.headers.location).toBe('/de/anmelden?next=%2Fde%2Fverwaltung%2Feintraege');
    expect((await anonymous.postForm(`/de/verwaltung/eintraege/${essenEntry}/veroeffentlichen`, {})).statusCode).toBe(
      401,
    );

    const page = await essen.client.get(`/de/eintraege/${essenEntry}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`/de/verwaltung/eintraege/${essenEntry}/veroeffentlichen`);
    expect(
      (await essen.client.postForm(`/de/verwaltung/eintraege/${essenEntry}/veroeffentlichen`, {})).statusCode,
    ).toBe(303);
    const status = await test.db
      .selectFrom('catalogue_entries')
      .select(['id', 'status'])
      .where('id', 'in', [essenEntry, bochumEntry])
      .orderBy('title')
      .execute();
    expect(Object.fromEntries(status.map((row) => [row.id, row.status]))).toEqual({
      [essenEntry]: 'published',
      [bochumEntry]: 'in_review',
    });
  });

  it('does not let a city office review its own entries; the coordination office does', async () => {
    const essen = await cityOffice('eintraege@stadt-essen.example', 'essen');
    const coordination = await office(test);
    const own = await createOffer(essen.client, { title: 'Bürgersprechstunde Integration Essen' });
    expect((await essen.client.postForm(`/de/eintraege/${own}/einreichen`, {})).statusCode).toBe(303);
    expect((await essen.client.get('/de/verwaltung/eintraege')).body).not.toContain(
      'Bürgersprechstunde Integration Essen',
    );
    expect((await essen.client.postForm(`/de/verwaltung/eintraege/${own}/veroeffentlichen`, {})).statusCode).toBe(403);
    expect((await coordination.client.get('/de/verwaltung/eintraege')).body).toContain(
      'Bürgersprechstunde Integration Essen',
    );
  });
});
