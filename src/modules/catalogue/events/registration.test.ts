import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { TestClient, useTestPlatform, waitForMail } from '../../../../tests/setup/test-platform.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { insertEvent } from '../formats/test-entries.js';
import { getEventRegistration } from './use-cases/get-event-registration.js';
import { days } from '../../../core/time/durations.js';

const test = useTestPlatform();
const DAY = days(1);

async function participant(email: string, overrides: { locale?: string; display_name?: string } = {}) {
  const user = await createUser(test.db, { email, ...overrides });
  return { user, client: await signedInClient(test, email) };
}

async function statuses(eventId: string) {
  const rows = await test.db
    .selectFrom('event_registrations as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.email', 'r.status'])
    .where('r.entry_id', '=', eventId)
    .orderBy('r.created_at')
    .execute();
  return Object.fromEntries(rows.filter((r) => r.status !== 'cancelled').map((r) => [r.email, r.status]));
}

describe('event registration: capacity and waiting list', () => {
  it('registers until the event is full, then puts people on the waiting list and tells them so', async () => {
    const event = await insertEvent(test.db, {
      details: { capacity: 2, place_address: 'Zollverein, Gelsenkirchener Str. 181, 45309 Essen' },
    });
    const ayse = await participant('ayse@mail.example');
    const jonas = await participant('jonas@mail.example');
    const olena = await participant('olena@mail.example');

    for (const { client } of [ayse, jonas]) {
      const response = await client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {});
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/de/veranstaltungen/meine');
    }
    const full = await olena.client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {});
    expect(full.statusCode).toBe(303);
    const page = await olena.client.get('/de/veranstaltungen/meine');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Die Veranstaltung ist ausgebucht: Sie stehen auf der Warteliste.');
    expect(page.body).toContain('Warteliste, Platz 1');
    expect(page.body).toContain('Azubi-Speed-Dating Essen');

    expect(await statuses(event.id)).toEqual({
      'ayse@mail.example': 'registered',
      'jonas@mail.example': 'registered',
      'olena@mail.example': 'waitlisted',
    });
    const box = await getEventRegistration({
      services: test.app.services,
      actor: { kind: 'anonymous' },
      eventId: event.id,
    });
    expect(box).toMatchObject({
      capacity: 2,
      registeredCount: 2,
      waitlistCount: 1,
      freePlaces: 0,
      closedReason: null,
      viewerStatus: null,
    });
  });

  it('treats an event without capacity as unlimited', async () => {
    const event = await insertEvent(test.db, { details: { online_url: 'https://meet.example/vielfalt' } });
    for (let n = 0; n < 4; n++) {
      const { client } = await participant(`gast${n}@mail.example`);
      expect((await client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {})).statusCode).toBe(303);
    }
    expect(Object.values(await statuses(event.id))).toEqual(['registered', 'registered', 'registered', 'registered']);
  });

  it('refuses a second registration with a clear message', async () => {
    const event = await insertEvent(test.db, { details: { capacity: 1 } });
    const first = await participant('erste@mail.example');
    const second = await participant('zweite@mail.example');
    await first.client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {});
    const again = await first.client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {});
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Sie sind für diese Veranstaltung schon angemeldet.');
    await second.client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {});
    const waitingAgain = await second.client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {});
    expect(waitingAgain.statusCode).toBe(409);
    expect(waitingAgain.body).toContain('Sie stehen für diese Veranstaltung schon auf der Warteliste.');
    expect(await test.db.selectFrom('event_registrations').select('id').execute()).toHaveLength(2);
  });

  it('closes registration for past, started, unpublished and hidden events', async () => {
    const past = await insertEvent(test.db, {
      starts_at: new Date(Date.now() - 3 * DAY),
      ends_at: new Date(Date.now() - 3 * DAY + 3600_000),
    });
    const started = await insertEvent(test.db, {
      starts_at: new Date(Date.now() - 3600_000),
      ends_at: new Date(Date.now() + 3600_000),
    });
    const draft = await insertEvent(test.db, { status: 'draft', published_at: null });
    const hidden = await insertEvent(test.db, { hidden_at: new Date() });
    const { client } = await participant('spaet@mail.example');
    for (const event of [past, started]) {
      const response = await client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {});
      expect(response.statusCode).toBe(409);
      expect(response.body).toContain('Die Anmeldung ist geschlossen');
    }
    for (const event of [draft, hidden])
      expect((await client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {})).statusCode).toBe(404);
    const offer = await insertEvent(test.db, { kind: 'offer' });
    expect((await client.postForm(`/de/veranstaltungen/${offer.id}/anmelden`, {})).statusCode).toBe(404);
    expect(await test.db.selectFrom('event_registrations').select('id').execute()).toHaveLength(0);

    const box = await getEventRegistration({
      services: test.app.services,
      actor: { kind: 'anonymous' },
      eventId: past.id,
    });
    expect(box?.closedReason).toBe('past');
  });

  it('gives the last place to exactly one of two people asking at the same moment', async () => {
    for (let round = 0; round < 3; round++) {
      const event = await insertEvent(test.db, { details: { capacity: 1 } });
      const one = await participant(`schnell${round}a@mail.example`);
      const two = await participant(`schnell${round}b@mail.example`);
      const responses = await Promise.all([
        one.client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {}),
        two.client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {}),
      ]);
      expect(responses.map((r) => r.statusCode)).toEqual([303, 303]);
      expect(Object.values(await statuses(event.id)).sort()).toEqual(['registered', 'waitlisted']);
    }
  });

  it('moves the first person on the waiting list up when someone cancels, and mails them', async () => {
    const event = await insertEvent(test.db, {
      title: 'Gründungsberatung für Migrantenunternehmen',
      details: { capacity: 1 },
    });
    const holder = await participant('platz@mail.example');
    const first = await participant('warte1@mail.example', { locale: 'tr', display_name: 'Elif Kaya' });
    const second = await participant('warte2@mail.example');
    await holder.client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {});
    await first.client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {});
    await second.client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {});

    const cancelled = await holder.client.postForm(`/de/veranstaltungen/${event.id}/abmelden`, {});
    expect(cancelled.statusCode).toBe(303);
    expect(await statuses(event.id)).toEqual({
      'warte1@mail.example': 'registered',
      'warte2@mail.example': 'waitlisted',
    });
    // Everyone got a mail on registering; the one moved up gets a second one that says so, in Turkish.
    const mail = await waitForMail(test, 'warte1@mail.example', { containing: 'bir yer boşaldı' });
    expect(mail.subject).toBe('Bir yer boşaldı: Gründungsberatung für Migrantenunternehmen');
    expect(mail.text_body).toContain('Elif Kaya');
    expect(mail.text_body).toContain('http://localhost:3000/tr/veranstaltungen/meine');
    await waitForMail(test, 'warte2@mail.example', { containing: 'Warteliste' });
    const secondsMails = await test.db
      .selectFrom('dev_outbox')
      .select('subject')
      .where('to_address', '=', 'warte2@mail.example')
      .execute();
    expect(secondsMails.map((row) => row.subject)).toEqual([
      'Sie stehen auf der Warteliste: Gründungsberatung für Migrantenunternehmen',
    ]);

    // Leaving the waiting list frees no place and moves nobody.
    expect((await second.client.postForm(`/de/veranstaltungen/${event.id}/abmelden`, {})).statusCode).toBe(303);
    expect(await statuses(event.id)).toEqual({ 'warte1@mail.example': 'registered' });
    // Cancelling twice: there is nothing left to cancel.
    expect((await holder.client.postForm(`/de/veranstaltungen/${event.id}/abmelden`, {})).statusCode).toBe(404);
    // After cancelling, a person may register again and joins at the end.
    expect((await holder.client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {})).statusCode).toBe(303);
    expect(await statuses(event.id)).toEqual({
      'warte1@mail.example': 'registered',
      'platz@mail.example': 'waitlisted',
    });
  });

  it('shows the participant their own registrations with a way to cancel', async () => {
    const upcoming = await insertEvent(test.db, { title: 'Ausbildungsmesse Dortmund', details: { capacity: 10 } });
    const { client } = await participant('meine@mail.example');
    expect((await client.get('/de/veranstaltungen/meine')).body).toContain(
      'Sie sind zurzeit für keine Veranstaltung angemeldet.',
    );
    await client.postForm(`/de/veranstaltungen/${upcoming.id}/anmelden`, {});
    const page = await client.get('/de/veranstaltungen/meine');
    expect(page.body).toContain('Ausbildungsmesse Dortmund');
    expect(page.body).toContain('Angemeldet');
    expect(page.body).toContain(`action="/de/veranstaltungen/${upcoming.id}/abmelden"`);
    expect(page.body).toMatch(/<caption[^>]*>Ihre Anmeldungen/);
    expect((await new TestClient(test.app).get('/de/veranstaltungen/meine')).statusCode).toBe(303);
  });
});

