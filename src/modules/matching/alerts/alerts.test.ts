import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { linkFrom, TestClient, useTestPlatform, waitForMail } from '../../../../tests/setup/test-platform.js';
import { purgeExpiredPersonalData } from '../../../core/privacy/retention.js';
import { createUser } from '../../../seed/factories.js';
import { mailsTo, postPairs } from '../mentoring/test-helpers.js';
import { runMatchingAlerts } from './jobs.js';
import { daysFrom, insertPosition, insertProfile, twoPostcodes } from './test-data.js';
import { remindInactiveProfiles } from './use-cases/profile-inactivity.js';
import { sendPositionAlerts } from './use-cases/send-position-alerts.js';
import { sendProfileDigests } from './use-cases/send-profile-digests.js';

const test = useTestPlatform();

describe('alerts', () => {
  it('mails an applicant new matching positions once, daily or weekly', async () => {
    const { near } = await twoPostcodes(test.db);
    const company = await createUser(test.db, { organisationType: 'company' });
    const organisationId = company.organisation?.id ?? '';
    const applicant = await createUser(test.db, { email: 'sara@mail.example', locale: 'de' });
    await insertPosition(test.db, {
      organisationId,
      title: 'Alte Stelle vor dem Abo',
      postcode: near,
      publishedAt: daysFrom(new Date(), -1),
    });
    const client = await signedInClient(test, applicant.email);
    const saved = await postPairs(client, '/de/benachrichtigungen', [
      ['frequency', 'daily'],
      ['occupations', 'industriekaufmann'],
      ['cities', 'essen'],
      ['kinds', 'apprenticeship'],
    ]);
    expect(saved.statusCode, saved.body.slice(0, 400)).toBe(303);
    expect((await client.get('/de/benachrichtigungen')).body).toContain('Industriekaufmann/Industriekauffrau');

    const soon = daysFrom(new Date(), 0.1);
    await insertPosition(test.db, {
      organisationId,
      title: 'Industriekaufleute in Essen',
      postcode: near,
      publishedAt: soon,
    });
    await insertPosition(test.db, {
      organisationId,
      title: 'Industriekaufleute in Dortmund',
      postcode: near,
      city: 'dortmund',
      publishedAt: soon,
    });
    await insertPosition(test.db, {
      organisationId,
      title: 'Köchin in Essen',
      postcode: near,
      occupationId: 'koch',
      publishedAt: soon,
    });
    await insertPosition(test.db, {
      organisationId,
      title: 'Praktikum Industrie Essen',
      postcode: near,
      kind: 'internship',
      publishedAt: soon,
    });
    await insertPosition(test.db, {
      organisationId,
      title: 'Abgelaufene Industrie Essen',
      postcode: near,
      deadline: '2020-01-01',
      publishedAt: soon,
    });
    await insertPosition(test.db, {
      organisationId,
      title: 'Entwurf Industrie Essen',
      postcode: near,
      status: 'draft',
      publishedAt: soon,
    });

    const tomorrow = daysFrom(new Date(), 1);
    expect(await sendPositionAlerts({ services: test.app.services, now: tomorrow })).toEqual({ mailed: 1 });
    const mail = await waitForMail(test, applicant.email);
    expect(mail.subject).toContain('1 neue passende Stelle');
    expect(mail.text_body).toContain('Industriekaufleute in Essen');
    for (const other of ['Dortmund', 'Köchin', 'Praktikum', 'Abgelaufene', 'Entwurf', 'Alte Stelle'])
      expect(mail.text_body).not.toContain(other);
    expect(mail.text_body).toMatch(/\/de\/stellen\/[0-9a-f-]{36}/);
    // Never twice, and not again the same day.
    expect(await sendPositionAlerts({ services: test.app.services, now: daysFrom(tomorrow, 0.2) })).toEqual({
      mailed: 0,
    });
    expect(await sendPositionAlerts({ services: test.app.services, now: daysFrom(tomorrow, 1) })).toEqual({
      mailed: 0,
    });

    // A weekly alert waits a week.
    await test.db.updateTable('position_alerts').set({ frequency: 'weekly' }).execute();
    await insertPosition(test.db, {
      organisationId,
      title: 'Zweite Stelle Essen',
      postcode: near,
      publishedAt: daysFrom(tomorrow, 1.5),
    });
    expect(await sendPositionAlerts({ services: test.app.services, now: daysFrom(tomorrow, 2) })).toEqual({
      mailed: 0,
    });
    expect(await sendPositionAlerts({ services: test.app.services, now: daysFrom(tomorrow, 8) })).toEqual({
      mailed: 1,
    });
    expect((await waitForMail(test, applicant.email, { count: 2 })).text_body).toContain('Zweite Stelle Essen');
  });

  it('sends companies counts and links for new matching profiles, never a name, e-mail or pseudonym', async () => {
    const { near, far, km } = await twoPostcodes(test.db);
    const recruiter = await createUser(test.db, {
      organisationType: 'company',
      email: 'personal@firma.example',
      // A fixed name: a generated one could share a word with the applicant's, which the mail must not contain.
      display_name: 'Jana Hoffmann',
    });
    const organisationId = recruiter.organisation?.id ?? '';
    const positionId = await insertPosition(test.db, {
      organisationId,
      title: 'Industriekaufleute 2027',
      postcode: near,
    });
    const otherCompany = await createUser(test.db, { organisationType: 'company' });
    await insertPosition(test.db, {
      organisationId: otherCompany.organisation?.id ?? '',
      title: 'Fremde Stelle',
      postcode: near,
    });
    const client = await signedInClient(test, recruiter.email);
    expect((await client.postForm('/de/benachrichtigungen/unternehmen', { frequency: 'weekly' })).statusCode).toBe(303);

    const later = daysFrom(new Date(), 0.1);
    const people = await Promise.all(
      [1, 2, 3, 4].map((n) => createUser(test.db, { email: `talent${n}@mail.example` })),
    );
    await insertProfile(test.db, {
      userId: people[0]?.id ?? '',
      pseudonym: 'Talent-1001',
      postcode: near,
      interests: ['industriekaufmann'],
      travelKm: 5,
      createdAt: later,
      fullName: 'Leyla Demir',
    });
    await insertProfile(test.db, {
      userId: people[1]?.id ?? '',
      pseudonym: 'Talent-1002',
      postcode: far,
      interests: ['industriekaufmann'],
      travelKm: Math.ceil(km) + 1,
      createdAt: later,
    });
    await insertProfile(test.db, {
      userId: people[2]?.id ?? '',
      pseudonym: 'Talent-1003',
      postcode: far,
      interests: ['industriekaufmann'],
      travelKm: 0,
      createdAt: later,
    });
    await insertProfile(test.db, {
      userId: people[3]?.id ?? '',
      pseudonym: 'Talent-1004',
      postcode: near,
      interests: ['koch'],
      travelKm: 50,
      createdAt: later,
    });

    expect(await sendProfileDigests({ services: test.app.services, now: daysFrom(new Date(), 3) })).toEqual({
      mailed: 0,
    });
    const week = daysFrom(new Date(), 7);
    expect(await sendProfileDigests({ services: test.app.services, now: week })).toEqual({ mailed: 1 });
    const mail = await waitForMail(test, recruiter.email);
    expect(mail.subject).toContain('2 neue passende Profile');
    expect(mail.text_body).toContain(`Industriekaufleute 2027: 2 neue Profile`);
    expect(mail.text_body).toContain(`/de/stellen/${positionId}/kandidaten`);
    expect(mail.text_body).not.toContain('Fremde Stelle');
    for (const secret of [
      'Leyla',
      'Demir',
      'leyla.privat@mail.example',
      'talent1@mail.example',
      'Talent-1001',
      'Talent-1002',
    ])
      expect(mail.text_body).not.toContain(secret);
    expect(await sendProfileDigests({ services: test.app.services, now: daysFrom(week, 7) })).toEqual({ mailed: 0 });
    // Someone who left the company gets no digest any more.
    await test.db.deleteFrom('memberships').where('user_id', '=', recruiter.id).execute();
    await insertProfile(test.db, {
      userId: (await createUser(test.db)).id,
      pseudonym: 'Talent-1005',
      postcode: near,
      interests: ['industriekaufmann'],
      travelKm: 5,
      createdAt: daysFrom(week, 8),
    });
    expect(await sendProfileDigests({ services: test.app.services, now: daysFrom(week, 15) })).toEqual({ mailed: 0 });
  });

  it("mails each subscriber in the subscription's language, German when that is unknown, and moves every due mark even when nothing is new", async () => {
    const { near } = await twoPostcodes(test.db);
    const recruiter = await createUser(test.db, { organisationType: 'company', email: 'hr@company.example' });
    const organisationId = recruiter.organisation?.id ?? '';
    const [english, unknown, nothingNew] = await Promise.all(
      ['en@mail.example', 'xx@mail.example', 'koch@mail.example'].map((email) => createUser(test.db, { email })),
    );
    const start = new Date();
    await test.db
      .insertInto('position_alerts')
      .values([
        {
          user_id: english?.id ?? '',
          frequency: 'daily',
          occupations: ['industriekaufmann'],
          locale: 'en',
          last_sent_at: start,
        },
        {
          user_id: unknown?.id ?? '',
          frequency: 'daily',
          occupations: ['industriekaufmann'],
          locale: 'xx',
          last_sent_at: start,
        },
        { user_id: nothingNew?.id ?? '', frequency: 'daily', occupations: ['koch'], locale: 'de', last_sent_at: start },
      ])
      .execute();
    await test.db
      .insertInto('profile_digest_subscriptions')
      .values({
        user_id: recruiter.id,
        organisation_id: organisationId,
        frequency: 'daily',
        locale: 'en',
        last_sent_at: start,
      })
      .execute();
    const positionId = await insertPosition(test.db, {
      organisationId,
      title: 'Industrial clerks 2027',
      postcode: near,
      publishedAt: daysFrom(start, 0.1),
    });
    await insertProfile(test.db, {
      userId: (await createUser(test.db)).id,
      pseudonym: 'Talent-3001',
      postcode: near,
      interests: ['industriekaufmann'],
      travelKm: 5,
      createdAt: daysFrom(start, 0.1),
    });

    const tomorrow = daysFrom(start, 1);
    expect(await sendPositionAlerts({ services: test.app.services, now: tomorrow })).toEqual({ mailed: 2 });
    expect(await sendProfileDigests({ services: test.app.services, now: tomorrow })).toEqual({ mailed: 1 });
    const inEnglish = await waitForMail(test, 'en@mail.example');
    expect(inEnglish.subject).toContain('1 new matching position');
    expect(inEnglish.text_body).toContain(`/en/stellen/${positionId}`);
    expect(inEnglish.text_body).toContain('/en/benachrichtigungen');
    const inGerman = await waitForMail(test, 'xx@mail.example');
    expect(inGerman.subject).toContain('1 neue passende Stelle');
    expect(inGerman.text_body).toContain(`/de/stellen/${positionId}`);
    const digest = await waitForMail(test, recruiter.email);
    expect(digest.subject).toContain('1 new matching profile');
    expect(digest.text_body).toContain('Industrial clerks 2027: 1 new profile');
    expect(digest.text_body).toContain(`/en/stellen/${positionId}/kandidaten`);
    expect(await mailsTo(test.db, 'koch@mail.example')).toEqual([]);
    // The alert with nothing new was claimed all the same: its next mail waits for its next due day.
    const marks = await test.db.selectFrom('position_alerts').select('last_sent_at').execute();
    expect(marks.map((row) => row.last_sent_at.getTime())).toEqual([
      tomorrow.getTime(),
      tomorrow.getTime(),
      tomorrow.getTime(),
    ]);
    await insertPosition(test.db, {
      organisationId,
      title: 'Köchin in Essen',
      postcode: near,
      occupationId: 'koch',
      publishedAt: daysFrom(tomorrow, 0.1),
    });
    expect(await sendPositionAlerts({ services: test.app.services, now: daysFrom(tomorrow, 0.2) })).toEqual({
      mailed: 0,
    });
    expect(await sendPositionAlerts({ services: test.app.services, now: daysFrom(tomorrow, 1) })).toEqual({
      mailed: 1,
    });
    expect((await waitForMail(test, 'koch@mail.example')).text_body).toContain('Köchin in Essen');
  });

  it('runs every step of the morning job past a failing alert, then fails the job; the retry mails only what is left', async () => {
    const { near } = await twoPostcodes(test.db);
    const recruiter = await createUser(test.db, { organisationType: 'company', email: 'digest@firma.example' });
    const organisationId = recruiter.organisation?.id ?? '';
    const [kept, refused] = await Promise.all(
      ['kept@mail.example', 'refused@mail.example'].map((email) => createUser(test.db, { email })),
    );
    const start = new Date();
    await test.db
      .insertInto('profile_digest_subscriptions')
      .values({
        user_id: recruiter.id,
        organisation_id: organisationId,
        frequency: 'daily',
        locale: 'de',
        last_sent_at: start,
      })
      .execute();
    const alerts = await test.db
      .insertInto('position_alerts')
      .values(
        [kept, refused].map((user) => ({
          user_id: user?.id ?? '',
          frequency: 'daily' as const,
          occupations: ['industriekaufmann'],
          locale: 'de',
          last_sent_at: start,
        })),
      )
      .returning(['id', 'user_id'])
      .execute();
    const refusedAlert = alerts.find((alert) => alert.user_id === refused?.id)?.id ?? '';
    await insertPosition(test.db, {
      organisationId,
      title: 'Industriekaufleute 2028',
      postcode: near,
      publishedAt: daysFrom(start, 0.1),
    });
    await insertProfile(test.db, {
      userId: (await createUser(test.db)).id,
      pseudonym: 'Talent-4001',
      postcode: near,
      interests: ['industriekaufmann'],
      travelKm: 5,
      createdAt: daysFrom(start, 0.1),
    });
    // A real failure inside one alert's transaction: the database refuses to move its mark.
    await sql`create function vr_test_refuse_alert() returns trigger language plpgsql as $$ begin raise exception 'test: alert refused'; end $$`.execute(
      test.db,
    );
    await sql`create trigger vr_test_refuse_alert before update on position_alerts for each row when (old.id = ${sql.lit(refusedAlert)}::uuid) execute function vr_test_refuse_alert()`.execute(
      test.db,
    );
    const logged = vi.spyOn(test.app.services.logger, 'error');
    const tomorrow = daysFrom(start, 1);
    try {
      await expect(runMatchingAlerts(test.app.services, tomorrow)).rejects.toThrow(
        'position_alerts: 1 due subscription could not be mailed (1 mailed)',
      );
      expect(logged).toHaveBeenCalledTimes(1);
    } finally {
      logged.mockRestore();
      await sql`drop trigger if exists vr_test_refuse_alert on position_alerts`.execute(test.db);
      await sql`drop function if exists vr_test_refuse_alert()`.execute(test.db);
    }
    expect((await waitForMail(test, 'kept@mail.example')).text_body).toContain('Industriekaufleute 2028');
    expect((await waitForMail(test, recruiter.email)).subject).toContain('1 neues passendes Profil');
    expect(await mailsTo(test.db, 'refused@mail.example')).toEqual([]);

    // The retry a moment later mails the refused alert only: the others' marks have moved.
    expect(await runMatchingAlerts(test.app.services, daysFrom(tomorrow, 0.01))).toEqual({
      positions: 1,
      digests: 0,
      reminders: 0,
    });
    expect((await waitForMail(test, 'refused@mail.example')).text_body).toContain('Industriekaufleute 2028');
    expect(await mailsTo(test.db, 'kept@mail.example')).toHaveLength(1);
  });

  it('asks inactive profiles to confirm after 6 months and deletes them after 12', async () => {
    const { near } = await twoPostcodes(test.db);
    const now = new Date();
    const sevenMonthsAgo = daysFrom(now, -213);
    const thirteenMonthsAgo = daysFrom(now, -400);
    const active = await createUser(test.db, { email: 'aktiv@mail.example' });
    const dormant = await createUser(test.db, { email: 'ruhig@mail.example' });
    const forgotten = await createUser(test.db, { email: 'vergessen@mail.example' });
    await insertProfile(test.db, {
      userId: active.id,
      pseudonym: 'Talent-2001',
      postcode: near,
      interests: ['koch'],
      travelKm: 10,
      createdAt: daysFrom(now, -30),
    });
    const dormantProfile = await insertProfile(test.db, {
      userId: dormant.id,
      pseudonym: 'Talent-2002',
      postcode: near,
      interests: ['koch'],
      travelKm: 10,
      createdAt: sevenMonthsAgo,
    });
    const forgottenProfile = await insertProfile(test.db, {
      userId: forgotten.id,
      pseudonym: 'Talent-2003',
      postcode: near,
      interests: ['koch'],
      travelKm: 10,
      createdAt: thirteenMonthsAgo,
      fullName: 'Vergessene Person',
    });

    expect(await remindInactiveProfiles({ services: test.app.services, now })).toEqual({ reminded: 2 });
    expect(await remindInactiveProfiles({ services: test.app.services, now: daysFrom(now, 1) })).toEqual({
      reminded: 0,
    });
    expect(await mailsTo(test.db, active.email)).toEqual([]);
    const reminder = await waitForMail(test, dormant.email);
    expect(reminder.subject).toContain('Möchten Sie Ihr Profil behalten?');
    // Not deleted without 30 days' notice, even though 13 months have passed.
    expect((await purgeExpiredPersonalData(test.db, daysFrom(now, 10))).applicant_profile_inactivity).toBe(0);

    // The link shows a button (a mail scanner following it confirms nothing); the button confirms.
    const link = linkFrom(reminder.text_body, '/profil-bestaetigen');
    const visitor = new TestClient(test.app);
    const page = await visitor.get(link);
    expect(page.statusCode).toBe(200);
    const token = new URL(`http://x${link}`).searchParams.get('token') ?? '';
    expect(
      (
        await test.db
          .selectFrom('applicant_profiles')
          .select('last_confirmed_at')
          .where('id', '=', dormantProfile)
          .executeTakeFirstOrThrow()
      ).last_confirmed_at.getTime(),
    ).toBe(sevenMonthsAgo.getTime());
    const confirmed = await visitor.postForm('/de/benachrichtigungen/profil-bestaetigen', { token });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('Danke, Ihr Profil ist bestätigt');
    expect((await visitor.postForm('/de/benachrichtigungen/profil-bestaetigen', { token })).statusCode).toBe(404);

    const result = await purgeExpiredPersonalData(test.db, daysFrom(now, 31));
    expect(result.applicant_profile_inactivity).toBe(1);
    const left = await test.db.selectFrom('applicant_profiles').select('id').orderBy('pseudonym').execute();
    expect(left.map((p) => p.id)).not.toContain(forgottenProfile);
    expect(left).toHaveLength(2);
    expect(await test.db.selectFrom('applicant_identities').select('full_name').execute()).toEqual([]);
  });

  it("keeps other people's subscriptions out of sight and out of reach, and refuses bad input", async () => {
    const owner = await createUser(test.db, { email: 'owner@mail.example' });
    const other = await createUser(test.db, { email: 'other@mail.example' });
    const company = await createUser(test.db, { organisationType: 'company', email: 'hr@firma.example' });
    const ownerClient = await signedInClient(test, owner.email);
    expect(
      (await ownerClient.postForm('/de/benachrichtigungen', { frequency: 'weekly', occupations: 'koch' })).statusCode,
    ).toBe(303);
    const alert = await test.db.selectFrom('position_alerts').select('id').executeTakeFirstOrThrow();

    const otherClient = await signedInClient(test, other.email);
    expect((await otherClient.get('/de/benachrichtigungen')).body).toContain(
      'Sie haben noch keine Benachrichtigung über neue Stellen.',
    );
    expect((await otherClient.postForm(`/de/benachrichtigungen/${alert.id}/loeschen`, {})).statusCode).toBe(404);
    const companyClient = await signedInClient(test, company.email);
    const companyPage = await companyClient.get('/de/benachrichtigungen');
    expect(companyPage.body).not.toContain('Koch/Köchin');
    expect((await companyClient.postForm(`/de/benachrichtigungen/${alert.id}/loeschen`, {})).statusCode).toBe(404);
    expect((await companyClient.postForm('/de/benachrichtigungen', { frequency: 'daily' })).statusCode).toBe(403);
    expect((await ownerClient.postForm('/de/benachrichtigungen/unternehmen', { frequency: 'daily' })).statusCode).toBe(
      403,
    );
    const anonymous = new TestClient(test.app);
    expect((await anonymous.get('/de/benachrichtigungen')).statusCode).toBe(303);
    expect((await anonymous.postForm(`/de/benachrichtigungen/${alert.id}/loeschen`, {})).statusCode).toBe(401);
    expect((await anonymous.postForm('/de/benachrichtigungen/profil-bestaetigen', {})).statusCode).toBe(401);
    expect(await test.db.selectFrom('position_alerts').select('id').execute()).toHaveLength(1);

    const bad: [Awaited<ReturnType<typeof ownerClient.get>>, string][] = [
      [
        await ownerClient.postForm('/de/benachrichtigungen', { occupations: 'koch' }),
        'Bitte wählen Sie, wie oft Sie eine E-Mail bekommen möchten.',
      ],
      [
        await ownerClient.postForm('/de/benachrichtigungen', { frequency: 'hourly' }),
        'Bitte wählen Sie, wie oft Sie eine E-Mail bekommen möchten.',
      ],
      [
        await ownerClient.postForm('/de/benachrichtigungen', { frequency: 'daily', occupations: 'astronaut' }),
        'Bitte wählen Sie eine der angebotenen Möglichkeiten.',
      ],
      [
        await ownerClient.postForm('/de/benachrichtigungen', { frequency: 'daily', cities: 'berlin' }),
        'Bitte wählen Sie eine der angebotenen Möglichkeiten.',
      ],
      [
        await ownerClient.postForm('/de/benachrichtigungen', { frequency: 'daily', user_id: company.id }),
        'Unbekannte Felder',
      ],
      [
        await postPairs(ownerClient, '/de/benachrichtigungen', [
          ['frequency', 'daily'],
          ...[
            'koch',
            'baecker',
            'friseur',
            'tischler',
            'maler-lackierer',
            'elektroniker',
            'mechatroniker',
            'industriekaufmann',
            'verkaeufer',
            'elektroniker-betriebstechnik',
            'kaufmann-einzelhandel',
          ].map((id) => ['occupations', id] as [string, string]),
        ]),
        'Bitte wählen Sie höchstens 10 Berufe.',
      ],
      [await anonymous.get('/de/benachrichtigungen/profil-bestaetigen?token=kurz'), 'Dieser Link ist unvollständig.'],
      [await anonymous.get('/de/benachrichtigungen/profil-bestaetigen'), 'Dieser Link ist unvollständig.'],
      [
        await ownerClient.postForm('/de/benachrichtigungen/profil-bestaetigen', { token: 'x'.repeat(43) }),
        'nicht mehr gültig',
      ],
      [await ownerClient.postForm(`/de/benachrichtigungen/not-a-uuid/loeschen`, {}), 'Fehler'],
    ];
    for (const [response, message] of bad) {
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      if (message !== 'Fehler') expect(response.body).toContain(message);
    }
    expect(await test.db.selectFrom('position_alerts').select('id').execute()).toHaveLength(1);
    expect((await ownerClient.postForm(`/de/benachrichtigungen/${alert.id}/loeschen`, {})).statusCode).toBe(303);
    expect(await test.db.selectFrom('position_alerts').select('id').execute()).toEqual([]);
  });
});
