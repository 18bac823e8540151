import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { purgeExpiredPersonalData } from '../../../core/privacy/retention.js';
import { TestClient, useTestPlatform, waitForMail } from '../../../../tests/setup/test-platform.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { DEMO_PASSWORD } from '../../../seed/factories.js';
import { insertEvent } from '../formats/test-entries.js';
import { days } from '../../../core/time/durations.js';

const test = useTestPlatform();
const DAY = days(1);

async function organisedEvent() {
  const organiser = await createUser(test.db, {
    email: 'leitung@traeger.example',
    organisation: { type: 'provider', name: 'Bildungswerk Emscher', verified_at: new Date() },
    role: 'admin',
  });
  await createUser(test.db, {
    email: 'kollege@traeger.example',
    organisation: { id: organiser.organisation?.id ?? '' },
    role: 'member',
  });
  const event = await insertEvent(test.db, {
    organisation_id: organiser.organisation?.id ?? '',
    details: { capacity: 1 },
  });
  const guest = await createUser(test.db, { email: 'teilnehmerin@mail.example', display_name: 'Mara Nowak' });
  const waiting = await createUser(test.db, { email: 'wartend@mail.example', display_name: 'Yusuf Demir' });
  const guestClient = await signedInClient(test, 'teilnehmerin@mail.example');
  await guestClient.postForm(`/de/veranstaltungen/${event.id}/anmelden`, {});
  await (await signedInClient(test, 'wartend@mail.example')).postForm(`/de/veranstaltungen/${event.id}/anmelden`, {});
  return { organiser, event, guest, waiting, guestClient };
}

describe('event participants: only the organiser', () => {
  it('shows the organiser (admin or member) names and addresses, and records every look', async () => {
    const { event } = await organisedEvent();
    for (const email of ['leitung@traeger.example', 'kollege@traeger.example']) {
      const client = await signedInClient(test, email);
      const page = await client.get(`/de/veranstaltungen/${event.id}/teilnehmende`);
      expect(page.statusCode, email).toBe(200);
      expect(page.body).toContain('Mara Nowak');
      expect(page.body).toContain('teilnehmerin@mail.example');
      expect(page.body).toContain('Yusuf Demir');
      expect(page.body).toMatch(/<caption class="kern-title">Warteliste für/);
      expect(page.body).toContain('scope="row"');
    }
    const audit = await test.db
      .selectFrom('audit_log')
      .select(['action', 'subject_id'])
      .where('action', '=', 'event.participants_viewed')
      .execute();
    expect(audit).toEqual([
      { action: 'event.participants_viewed', subject_id: event.id },
      { action: 'event.participants_viewed', subject_id: event.id },
    ]);
  });

  it('keeps other organisations, the office, participants and anonymous visitors out', async () => {
    const { event, guestClient } = await organisedEvent();
    await createUser(test.db, {
      email: 'admin@andere.example',
      organisation: { type: 'provider', verified_at: new Date() },
      role: 'admin',
    });
    await createUser(test.db, {
      email: 'mitglied@firma.example',
      organisation: { type: 'company', verified_at: new Date() },
      role: 'member',
    });
    await createUser(test.db, {
      email: 'office@koordinierung.example',
      organisation: { type: 'cooperation_office', verified_at: new Date() },
      role: 'admin',
    });
    const url = `/de/veranstaltungen/${event.id}/teilnehmende`;
    for (const email of ['admin@andere.example', 'mitglied@firma.example', 'office@koordinierung.example']) {
      const response = await (await signedInClient(test, email)).get(url);
      expect(response.statusCode, email).toBe(403);
      expect(response.body).not.toContain('teilnehmerin@mail.example');
    }
    const asParticipant = await guestClient.get(url);
    expect(asParticipant.statusCode).toBe(403);
    expect(asParticipant.body).not.toContain('wartend@mail.example');
    const anonymous = await new TestClient(test.app).get(url);
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toContain('/de/anmelden?next=');
    expect((await guestClient.get('/de/veranstaltungen/not-a-uuid/teilnehmende')).statusCode).toBe(400);
    expect(
      await test.db.selectFrom('audit_log').select('id').where('action', '=', 'event.participants_viewed').execute(),
    ).toHaveLength(0);
  });
});

describe('event registrations as personal data', () => {
  it('exports the own registrations and nobody else’s', async () => {
    await organisedEvent();
    const client = await signedInClient(test, 'teilnehmerin@mail.example');
    const response = await client.get('/de/konto/export');
    expect(response.statusCode).toBe(200);
    const data = JSON.parse(response.body) as { event_registrations: { event: string; status: string }[] };
    expect(data.event_registrations).toEqual([
      expect.objectContaining({ event: 'Azubi-Speed-Dating Essen', status: 'registered' }),
    ]);
    expect(response.body).not.toContain('wartend@mail.example');
  });

  it('erases registrations with the account and gives the freed place to the next person', async () => {
    const { event, guestClient, guest } = await organisedEvent();
    const deleted = await guestClient.postForm('/de/konto/loeschen', {
      current_password: DEMO_PASSWORD,
      confirm: 'on',
    });
    expect(deleted.statusCode).toBe(303);
    expect(
      await test.db.selectFrom('event_registrations').select('id').where('user_id', '=', guest.id).execute(),
    ).toHaveLength(0);
    const rows = await test.db
      .selectFrom('event_registrations')
      .select(['status'])
      .where('entry_id', '=', event.id)
      .execute();
    expect(rows).toEqual([{ status: 'registered' }]);
    const mail = await waitForMail(test, 'wartend@mail.example');
    expect(mail.subject).toContain('Azubi-Speed-Dating Essen');
  });

  it('deletes registrations six months after the event ended', async () => {
    const user = await createUser(test.db, { email: 'alt@mail.example' });
    const old = await insertEvent(test.db, {
      starts_at: new Date(Date.now() - 200 * DAY),
      ends_at: new Date(Date.now() - 199 * DAY),
    });
    const recent = await insertEvent(test.db, {
      starts_at: new Date(Date.now() - 100 * DAY),
      ends_at: new Date(Date.now() - 99 * DAY),
    });
    for (const event of [old, recent]) {
      await test.db
        .insertInto('event_registrations')
        .values({ entry_id: event.id, user_id: user.id, status: 'registered' })
        .execute();
    }
    const removed = await purgeExpiredPersonalData(test.db);
    expect(removed.event_registrations).toBe(1);
    const left = await test.db.selectFrom('event_registrations').select('entry_id').execute();
    expect(left).toEqual([{ entry_id: recent.id }]);
  });

  it('names its purpose and retention in the privacy notice', async () => {
    const { body } = await new TestClient(test.app).get('/de/datenschutz');
    expect(body).toContain('data-source="event_registrations"');
    expect(body).toContain('längstens 6 Monate nach dem Ende der Veranstaltung');
  });
});
