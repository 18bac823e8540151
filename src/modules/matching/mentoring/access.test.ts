import { describe, expect, it } from 'vitest';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { TestClient, useTestPlatform, waitForMail } from '../../../../tests/setup/test-platform.js';
import { personalDataSources } from '../../../core/privacy/registry.js';
import { createCast, mailsTo, postPairs } from './test-helpers.js';

const test = useTestPlatform();

/** A running mentorship between the volunteer and the applicant, with one logged session. */
async function runningMentorship() {
  const cast = await createCast(test.db);
  const mentor = await signedInClient(test, cast.volunteer.email);
  const mentee = await signedInClient(test, cast.applicant.email);
  const coordinator = await signedInClient(test, cast.coordinator.email);
  await mentor.postForm('/de/mentoring/angebot', { focus: 'apprenticeship_support', capacity: '2' });
  await mentee.postForm('/de/mentoring/anfrage', { focus: 'apprenticeship_support' });
  const offer = await test.db.selectFrom('mentorship_offers').select('id').executeTakeFirstOrThrow();
  const request = await test.db.selectFrom('mentorship_requests').select('id').executeTakeFirstOrThrow();
  expect(
    (
      await coordinator.postForm('/de/mentoring/koordination/vermitteln', {
        request_id: request.id,
        offer_id: offer.id,
      })
    ).statusCode,
  ).toBe(303);
  const { id } = await test.db.selectFrom('mentorships').select('id').executeTakeFirstOrThrow();
  expect(
    (
      await mentee.postForm(`/de/mentoring/patenschaften/${id}/sitzungen`, {
        held_on: '2026-02-02',
        topic: 'Streit mit dem Ausbilder',
        note: 'Vertrauliche Notiz',
      })
    ).statusCode,
  ).toBe(303);
  return { cast, mentor, mentee, coordinator, mentorshipId: id };
}