describe('event registration on the event page', () => {
  it('shows free places and the register button, then the waiting list, and describes the event as schema.org Event', async () => {
    const event = await insertEvent(test.db, {
      title: 'Forum Vielfalt im Handwerk',
      details: { capacity: 1, place_address: 'Handwerkskammer, Ardeystraße 93, 44139 Dortmund' },
    });
    const anonymous = await new TestClient(test.app).get(`/de/eintraege/${event.id}`);
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.body).toContain('Noch 1 von 1 Plätzen frei.');
    expect(anonymous.body).toContain(`/de/anmelden?next=${encodeURIComponent(`/de/eintraege/${event.id}`)}`);
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(anonymous.body)?.[1] ?? '{}';
    expect(JSON.parse(jsonLd)).toMatchObject({
      '@type': 'Event',
      name: 'Forum Vielfalt im Handwerk',
      maximumAttendeeCapacity: 1,
      remainingAttendeeCapacity: 1,
    });

    const first = await participant('vorne@mail.example');
    const page = await first.client.get(`/de/eintraege/${event.id}`);
    expect(page.body).toContain(`action="/de/veranstaltungen/${event.id}/anmelden"`);
    expect(page.body).toContain('Verbindlich anmelden');
    await first.client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {});
    expect((await first.client.get(`/de/eintraege/${event.id}`)).body).toContain('Sie sind angemeldet.');

    const late = await participant('hinten@mail.example');
    const full = await late.client.get(`/de/eintraege/${event.id}`);
    expect(full.body).toContain('Alle 1 Plätze sind vergeben.');
    expect(full.body).toContain('Auf die Warteliste setzen');
    await late.client.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {});
    const waiting = await late.client.get(`/de/eintraege/${event.id}`);
    expect(waiting.body).toContain('Sie stehen auf Platz 1 der Warteliste.');
    expect(waiting.body).toContain('Von der Warteliste abmelden');
    expect(waiting.body).not.toContain('vorne@mail.example');
  });
});

