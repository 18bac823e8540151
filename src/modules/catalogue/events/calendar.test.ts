import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { TestClient, useTestPlatform, waitForMail } from '../../../../tests/setup/test-platform.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { days, hours } from '../../../core/time/durations.js';
import { insertEvent } from '../formats/test-entries.js';
import { EVENTS_PER_PAGE } from './use-cases/list-upcoming-events.js';

const test = useTestPlatform();
const DAY = days(1);

async function attachmentsOf(to: string) {
  const rows = await test.db
    .selectFrom('dev_outbox')
    .select(['subject', 'attachments'])
    .where('to_address', '=', to)
    .orderBy('id', 'desc')
    .execute();
  return rows;
}

function parseEvents(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('events: the confirmation mail carries the event as a calendar file', () => {
  it('mails a registered person the event as a parseable .ics attachment, in their language', async () => {
    const startsAt = new Date(Date.now() + 10 * DAY);
    const event = await insertEvent(test.db, {
      title: 'Bewerbungstraining für Geflüchtete',
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + hours(2)),
      details: { capacity: 1, place_address: 'Bahnhofstraße 12, 45127 Essen' },
    });
    await createUser(test.db, { email: 'kalender@mail.example', locale: 'ar' });
    const client = await signedInClient(test, 'kalender@mail.example');
    expect((await client.postForm(`/ar/veranstaltungen/${event.id}/anmelden`, {})).statusCode).toBe(303);

    const mail = await waitForMail(test, 'kalender@mail.example');
    expect(mail.subject).toBe('تم تسجيلك: Bewerbungstraining für Geflüchtete');
    expect(mail.text_body).toContain('Bahnhofstraße 12, 45127 Essen');
    const [row] = await attachmentsOf('kalender@mail.example');
    expect(row?.attachments).toHaveLength(1);
    const file = row!.attachments[0]!;
    expect(file.filename).toBe(`veranstaltung-${event.id}.ics`);
    expect(file.contentType).toBe('text/calendar; charset=utf-8');
    const [parsed] = parseEvents(file.content);
    expect(parsed?.summary).toBe('Bewerbungstraining für Geflüchtete');
    expect(parsed?.location).toBe('Bahnhofstraße 12, 45127 Essen');
    expect(parsed?.startDate.toJSDate().getTime()).toBe(Math.floor(startsAt.getTime() / 1000) * 1000);
    expect(parsed?.uid).toContain(event.id);
    // The page the calendar entry links to is in the person's language.
    expect(file.content.replace(/\r\n /g, '')).toContain(`/ar/eintraege/${event.id}`);

    // Someone on the waiting list has no place yet: a mail with the position, no calendar file.
    await createUser(test.db, { email: 'warte@mail.example' });
    const waiting = await signedInClient(test, 'warte@mail.example');
    await waiting.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {});
    const waitMail = await waitForMail(test, 'warte@mail.example');
    expect(waitMail.subject).toBe('Sie stehen auf der Warteliste: Bewerbungstraining für Geflüchtete');
    expect(waitMail.text_body).toContain('Platz 1 der Warteliste');
    expect((await attachmentsOf('warte@mail.example'))[0]?.attachments).toEqual([]);

    // When the place frees up, the person moved up gets the calendar file too.
    await client.postForm(`/ar/veranstaltungen/${event.id}/abmelden`, {});
    const promoted = await waitForMail(test, 'warte@mail.example', { count: 2 });
    expect(promoted.subject).toBe('Ein Platz ist frei geworden: Bewerbungstraining für Geflüchtete');
    const [promotedRow] = await attachmentsOf('warte@mail.example');
    expect(parseEvents(promotedRow!.attachments[0]!.content)[0]?.summary).toBe('Bewerbungstraining für Geflüchtete');
  });

  it('offers "In Kalender eintragen" on the event page, a download of that event', async () => {
    const event = await insertEvent(test.db, { title: 'Infoabend Ausbildung in der Pflege' });
    const page = await new TestClient(test.app).get(`/de/eintraege/${event.id}`);
    expect(page.body).toContain(`href="/api/v1/catalogue/events/${event.id}/ics"`);
    expect(page.body).toContain('In Kalender eintragen');
    const file = await new TestClient(test.app).get(`/api/v1/catalogue/events/${event.id}/ics`);
    expect(file.headers['content-disposition']).toContain('attachment');
    expect(parseEvents(file.body)[0]?.summary).toBe('Infoabend Ausbildung in der Pflege');
  });
});

