import { describe, expect, it } from 'vitest';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { useTestPlatform, waitForMail } from '../../../../tests/setup/test-platform.js';
import { createCast, postPairs } from './test-helpers.js';

const test = useTestPlatform();

describe('mentorships', () => {
  it('matches a request with an offer, respects capacity, and follows up with a session log and problem reports', async () => {
    const cast = await createCast(test.db);
    const mentor = await signedInClient(test, cast.volunteer.email);
    const offered = await mentor.postForm('/de/mentoring/angebot', {
      focus: 'application_coaching',
      capacity: '1',
      cities: 'essen',
      languages: 'tr',
      note: 'Ich bin Personalerin im Ruhestand.',
    });
    expect(offered.statusCode, offered.body.slice(0, 300)).toBe(303);
    const offer = await test.db.selectFrom('mentorship_offers').selectAll().executeTakeFirstOrThrow();
    expect(offer).toMatchObject({
      audience: 'person',
      mentor_kind: 'volunteer',
      organisation_id: null,
      capacity: 1,
      cities: ['essen'],
      languages: ['tr'],
    });

    const mentee = await signedInClient(test, cast.applicant.email);
    const asked = await postPairs(mentee, '/de/mentoring/anfrage', [
      ['focus', 'application_coaching'],
      ['city', 'essen'],
      ['languages', 'tr'],
      ['languages', 'de'],
      ['note', 'Ich suche Hilfe bei Bewerbungen.'],
    ]);
    expect(asked.statusCode, asked.body.slice(0, 300)).toBe(303);
    const notice = await waitForMail(test, cast.coordinator.email);
    expect(notice.text_body).toContain('/de/mentoring/koordination');
    expect(notice.text_body).not.toContain('Ich suche Hilfe');

    const coordinator = await signedInClient(test, cast.coordinator.email);
    const desk = await coordinator.get('/de/mentoring/koordination');
    expect(desk.statusCode).toBe(200);
    expect(desk.body).toContain('Ayşe Yılmaz sucht: Bewerbungscoaching');
    expect(desk.body).toContain(`value="${offer.id}"`);
    const request = await test.db.selectFrom('mentorship_requests').select('id').executeTakeFirstOrThrow();
    const matched = await coordinator.postForm('/de/mentoring/koordination/vermitteln', {
      request_id: request.id,
      offer_id: offer.id,
    });
    expect(matched.statusCode, matched.body.slice(0, 300)).toBe(303);
    const mentorship = await test.db.selectFrom('mentorships').selectAll().executeTakeFirstOrThrow();
    expect(matched.headers.location).toBe(`/de/mentoring/patenschaften/${mentorship.id}`);
    expect((await waitForMail(test, cast.volunteer.email)).text_body).toContain(cast.applicant.email);
    expect((await waitForMail(test, cast.applicant.email)).text_body).toContain(cast.volunteer.email);
    const audit = await test.db
      .selectFrom('audit_log')
      .select(['action', 'subject_id'])
      .where('action', '=', 'mentorship.matched')
      .execute();
    expect(audit).toEqual([{ action: 'mentorship.matched', subject_id: mentorship.id }]);

    // The offer has one place: a second request cannot be matched with it.
    const second = await signedInClient(test, cast.otherApplicant.email);
    expect((await second.postForm('/de/mentoring/anfrage', { focus: 'application_coaching' })).statusCode).toBe(303);
    const secondRequest = await test.db
      .selectFrom('mentorship_requests')
      .select('id')
      .where('requester_user_id', '=', cast.otherApplicant.id)
      .executeTakeFirstOrThrow();
    const full = await coordinator.postForm('/de/mentoring/koordination/vermitteln', {
      request_id: secondRequest.id,
      offer_id: offer.id,
    });
    expect(full.statusCode).toBe(409);
    expect(full.body).toContain('Dieses Angebot hat keinen freien Platz mehr.');
    expect(await test.db.selectFrom('mentorships').select('id').execute()).toHaveLength(1);
    // Matching the same request twice is refused as well.
    expect(
      (
        await coordinator.postForm('/de/mentoring/koordination/vermitteln', {
          request_id: request.id,
          offer_id: offer.id,
        })
      ).statusCode,
    ).toBe(409);

    // Session log: mentee writes, mentor and coordinator read.
    const logged = await mentee.postForm(`/de/mentoring/patenschaften/${mentorship.id}/sitzungen`, {
      held_on: '2026-01-15',
      topic: 'Anschreiben für Mechatronik',
      note: 'Zwei Entwürfe besprochen.',
    });
    expect(logged.statusCode, logged.body.slice(0, 300)).toBe(303);
    expect((await mentor.get(`/de/mentoring/patenschaften/${mentorship.id}`)).body).toContain(
      'Anschreiben für Mechatronik',
    );
    expect((await coordinator.get(`/de/mentoring/patenschaften/${mentorship.id}`)).body).toContain(
      'Zwei Entwürfe besprochen.',
    );

    // A problem report reaches the coordinators, not the other side.
    const reported = await mentee.postForm(`/de/mentoring/patenschaften/${mentorship.id}/probleme`, {
      description: 'Mein Pate antwortet seit Wochen nicht.',
    });
    expect(reported.statusCode).toBe(303);
    expect((await mentee.get(`/de/mentoring/patenschaften/${mentorship.id}`)).body).toContain(
      'Mein Pate antwortet seit Wochen nicht.',
    );
    expect((await mentor.get(`/de/mentoring/patenschaften/${mentorship.id}`)).body).not.toContain(
      'antwortet seit Wochen',
    );
    const coordinatorView = await coordinator.get(`/de/mentoring/patenschaften/${mentorship.id}`);
    expect(coordinatorView.body).toContain('Mein Pate antwortet seit Wochen nicht.');
    const problem = await test.db.selectFrom('mentorship_problem_reports').select('id').executeTakeFirstOrThrow();
    expect((await mentor.postForm(`/de/mentoring/probleme/${problem.id}/erledigt`, {})).statusCode).toBe(404);
    expect((await coordinator.postForm(`/de/mentoring/probleme/${problem.id}/erledigt`, {})).statusCode).toBe(303);

    // The coordinator ends the mentorship; the place is free again and the log stays readable.
    expect((await mentor.postForm(`/de/mentoring/patenschaften/${mentorship.id}/beenden`, {})).statusCode).toBe(403);
    expect(
      (
        await coordinator.postForm(`/de/mentoring/patenschaften/${mentorship.id}/beenden`, {
          end_note: 'Neu vermitteln',
        })
      ).statusCode,
    ).toBe(303);
    expect(
      (
        await mentee.postForm(`/de/mentoring/patenschaften/${mentorship.id}/sitzungen`, {
          held_on: '2026-01-16',
          topic: 'Nachtrag',
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await coordinator.postForm('/de/mentoring/koordination/vermitteln', {
          request_id: secondRequest.id,
          offer_id: offer.id,
        })
      ).statusCode,
    ).toBe(303);
    expect((await mentee.get(`/de/mentoring/patenschaften/${mentorship.id}`)).body).toContain(
      'Anschreiben für Mechatronik',
    );
  });

  it('lets a large company mentor an SME, company to company, never itself', async () => {
    const cast = await createCast(test.db);
    const big = await signedInClient(test, cast.company.email);
    const small = await signedInClient(test, cast.otherCompany.email);
    expect(
      (
        await postPairs(big, '/de/mentoring/unternehmen/angebot', [
          ['focus', 'recruiting'],
          ['focus', 'intercultural_opening'],
          ['capacity', '2'],
        ])
      ).statusCode,
    ).toBe(303);
    expect(
      (
        await small.postForm('/de/mentoring/unternehmen/anfrage', {
          focus: 'intercultural_opening',
          city: 'gelsenkirchen',
        })
      ).statusCode,
    ).toBe(303);
    expect((await big.postForm('/de/mentoring/unternehmen/anfrage', { focus: 'recruiting' })).statusCode).toBe(303);
    const offer = await test.db.selectFrom('mentorship_offers').selectAll().executeTakeFirstOrThrow();
    expect(offer).toMatchObject({
      audience: 'company',
      mentor_kind: 'company',
      organisation_id: cast.company.organisation?.id,
    });
    const requests = await test.db
      .selectFrom('mentorship_requests')
      .select(['id', 'requester_user_id'])
      .orderBy('created_at')
      .execute();
    const smallRequest = requests.find((r) => r.requester_user_id === cast.otherCompany.id);
    const ownRequest = requests.find((r) => r.requester_user_id === cast.company.id);

    const coordinator = await signedInClient(test, cast.coordinator.email);
    const desk = await coordinator.get('/de/mentoring/koordination');
    expect(desk.body).toContain('Unternehmen Karl Klein');
    const own = await coordinator.postForm('/de/mentoring/koordination/vermitteln', {
      request_id: ownRequest?.id ?? '',
      offer_id: offer.id,
    });
    expect(own.statusCode).toBe(409);
    expect(own.body).toContain('Niemand kann sich selbst begleiten.');
    expect(
      (
        await coordinator.postForm('/de/mentoring/koordination/vermitteln', {
          request_id: smallRequest?.id ?? '',
          offer_id: offer.id,
        })
      ).statusCode,
    ).toBe(303);

    // A person's request never meets a company offer.
    const applicant = await signedInClient(test, cast.applicant.email);
    expect((await applicant.postForm('/de/mentoring/anfrage', { focus: 'crisis_support' })).statusCode).toBe(303);
    const personRequest = await test.db
      .selectFrom('mentorship_requests')
      .select('id')
      .where('requester_user_id', '=', cast.applicant.id)
      .executeTakeFirstOrThrow();
    expect(
      (
        await coordinator.postForm('/de/mentoring/koordination/vermitteln', {
          request_id: personRequest.id,
          offer_id: offer.id,
        })
      ).statusCode,
    ).toBe(409);
    // Companies cannot ask for a person's mentorship, applicants cannot speak for a company.
    expect((await big.get('/de/mentoring/anfrage')).statusCode).toBe(403);
    expect(
      (await applicant.postForm('/de/mentoring/unternehmen/angebot', { focus: 'recruiting', capacity: '1' }))
        .statusCode,
    ).toBe(403);
  });

  it('withdraws a request and closes an offer only for their owner', async () => {
    const cast = await createCast(test.db);
    const mentor = await signedInClient(test, cast.volunteer.email);
    const mentee = await signedInClient(test, cast.applicant.email);
    const stranger = await signedInClient(test, cast.otherApplicant.email);
    await mentor.postForm('/de/mentoring/angebot', { focus: 'crisis_support', capacity: '3' });
    await mentee.postForm('/de/mentoring/anfrage', { focus: 'crisis_support' });
    const offer = await test.db.selectFrom('mentorship_offers').select('id').executeTakeFirstOrThrow();
    const request = await test.db.selectFrom('mentorship_requests').select('id').executeTakeFirstOrThrow();
    expect((await stranger.postForm(`/de/mentoring/angebote/${offer.id}/schliessen`, {})).statusCode).toBe(404);
    expect((await stranger.postForm(`/de/mentoring/anfragen/${request.id}/zurueckziehen`, {})).statusCode).toBe(404);
    expect((await mentee.postForm('/de/mentoring/anfrage', { focus: 'crisis_support' })).statusCode).toBe(409);
    expect((await mentee.postForm(`/de/mentoring/anfragen/${request.id}/zurueckziehen`, {})).statusCode).toBe(303);
    expect((await mentor.postForm(`/de/mentoring/angebote/${offer.id}/schliessen`, {})).statusCode).toBe(303);
    expect((await mentor.postForm(`/de/mentoring/angebote/${offer.id}/schliessen`, {})).statusCode).toBe(409);
    const overview = await mentee.get('/de/mentoring');
    expect(overview.statusCode).toBe(200);
    expect(overview.body).not.toContain('Anfrage zurückziehen');
  });
});