describe('mentoring: who must not see what', () => {
  it('keeps session logs and problem reports from another user, a company, another applicant and anonymous visitors', async () => {
    const { cast, mentorshipId } = await runningMentorship();
    const outsiders = [
      await signedInClient(test, cast.otherApplicant.email),
      await signedInClient(test, cast.company.email),
      await signedInClient(test, cast.otherCompany.email),
    ];
    for (const outsider of outsiders) {
      const page = await outsider.get(`/de/mentoring/patenschaften/${mentorshipId}`);
      expect(page.statusCode).toBe(404);
      expect(page.body).not.toContain('Streit mit dem Ausbilder');
      expect(
        (
          await outsider.postForm(`/de/mentoring/patenschaften/${mentorshipId}/sitzungen`, {
            held_on: '2026-02-03',
            topic: 'Eingeschleust',
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await outsider.postForm(`/de/mentoring/patenschaften/${mentorshipId}/probleme`, {
            description: 'Fremde Meldung',
          })
        ).statusCode,
      ).toBe(404);
      expect((await outsider.get('/de/mentoring/koordination')).statusCode).toBe(403);
      expect((await outsider.get('/de/mentoring')).body).not.toContain('Streit mit dem Ausbilder');
    }
    const anonymous = new TestClient(test.app);
    const redirected = await anonymous.get(`/de/mentoring/patenschaften/${mentorshipId}`);
    expect(redirected.statusCode).toBe(303);
    expect(redirected.headers.location).toContain('/de/anmelden?next=');
    expect(
      (
        await anonymous.postForm(`/de/mentoring/patenschaften/${mentorshipId}/sitzungen`, {
          held_on: '2026-02-03',
          topic: 'x',
        })
      ).statusCode,
    ).toBe(401);
    expect((await anonymous.get('/de/mentoring/koordination')).statusCode).toBe(303);
    expect(await test.db.selectFrom('mentorship_sessions').select('topic').execute()).toEqual([
      { topic: 'Streit mit dem Ausbilder' },
    ]);
    expect(await test.db.selectFrom('mentorship_problem_reports').select('id').execute()).toEqual([]);
    // An unverified cooperation office is no coordinator.
    await test.db
      .updateTable('organisations')
      .set({ verified_at: null })
      .where('id', '=', cast.coordinator.organisation?.id ?? '')
      .execute();
    const unverified = await signedInClient(test, cast.coordinator.email);
    expect((await unverified.get(`/de/mentoring/patenschaften/${mentorshipId}`)).statusCode).toBe(404);
  });

  it('keeps a drop-out request confidential: only coordinators read it, the company hears nothing', async () => {
    const cast = await createCast(test.db);
    const apprentice = await signedInClient(test, cast.applicant.email);
    const company = await signedInClient(test, cast.company.email);
    const other = await signedInClient(test, cast.otherApplicant.email);
    const coordinator = await signedInClient(test, cast.coordinator.email);

    expect((await company.get('/de/mentoring/abbruch-verhindern')).statusCode).toBe(403);
    const missingConsent = await apprentice.postForm('/de/mentoring/abbruch-verhindern', {
      situation: 'Mein Ausbilder schreit mich jeden Tag an.',
    });
    expect(missingConsent.statusCode).toBe(400);
    expect(missingConsent.body).toContain(
      'Bitte bestätigen Sie, dass Sie die Hinweise zur Vertraulichkeit gelesen haben.',
    );
    const asked = await apprentice.postForm('/de/mentoring/abbruch-verhindern', {
      situation: 'Mein Ausbilder schreit mich jeden Tag an.',
      reachable: 'abends',
      confidential: 'on',
    });
    expect(asked.statusCode).toBe(303);
    expect(
      (await apprentice.postForm('/de/mentoring/abbruch-verhindern', { situation: 'Noch einmal', confidential: 'on' }))
        .statusCode,
    ).toBe(409);
    const help = await test.db.selectFrom('dropout_help_requests').select('id').executeTakeFirstOrThrow();
    const notice = await waitForMail(test, cast.coordinator.email);
    expect(notice.text_body).not.toContain('schreit');

    for (const outsider of [company, other, apprentice]) {
      const page = await outsider.get(`/de/mentoring/koordination/hilfe/${help.id}`);
      expect(page.statusCode).toBe(404);
      expect(page.body).not.toContain('schreit');
      expect(
        (
          await outsider.postForm(`/de/mentoring/koordination/hilfe/${help.id}/vermittlung`, {
            mediator_user_id: cast.coordinator.id,
          })
        ).statusCode,
      ).toBe(404);
    }
    expect((await new TestClient(test.app).get(`/de/mentoring/koordination/hilfe/${help.id}`)).statusCode).toBe(303);

    const page = await coordinator.get(`/de/mentoring/koordination/hilfe/${help.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Mein Ausbilder schreit mich jeden Tag an.');
    const viewed = await test.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'action'])
      .where('subject_id', '=', help.id)
      .execute();
    expect(viewed).toEqual([{ actor_user_id: cast.coordinator.id, action: 'dropout_help.viewed' }]);
    // Only coordinators can be mediators.
    const wrongMediator = await coordinator.postForm(`/de/mentoring/koordination/hilfe/${help.id}/vermittlung`, {
      mediator_user_id: cast.company.id,
    });
    expect(wrongMediator.statusCode).toBe(400);
    expect(wrongMediator.body).toContain('Bitte wählen Sie eine Ansprechperson der Koordinierungsstelle.');
    expect(
      (
        await coordinator.postForm(`/de/mentoring/koordination/hilfe/${help.id}/vermittlung`, {
          mediator_user_id: cast.coordinator.id,
        })
      ).statusCode,
    ).toBe(303);
    // The apprentice may have older mails; wait for the one that names the mediator.
    const toApprentice = await waitForMail(test, cast.applicant.email, { containing: cast.coordinator.email });
    expect(toApprentice.text_body).not.toContain('schreit');
    expect((await apprentice.get('/de/mentoring')).body).toContain('Ansprechperson: Kim Koordination');
    expect(
      (await coordinator.postForm(`/de/mentoring/koordination/hilfe/${help.id}/abschliessen`, {})).statusCode,
    ).toBe(303);
    // Nothing ever went to a company address.
    await waitForMail(test, cast.coordinator.email, { count: 2 });
    expect(await mailsTo(test.db, cast.company.email)).toEqual([]);
    expect(await mailsTo(test.db, cast.otherCompany.email)).toEqual([]);
  });

  it('refuses bad input with 4xx and a message per field, never 5xx', async () => {
    const { cast, mentee, coordinator, mentorshipId } = await runningMentorship();
    const mentor = await signedInClient(test, cast.volunteer.email);
    const cases: [Awaited<ReturnType<typeof mentor.postForm>>, string][] = [
      [
        await mentor.postForm('/de/mentoring/angebot', { focus: 'application_coaching', capacity: 'viele' }),
        'Bitte geben Sie eine ganze Zahl von 1 bis 20 ein.',
      ],
      [
        await mentor.postForm('/de/mentoring/angebot', { focus: 'application_coaching', capacity: '21' }),
        'Bitte geben Sie eine ganze Zahl von 1 bis 20 ein.',
      ],
      [
        await mentor.postForm('/de/mentoring/angebot', { capacity: '2' }),
        'Bitte wählen Sie mindestens eine Möglichkeit.',
      ],
      [
        await mentor.postForm('/de/mentoring/angebot', { focus: 'astrology', capacity: '2' }),
        'Bitte wählen Sie eine der angebotenen Möglichkeiten.',
      ],
      [
        await mentor.postForm('/de/mentoring/angebot', { focus: 'crisis_support', capacity: '2', is_admin: '1' }),
        'Unbekannte Felder',
      ],
      [
        await mentee.postForm('/de/mentoring/anfrage', { focus: 'crisis_support', city: 'paris' }),
        'Bitte wählen Sie eine der angebotenen Möglichkeiten.',
      ],
      [
        await mentee.postForm('/de/mentoring/anfrage', { focus: 'crisis_support', note: 'x'.repeat(1001) }),
        'höchstens 1.000 Zeichen',
      ],
      [
        await mentee.postForm(`/de/mentoring/patenschaften/${mentorshipId}/sitzungen`, {
          held_on: '2026-02-30',
          topic: 'x',
        }),
        'Bitte geben Sie ein gültiges Datum ein',
      ],
      [
        await mentee.postForm(`/de/mentoring/patenschaften/${mentorshipId}/sitzungen`, {
          held_on: '2999-01-01',
          topic: 'x',
        }),
        'Das Treffen kann nicht in der Zukunft liegen.',
      ],
      [
        await mentee.postForm(`/de/mentoring/patenschaften/${mentorshipId}/sitzungen`, {
          held_on: '2026-01-01',
          topic: ' ',
        }),
        'Bitte füllen Sie dieses Feld aus.',
      ],
      [
        await coordinator.postForm('/de/mentoring/koordination/vermitteln', { request_id: 'abc', offer_id: 'def' }),
        'Bitte wählen Sie eine Anfrage.',
      ],
    ];
    for (const [response, message] of cases) {
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.body).toContain(message);
    }
    expect((await mentee.get('/de/mentoring/patenschaften/not-a-uuid')).statusCode).toBe(400);
    expect((await mentee.get('/de/mentoring/zweite-chance?city=atlantis')).statusCode).toBe(400);
    expect(
      (await mentee.postForm('/de/mentoring/anfrage', { focus: 'crisis_support' }, { csrf: false })).statusCode,
    ).toBe(403);
    expect(await test.db.selectFrom('mentorship_offers').select('id').execute()).toHaveLength(1);
    expect(await test.db.selectFrom('mentorship_sessions').select('id').execute()).toHaveLength(1);
  });

  it('shows open apprenticeship places and re-qualification offers as a second chance', async () => {
    const cast = await createCast(test.db);
    const { postcode } = await test.db
      .selectFrom('postcode_areas')
      .select('postcode')
      .where('city', '=', 'essen')
      .executeTakeFirstOrThrow();
    const companyId = cast.company.organisation?.id ?? '';
    const position = (title: string, overrides: Record<string, unknown> = {}) => ({
      organisation_id: companyId,
      kind: 'apprenticeship' as const,
      occupation_id: 'industriekaufmann',
      title,
      city: 'essen' as const,
      postcode,
      starts_on: '2027-08-01',
      places: 2,
      deadline: '2099-06-30',
      status: 'published' as const,
      published_at: new Date(),
      ...overrides,
    });
    await test.db
      .insertInto('positions')
      .values([
        position('Ausbildung Industriekaufleute Essen'),
        position('Abgelaufene Ausbildung', { deadline: '2020-01-01' }),
        position('Entwurf einer Ausbildung', { status: 'draft' }),
        position('Kurzes Praktikum', { kind: 'internship' }),
      ])
      .execute();
    await test.db
      .insertInto('catalogue_entries')
      .values([
        {
          kind: 'offer',
          organisation_id: companyId,
          status: 'published',
          title: 'Umschulung Lagerlogistik',
          summary: 'Teilqualifizierung in Modulen.',
          fields_of_action: ['qualification'],
          published_at: new Date(),
        },
        {
          kind: 'offer',
          organisation_id: companyId,
          status: 'published',
          title: 'Kochkurs',
          summary: 'Nicht passend.',
          fields_of_action: ['communication'],
          published_at: new Date(),
        },
        {
          kind: 'offer',
          organisation_id: companyId,
          status: 'draft',
          title: 'Unveröffentlichte Umschulung',
          summary: 'Entwurf.',
          fields_of_action: ['qualification'],
        },
      ])
      .execute();
    const page = await new TestClient(test.app).get('/de/mentoring/zweite-chance');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Ausbildung Industriekaufleute Essen');
    expect(page.body).toContain('Umschulung Lagerlogistik');
    for (const hidden of [
      'Abgelaufene Ausbildung',
      'Entwurf einer Ausbildung',
      'Kurzes Praktikum',
      'Kochkurs',
      'Unveröffentlichte Umschulung',
    ])
      expect(page.body).not.toContain(hidden);
    const elsewhere = await new TestClient(test.app).get('/de/mentoring/zweite-chance?city=bochum');
    expect(elsewhere.body).not.toContain('Ausbildung Industriekaufleute Essen');
    expect(elsewhere.body).toContain('Umschulung Lagerlogistik');
  });

  it('exports and erases mentoring data with the account, and purges what is past its retention', async () => {
    const { cast, mentorshipId } = await runningMentorship();
    const source = personalDataSources().find((s) => s.id === 'mentoring');
    expect(source).toBeDefined();
    const exported = (await source?.export(test.db, cast.applicant.id)) as {
      requests: unknown[];
      sessions: { topic: string }[];
    };
    expect(exported.requests).toHaveLength(1);
    expect(exported.sessions).toEqual([expect.objectContaining({ topic: 'Streit mit dem Ausbilder' })]);
    await test.db
      .updateTable('mentorships')
      .set({ status: 'ended', ended_at: new Date('2020-01-01') })
      .where('id', '=', mentorshipId)
      .execute();
    expect(await source?.purgeExpired?.(test.db, new Date())).toBe(1);
    expect(await test.db.selectFrom('mentorships').select('id').execute()).toEqual([]);
    expect(await test.db.selectFrom('mentorship_sessions').select('id').execute()).toEqual([]);
    await test.db.transaction().execute((trx) => source?.erase(trx, cast.volunteer.id) ?? Promise.resolve());
    expect(await test.db.selectFrom('mentorship_offers').select('id').execute()).toEqual([]);
    const pairs = await postPairs(await signedInClient(test, cast.applicant.email), '/de/mentoring/anfrage', [
      ['focus', 'crisis_support'],
    ]);
    expect(pairs.statusCode).toBe(303);
  });
});