describe('events: the public calendar and its feeds', () => {
  it('lists upcoming events by day, filters by city, and offers one feed per filter with the same events', async () => {
    const base = Date.now() + 30 * DAY;
    const essen = await insertEvent(test.db, {
      title: 'Kennenlernfrühstück Essen',
      cities: ['essen'],
      starts_at: new Date(base),
      ends_at: new Date(base + hours(2)),
    });
    const bochum = await insertEvent(test.db, {
      title: 'Sprachcafé Bochum',
      cities: ['bochum'],
      starts_at: new Date(base + hours(3)),
    });
    const draft = await insertEvent(test.db, { title: 'Entwurf Essen', cities: ['essen'], status: 'draft' });
    const past = await insertEvent(test.db, {
      title: 'Vergangen Essen',
      cities: ['essen'],
      starts_at: new Date(Date.now() - 3 * DAY),
      ends_at: new Date(Date.now() - 3 * DAY + hours(1)),
    });
    const client = new TestClient(test.app);

    const all = await client.get('/de/veranstaltungen');
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('Kennenlernfrühstück Essen');
    expect(all.body).toContain('Sprachcafé Bochum');
    expect(all.body).not.toContain(draft.title);
    expect(all.body).not.toContain(past.title);
    // The feed to subscribe to (webcal://) and the same address to download or paste, absolute for calendar programs.
    expect(all.body).toContain('href="webcal://localhost:3000/api/v1/catalogue/events.ics"');
    expect(all.body).toContain('href="http://localhost:3000/api/v1/catalogue/events.ics"');
    // Ordered by date: the earlier event comes first.
    expect(all.body.indexOf(essen.title)).toBeLessThan(all.body.indexOf(bochum.title));

    const filtered = await client.get('/de/veranstaltungen?city=essen');
    expect(filtered.body).toContain('Kennenlernfrühstück Essen');
    expect(filtered.body).not.toContain('Sprachcafé Bochum');
    expect(filtered.body).toContain('href="webcal://localhost:3000/api/v1/catalogue/events.ics?city=essen"');
    expect(filtered.body).toContain('<option value="essen" selected>');

    const feed = await client.get('/api/v1/catalogue/events.ics?city=essen');
    expect(feed.headers['content-type']).toContain('text/calendar');
    const inFeed = parseEvents(feed.body).map((event) => event.summary);
    expect(inFeed).toContain('Kennenlernfrühstück Essen');
    expect(inFeed).not.toContain('Sprachcafé Bochum');
    expect(inFeed).not.toContain(draft.title);
    expect(inFeed).not.toContain(past.title);
    const allFeed = parseEvents((await client.get('/api/v1/catalogue/events.ics')).body).map((e) => e.summary);
    expect(allFeed).toEqual(expect.arrayContaining(['Kennenlernfrühstück Essen', 'Sprachcafé Bochum']));

    const arabic = await client.get('/ar/veranstaltungen?city=bochum');
    expect(arabic.statusCode).toBe(200);
    expect(arabic.body).toContain('dir="rtl"');
    expect(arabic.body).toContain('Sprachcafé Bochum');
  });

  it('says what to do when a city has no events, pages long lists and refuses bad filters', async () => {
    const client = new TestClient(test.app);
    const empty = await client.get('/de/veranstaltungen?city=oberhausen');
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('In Oberhausen sind zurzeit keine Veranstaltungen angekündigt.');
    expect(empty.body).toContain('href="/de/veranstaltungen"');

    const start = Date.now() + 60 * DAY;
    for (let index = 0; index <= EVENTS_PER_PAGE; index += 1) {
      await insertEvent(test.db, {
        title: `Sprechstunde Nummer ${index}`,
        cities: ['muelheim'],
        starts_at: new Date(start + index * hours(1)),
      });
    }
    const first = await client.get('/de/veranstaltungen?city=muelheim');
    expect(first.body).toContain('Seite 1 von 2');
    expect(first.body).toContain('href="/de/veranstaltungen?city=muelheim&amp;page=2"');
    const second = await client.get('/de/veranstaltungen?city=muelheim&page=2');
    expect(second.body).toContain(`Sprechstunde Nummer ${EVENTS_PER_PAGE}`);
    expect(second.body).not.toContain('Sprechstunde Nummer 0<');
    expect((await client.get('/de/veranstaltungen?city=muelheim&page=3')).statusCode).toBe(404);

    for (const query of ['city=paris', 'page=0', 'page=abc', 'other=1']) {
      expect((await client.get(`/de/veranstaltungen?${query}`)).statusCode, query).toBe(400);
    }
    expect((await client.get('/api/v1/catalogue/events.ics?city=paris')).statusCode).toBe(400);
  });
});