describe('event registration: bad input', () => {
  it('answers bad ids, unknown fields, huge strings, missing CSRF and anonymous posts with 4xx', async () => {
    const event = await insertEvent(test.db, { details: { capacity: 5 } });
    const { client } = await participant('boese@mail.example');
    const url = `/de/veranstaltungen/${event.id}/anmelden`;
    expect((await client.postForm('/de/veranstaltungen/not-a-uuid/anmelden', {})).statusCode).toBe(400);
    expect(
      (await client.postForm('/de/veranstaltungen/00000000-0000-4000-8000-000000000000/anmelden', {})).statusCode,
    ).toBe(404);
    expect((await client.postForm(url, { status: 'registered' })).statusCode).toBe(400);
    expect((await client.postForm(url, { note: 'x'.repeat(100_000) })).statusCode).toBe(400);
    expect((await client.postForm(url, {}, { csrf: false })).statusCode).toBe(403);
    expect((await client.postForm('/xx/veranstaltungen/' + event.id + '/anmelden', {})).statusCode).toBe(404);
    expect((await new TestClient(test.app).postForm(url, {})).statusCode).toBe(401);
    expect((await client.postForm(`/de/veranstaltungen/${event.id}/abmelden`, { user_id: 'someone' })).statusCode).toBe(
      400,
    );
    expect(await test.db.selectFrom('event_registrations').select('id').execute()).toHaveLength(0);
  });
});
