import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { TestClient, useTestPlatform, waitForMail } from '../../../../tests/setup/test-platform.js';
import {
  IDENTITY_NEEDLES,
  SEEDED_IDENTITY,
  applicationForm,
  createApplicant,
  createSeededApplicant,
  insertPosition,
  seededApplicationForm,
} from './test-helpers.js';

const test = useTestPlatform();

interface ApiApplication {
  status: string;
  identity: unknown;
  messages: { body: string | null }[];
}

function leaks(body: string): string[] {
  return IDENTITY_NEEDLES.filter((needle) => body.includes(needle));
}

async function mailWithSubject(to: string, fragment: string): Promise<{ subject: string; text_body: string }> {
  for (let tries = 0; tries < 150; tries++) {
    const mails = await test.db
      .selectFrom('dev_outbox')
      .select(['subject', 'text_body'])
      .where('to_address', '=', to)
      .execute();
    const found = mails.find((mail) => mail.subject.includes(fragment));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No mail to ${to} with "${fragment}"`);
}

async function companyWithRoles() {
  const admin = await createUser(test.db, {
    organisationType: 'company',
    email: 'chefin@betrieb-essen.example',
    locale: 'de',
  });
  const member = await createUser(test.db, {
    organisation: { id: admin.organisation!.id },
    role: 'member',
    email: 'ausbilder@betrieb-essen.example',
    locale: 'en',
  });
  const position = await insertPosition(test.db, {
    organisationId: admin.organisation!.id,
    title: 'Ausbildung Mechatroniker:in (Essen)',
  });
  return {
    admin,
    member,
    position,
    adminClient: await signedInClient(test, admin.email),
    memberClient: await signedInClient(test, member.email),
  };
}

async function apply(client: TestClient, positionId: string, fields: Record<string, string>): Promise<string> {
  const response = await client.postForm(`/de/bewerbungen/neu/${positionId}`, fields);
  expect(response.statusCode, response.body.slice(0, 2000)).toBe(303);
  return /\/bewerbungen\/([0-9a-f-]{36})$/.exec(response.headers.location as string)?.[1] ?? '';
}

describe('anonymised applications: the privacy boundary', () => {
  it('shows the company nothing of the identity before consent — on every page, API route and mail — and name and contact after, audited', async () => {
    const company = await companyWithRoles();
    const seeded = await createSeededApplicant(test.db);
    const applicant = await signedInClient(test, SEEDED_IDENTITY.accountEmail);
    const applicationId = await apply(applicant, company.position.id, seededApplicationForm());

    const companyResponses: { label: string; response: LightMyRequestResponse }[] = [];
    const record = (label: string, response: LightMyRequestResponse) => {
      companyResponses.push({ label, response });
      return response;
    };
    const viewEverything = async (stage: string) => {
      for (const [role, client] of [
        ['admin', company.adminClient],
        ['member', company.memberClient],
      ] as const) {
        const pages = [
          `/de/firma/stellen/${company.position.id}/bewerbungen`,
          `/de/firma/bewerbungen/${applicationId}`,
          `/ar/firma/bewerbungen/${applicationId}`,
          `/api/v1/matching/positions/${company.position.id}/applications`,
          `/api/v1/matching/applications/${applicationId}`,
        ];
        for (const url of pages)
          expect(record(`${stage} ${role} GET ${url}`, await client.get(url)).statusCode).toBe(200);
      }
    };

    await viewEverything('submitted');
    // The applicant writes; one message passes, one with contact data is held back.
    expect(
      (
        await applicant.postForm(`/de/bewerbungen/${applicationId}/nachrichten`, {
          body: 'Guten Tag, ich freue mich auf Ihre Antwort.',
        })
      ).statusCode,
    ).toBe(303);
    expect(
      (
        await applicant.postForm(`/de/bewerbungen/${applicationId}/nachrichten`, {
          body: `Rufen Sie mich an: ${SEEDED_IDENTITY.phone}`,
        })
      ).statusCode,
    ).toBe(303);
    expect(
      (await applicant.postForm(`/de/bewerbungen/${applicationId}/nachrichten`, { body: 'Viele Grüße, Zeynep' }))
        .statusCode,
    ).toBe(303);
    record(
      'company message',
      await company.memberClient.postForm(`/de/firma/bewerbungen/${applicationId}/nachrichten`, {
        body: 'Danke für Ihre Bewerbung!',
      }),
    );
    record(
      'empty message',
      await company.memberClient.postForm(`/de/firma/bewerbungen/${applicationId}/nachrichten`, { body: '' }),
    );
    record(
      'bad status',
      await company.adminClient.postForm(`/de/firma/bewerbungen/${applicationId}/status`, { status: 'contract' }),
    );
    record(
      'in review',
      await company.adminClient.postForm(`/de/firma/bewerbungen/${applicationId}/status`, { status: 'in_review' }),
    );
    record(
      'api message',
      await company.adminClient.sendJson('POST', `/api/v1/matching/applications/${applicationId}/messages`, {
        body: 'Haben Sie im Mai Zeit?',
      }),
    );
    await viewEverything('in_review');
    record(
      'invite',
      await company.adminClient.postForm(`/de/firma/bewerbungen/${applicationId}/status`, {
        status: 'invited',
        note: 'Wir laden Sie gern zum Gespräch ein.',
      }),
    );
    await viewEverything('invited');

    const detail = companyResponses.find((r) => r.label === `invited admin GET /de/firma/bewerbungen/${applicationId}`)!
      .response.body;
    expect(detail).toContain('Guten Tag, ich freue mich auf Ihre Antwort.');
    expect(detail).toContain('Ein Schuljahr in Izmir');
    expect(detail).not.toContain('Rufen Sie mich an');
    expect(detail).not.toContain(seeded.pseudonym);
    expect(detail).not.toContain(seeded.profileId);
    const json = JSON.parse(
      companyResponses.find((r) => r.label === `invited member GET /api/v1/matching/applications/${applicationId}`)!
        .response.body,
    ) as ApiApplication;
    expect(json).toMatchObject({
      status: 'invited',
      identity: null,
      qualifications: {
        school_certificate: 'msa',
        languages: [
          { code: 'tr', level: 'C2' },
          { code: 'de', level: 'C1' },
        ],
      },
    });
    expect(json.messages.map((m) => m.body)).toEqual([
      'Guten Tag, ich freue mich auf Ihre Antwort.',
      'Danke für Ihre Bewerbung!',
      'Haben Sie im Mai Zeit?',
      'Wir laden Sie gern zum Gespräch ein.',
    ]);

    for (const { label, response } of companyResponses) {
      expect(leaks(response.body), label).toEqual([]);
      expect(response.body, label).not.toContain(seeded.pseudonym);
    }
    // Mails to the company name only the pseudonym.
    await waitForMail(test, company.member.email, { count: 3 });
    const companyMails = await test.db
      .selectFrom('dev_outbox')
      .select(['subject', 'text_body'])
      .where('to_address', 'in', [company.admin.email, company.member.email])
      .execute();
    expect(companyMails.length).toBeGreaterThanOrEqual(3);
    for (const mail of companyMails) expect(leaks(`${mail.subject}\n${mail.text_body}`)).toEqual([]);

    // The applicant is asked; the invitation mail links to the consent page.
    const invitation = await mailWithSubject(SEEDED_IDENTITY.accountEmail, 'Einladung zum Vorstellungsgespräch');
    expect(invitation.text_body).toContain(`http://localhost:3000/de/bewerbungen/${applicationId}`);
    const consentPage = await applicant.get(`/de/bewerbungen/${applicationId}`);
    expect(consentPage.body).toContain('Zustimmen und Name und Kontakt freigeben');
    expect(consentPage.body).toContain('Zurückgehalten, nicht zugestellt');
    expect(
      await test.db.selectFrom('audit_log').select('id').where('action', 'like', 'application.identity%').execute(),
    ).toHaveLength(0);

    // Before consent: the company's own held-back message is shown to it alone, with its notice.
    record(
      'company message with contact data',
      await company.adminClient.postForm(`/de/firma/bewerbungen/${applicationId}/nachrichten`, {
        body: 'Schreiben Sie gern an ausbildung@betrieb-essen.example',
      }),
    );
    expect((await company.adminClient.get(`/de/firma/bewerbungen/${applicationId}`)).body).toContain(
      'Zurückgehaltene Nachrichten Ihres Unternehmens',
    );
    expect((await applicant.get(`/de/bewerbungen/${applicationId}`)).body).not.toContain('ausbildung@betrieb-essen');

    expect(
      (await applicant.postForm(`/de/bewerbungen/${applicationId}/einwilligung`, { decision: 'consent' })).statusCode,
    ).toBe(303);
    const revealed = await company.memberClient.get(`/de/firma/bewerbungen/${applicationId}`);
    // Consent delivers what was held back, both ways, and the hold-back notices are gone.
    expect(revealed.body).toContain(`Rufen Sie mich an: ${SEEDED_IDENTITY.phone}`);
    expect(revealed.body).toContain('Viele Grüße, Zeynep');
    expect(revealed.body).not.toContain('Zurückgehaltene Nachrichten Ihres Unternehmens');
    const applicantAfterConsent = await applicant.get(`/de/bewerbungen/${applicationId}`);
    expect(applicantAfterConsent.body).toContain('Schreiben Sie gern an ausbildung@betrieb-essen.example');
    expect(applicantAfterConsent.body).not.toContain('Zurückgehalten, nicht zugestellt');
    await mailWithSubject(SEEDED_IDENTITY.accountEmail, 'Neue Nachricht zu Ihrer Bewerbung');
    // Each company member (admin in German, member in English) got one mail for the applicant's
    // message that passed at once, and one more is queued for them: the held-back messages arrived.
    // Notifications of one conversation are bundled, so that one goes out a quarter hour after the first.
    const messageMails = async () =>
      (
        await test.db
          .selectFrom('dev_outbox')
          .select('to_address')
          .where((eb) =>
            eb.or([
              eb.and([
                eb('to_address', '=', company.admin.email),
                eb('subject', 'like', 'Neue Nachricht zur Bewerbung%'),
              ]),
              eb.and([eb('to_address', '=', company.member.email), eb('subject', 'like', 'New message%')]),
            ]),
          )
          .execute()
      ).length;
    let messageMailsAfter = 0;
    for (let tries = 0; tries < 150 && messageMailsAfter < 2; tries++) {
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      messageMailsAfter = await messageMails();
    }
    expect(messageMailsAfter).toBe(2);
    const bundledWaiting = await test.db
      .selectFrom('mail_queue')
      .select('id')
      .where('bundle_digest', 'is not', null)
      .execute();
    // Waiting: one each for the two members and one for the applicant (who had a mail for the company's
    // first message a moment ago).
    expect(bundledWaiting).toHaveLength(3);
    expect(revealed.body).toContain(SEEDED_IDENTITY.fullName);
    expect(revealed.body).toContain(SEEDED_IDENTITY.contactEmail);
    expect(revealed.body).toContain(SEEDED_IDENTITY.phone);
    // Never shown, not even after consent: birth date, nationality, gender; nor the account's own address.
    for (const never of ['2004-03-17', '17.03.2004', 'moldauisch', 'weiblich', SEEDED_IDENTITY.accountEmail])
      expect(revealed.body).not.toContain(never);
    const revealedJson = JSON.parse(
      (await company.adminClient.get(`/api/v1/matching/applications/${applicationId}`)).body,
    ) as ApiApplication;
    expect(revealedJson.identity).toEqual({
      name: SEEDED_IDENTITY.fullName,
      email: SEEDED_IDENTITY.contactEmail,
      phone: SEEDED_IDENTITY.phone,
      address: SEEDED_IDENTITY.address,
    });

    const audit = await test.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'subject_id', 'organisation_id'])
      .where('action', 'like', 'application.identity%')
      .orderBy('id')
      .execute();
    expect(audit[0]).toEqual({
      action: 'application.identity_revealed',
      actor_user_id: seeded.userId,
      subject_id: applicationId,
      organisation_id: company.position.organisationId,
    });
    expect(audit.filter((a) => a.action === 'application.identity_viewed').map((a) => a.actor_user_id)).toEqual([
      company.member.id,
      company.admin.id,
    ]);

    // After the reveal, messages with contact data pass.
    await applicant.postForm(`/de/bewerbungen/${applicationId}/nachrichten`, {
      body: `Meine Nummer: ${SEEDED_IDENTITY.phone}`,
    });
    expect((await company.adminClient.get(`/de/firma/bewerbungen/${applicationId}`)).body).toContain(
      'Meine Nummer: +49 176 98765432',
    );

    // Withdrawing after the reveal hides the identity again and keeps the audit trail.
    expect((await applicant.postForm(`/de/bewerbungen/${applicationId}/zurueckziehen`, {})).statusCode).toBe(303);
    for (const client of [company.adminClient, company.memberClient]) {
      for (const url of [
        `/de/firma/bewerbungen/${applicationId}`,
        `/api/v1/matching/applications/${applicationId}`,
        `/de/firma/stellen/${company.position.id}/bewerbungen`,
      ]) {
        const response = await client.get(url);
        expect(response.statusCode).toBe(200);
        expect(leaks(response.body), url).toEqual([]);
        // A message delivered at consent is hidden again with the identity it carried.
        expect(response.body, url).not.toContain('Rufen Sie mich an');
      }
    }
    const after = await test.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', applicationId)
      .execute();
    expect(after.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'application.identity_revealed',
        'application.identity_viewed',
        'application.identity_hidden',
      ]),
    );
  });

  it('answers every route with 401/403/404 and no data for another company, a provider, another applicant and an anonymous visitor', async () => {
    const company = await companyWithRoles();
    await createSeededApplicant(test.db);
    const applicant = await signedInClient(test, SEEDED_IDENTITY.accountEmail);
    const applicationId = await apply(applicant, company.position.id, seededApplicationForm());
    await applicant.postForm(`/de/bewerbungen/${applicationId}/nachrichten`, {
      body: 'Eine erste Frage zur Ausbildung.',
    });
    await company.adminClient.postForm(`/de/firma/bewerbungen/${applicationId}/status`, { status: 'invited' });
    await applicant.postForm(`/de/bewerbungen/${applicationId}/einwilligung`, { decision: 'consent' });

    const otherCompany = await createUser(test.db, {
      organisationType: 'company',
      email: 'fremd@andere-firma.example',
    });
    const otherPosition = await insertPosition(test.db, {
      organisationId: otherCompany.organisation!.id,
      title: 'Praktikum Büro',
    });
    const provider = await createUser(test.db, { organisationType: 'provider', email: 'beratung@traeger.example' });
    const office = await createUser(test.db, {
      organisationType: 'cooperation_office',
      role: 'admin',
      email: 'leitung@koordinierung.example',
    });
    const otherApplicant = await createApplicant(test.db, { email: 'andere@mail.example' });
    const strangers: [string, TestClient][] = [
      ['other company', await signedInClient(test, otherCompany.email)],
      ['provider', await signedInClient(test, provider.email)],
      ['cooperation office', await signedInClient(test, office.email)],
      ['other applicant', await signedInClient(test, otherApplicant.email)],
      ['anonymous', new TestClient(test.app)],
    ];
    const before = await test.db
      .selectFrom('applications')
      .select(['status', 'updated_at'])
      .where('id', '=', applicationId)
      .executeTakeFirstOrThrow();
    const messageCount = async () => (await test.db.selectFrom('application_messages').select('id').execute()).length;
    const messagesBefore = await messageCount();

    for (const [who, client] of strangers) {
      const gets = [
        `/de/firma/stellen/${company.position.id}/bewerbungen`,
        `/de/firma/bewerbungen/${applicationId}`,
        `/de/bewerbungen/${applicationId}`,
        `/api/v1/matching/positions/${company.position.id}/applications`,
        `/api/v1/matching/applications/${applicationId}`,
      ];
      for (const url of gets) {
        const response = await client.get(url);
        expect([303, 401, 403, 404], `${who} GET ${url}`).toContain(response.statusCode);
        if (response.statusCode === 303) expect(response.headers.location).toContain('/de/anmelden');
        expect(leaks(response.body), `${who} GET ${url}`).toEqual([]);
        expect(response.body).not.toContain('Eine erste Frage');
      }
      const forms: [string, Record<string, string>][] = [
        [`/de/firma/bewerbungen/${applicationId}/status`, { status: 'declined' }],
        [`/de/firma/bewerbungen/${applicationId}/nachrichten`, { body: 'Hallo' }],
        [`/de/bewerbungen/${applicationId}/einwilligung`, { decision: 'decline' }],
        [`/de/bewerbungen/${applicationId}/zurueckziehen`, {}],
        [`/de/bewerbungen/${applicationId}/nachrichten`, { body: 'Hallo' }],
      ];
      for (const [url, fields] of forms) {
        const response = await client.postForm(url, fields);
        expect([401, 403, 404], `${who} POST ${url}`).toContain(response.statusCode);
        expect(leaks(response.body), `${who} POST ${url}`).toEqual([]);
      }
      for (const [url, payload] of [
        [`/api/v1/matching/applications/${applicationId}/status`, { status: 'declined' }],
        [`/api/v1/matching/applications/${applicationId}/messages`, { body: 'Hallo' }],
      ] as const) {
        const response = await client.sendJson('POST', url, payload);
        expect([401, 403, 404], `${who} POST ${url}`).toContain(response.statusCode);
      }
    }
    // The other company with its own ids in the URL, and the company with the other company's position.
    const ownerWithForeignIds = await company.adminClient.get(`/de/firma/stellen/${otherPosition.id}/bewerbungen`);
    expect(ownerWithForeignIds.statusCode).toBe(404);
    // The company on the applicant's own pages.
    expect((await company.memberClient.get(`/de/bewerbungen/${applicationId}`)).statusCode).toBe(404);
    expect((await company.memberClient.postForm(`/de/bewerbungen/${applicationId}/zurueckziehen`, {})).statusCode).toBe(
      404,
    );
    // The applicant on the company's pages.
    expect((await applicant.get(`/de/firma/bewerbungen/${applicationId}`)).statusCode).toBe(404);
    expect(
      (await applicant.postForm(`/de/firma/bewerbungen/${applicationId}/status`, { status: 'contract' })).statusCode,
    ).toBe(404);

    const unchanged = await test.db
      .selectFrom('applications')
      .select(['status', 'updated_at'])
      .where('id', '=', applicationId)
      .executeTakeFirstOrThrow();
    expect(unchanged).toEqual(before);
    expect(await messageCount()).toBe(messagesBefore);
    const viewers = await test.db
      .selectFrom('audit_log')
      .select('actor_user_id')
      .where('action', '=', 'application.identity_viewed')
      .execute();
    expect(viewers).toHaveLength(0);
  });

  it('answers bad input with 4xx: unknown fields, 100 KB, wrong ids, missing CSRF', async () => {
    const company = await companyWithRoles();
    const applicantUser = await createApplicant(test.db, { email: 'eingabe@mail.example' });
    const applicant = await signedInClient(test, applicantUser.email);
    const url = `/de/bewerbungen/neu/${company.position.id}`;
    expect((await applicant.postForm(url, applicationForm({ profile_id: applicantUser.profileId }))).statusCode).toBe(
      400,
    );
    expect((await applicant.postForm(url, applicationForm({ motivation: 'x'.repeat(100_000) }))).statusCode).toBe(400);
    expect((await applicant.postForm(url, applicationForm({ school_certificate: 'doktor' }))).statusCode).toBe(400);
    expect((await applicant.postForm('/de/bewerbungen/neu/not-a-uuid', applicationForm())).statusCode).toBe(400);
    expect(
      (await applicant.postForm('/de/bewerbungen/neu/00000000-0000-4000-8000-000000000000', applicationForm()))
        .statusCode,
    ).toBe(404);
    expect((await applicant.postForm(url, applicationForm(), { csrf: false })).statusCode).toBe(403);
    const huge = await applicant.raw({
      method: 'POST',
      url,
      payload: 'x'.repeat(300 * 1024),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(huge.statusCode).toBeGreaterThanOrEqual(400);
    expect(huge.statusCode).toBeLessThan(500);
    expect(await test.db.selectFrom('applications').select('id').execute()).toHaveLength(0);

    const applicationId = await apply(applicant, company.position.id, applicationForm());
    const api = `/api/v1/matching/applications/${applicationId}`;
    expect(
      (await company.adminClient.sendJson('POST', `${api}/status`, { status: 'in_review', approve: true })).statusCode,
    ).toBe(400);
    expect((await company.adminClient.sendJson('POST', `${api}/status`, { status: 'hired' })).statusCode).toBe(400);
    expect(
      (await company.adminClient.sendJson('POST', `${api}/messages`, { body: 'y'.repeat(100_000) })).statusCode,
    ).toBe(400);
    expect((await company.adminClient.get('/api/v1/matching/applications/not-a-uuid')).statusCode).toBe(400);
    expect(
      (await company.adminClient.get('/api/v1/matching/applications/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
    expect(
      (
        await company.adminClient.postForm(`/de/firma/bewerbungen/${applicationId}/status`, {
          status: 'in_review',
          extra: '1',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await company.adminClient.postForm(`/de/firma/bewerbungen/${applicationId}/nachrichten`, {
          body: 'z'.repeat(100_000),
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await applicant.postForm(`/de/bewerbungen/${applicationId}/einwilligung`, { decision: 'maybe' })).statusCode,
    ).toBe(400);
    expect(
      (await applicant.postForm(`/de/bewerbungen/${applicationId}/zurueckziehen`, { status: 'submitted' })).statusCode,
    ).toBe(400);
    expect(
      (
        await test.db
          .selectFrom('applications')
          .select('status')
          .where('id', '=', applicationId)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('submitted');
    expect(await test.db.selectFrom('application_messages').select('id').execute()).toHaveLength(0);
  });
});

describe('ranked talents: the privacy boundary', () => {
  it('shows the company only pseudonym and qualifications while it invites, saves and follows a talent — and the applicant the invitation', async () => {
    const company = await companyWithRoles();
    const seeded = await createSeededApplicant(test.db);
    const applicant = await signedInClient(test, SEEDED_IDENTITY.accountEmail);
    const responses: { label: string; response: LightMyRequestResponse }[] = [];
    const get = async (label: string, client: TestClient, url: string) => {
      const response = await client.get(url);
      responses.push({ label: `${label} GET ${url}`, response });
      return response;
    };
    const candidates = `/de/stellen/${company.position.id}/kandidaten`;
    const talents = `/de/stellen/${company.position.id}/talente`;

    const list = await get('admin', company.adminClient, candidates);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(seeded.pseudonym);
    expect(list.body).toContain(`${seeded.pseudonym} zur Bewerbung einladen`);
    expect((await get('member', company.memberClient, `/ar${candidates.slice(3)}`)).statusCode).toBe(200);
    expect((await get('admin', company.adminClient, `${candidates}?page=9`)).statusCode).toBe(400);

    const invite = await company.memberClient.postForm(`${candidates}/einladen?languages_1=tr&page=1`, {
      profile: seeded.profileId,
    });
    responses.push({ label: 'invite', response: invite });
    expect(invite.statusCode).toBe(303);
    expect(invite.headers.location).toBe(`${candidates}?languages_1=tr&page=1#talent-${seeded.profileId}`);
    const again = await company.adminClient.postForm(`${candidates}/einladen`, { profile: seeded.profileId });
    responses.push({ label: 'invite again', response: again });
    expect(again.statusCode).toBe(409);
    const save = await company.adminClient.postForm(`${candidates}/merken?back=talente`, {
      profile: seeded.profileId,
      saved: '1',
    });
    responses.push({ label: 'save', response: save });
    expect(save.statusCode).toBe(303);
    expect(save.headers.location).toBe(talents);
    const overview = await get('admin', company.adminClient, talents);
    expect(overview.body).toContain(seeded.pseudonym);
    expect(overview.body).toContain('Eingeladen, noch keine Antwort');

    // The applicant is told by mail and sees the invitation above the matches, with the way to apply.
    const mail = await mailWithSubject(SEEDED_IDENTITY.accountEmail, 'Einladung zur Bewerbung');
    expect(mail.text_body).toContain('http://localhost:3000/de/profil/passende-stellen#einladungen');
    const matches = await applicant.get('/de/profil/passende-stellen');
    expect(matches.body).toContain(`Jetzt bewerben: ${company.position.title}`);
    expect(matches.body).toContain(`/de/bewerbungen/neu/${company.position.id}`);
    const applicationId = await apply(applicant, company.position.id, seededApplicationForm());
    expect((await applicant.get('/de/profil/passende-stellen')).body).toContain('Sie haben sich beworben');

    // The company learns that the talent applied — not which application is theirs, nor who they are.
    const afterApply = await get('member', company.memberClient, talents);
    expect(afterApply.body).toContain('Hat sich beworben');
    expect(afterApply.body).not.toContain(applicationId);
    await get('admin', company.adminClient, candidates);
    for (const { label, response } of responses) {
      expect(leaks(response.body), label).toEqual([]);
      expect(response.body, label).not.toContain(SEEDED_IDENTITY.accountEmail);
    }
    for (const mail of await test.db
      .selectFrom('dev_outbox')
      .select(['subject', 'text_body'])
      .where('to_address', 'in', [company.admin.email, company.member.email])
      .execute())
      expect(leaks(`${mail.subject}\n${mail.text_body}`)).toEqual([]);
  });

  it('lets only verified members of the owning company invite or save, never for a hidden profile; the applicant alone declines', async () => {
    const company = await companyWithRoles();
    const talent = await createApplicant(test.db, { email: 'gesucht@mail.example' });
    const hidden = await createApplicant(test.db, { email: 'verborgen@mail.example' });
    await test.db
      .updateTable('applicant_profiles')
      .set({ is_active: false })
      .where('id', '=', hidden.profileId)
      .execute();
    const candidates = `/de/stellen/${company.position.id}/kandidaten`;
    expect((await company.adminClient.get(candidates)).body).not.toContain(hidden.pseudonym);
    expect(
      (await company.adminClient.postForm(`${candidates}/einladen`, { profile: hidden.profileId })).statusCode,
    ).toBe(404);
    expect(
      (await company.adminClient.postForm(`${candidates}/merken`, { profile: hidden.profileId, saved: '1' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await company.adminClient.postForm(`${candidates}/einladen`, { profile: talent.profileId })).statusCode,
    ).toBe(303);
    const invitation = await test.db
      .selectFrom('talent_invitations')
      .select('id')
      .where('profile_id', '=', talent.profileId)
      .executeTakeFirstOrThrow();

    const otherCompany = await createUser(test.db, {
      organisationType: 'company',
      email: 'fremd@zweite-firma.example',
    });
    const unverified = await createUser(test.db, {
      organisation: { type: 'company', verified_at: null },
      role: 'admin',
      email: 'neu@ungepruefte-firma.example',
    });
    const provider = await createUser(test.db, {
      organisationType: 'provider',
      email: 'beratung@traeger-zwei.example',
    });
    const cityOffice = await createUser(test.db, {
      organisationType: 'municipality',
      role: 'admin',
      email: 'verwaltung@stadt.example',
    });
    const otherApplicant = await createApplicant(test.db, { email: 'andere-person@mail.example' });
    const strangers: [string, TestClient][] = [
      ['other company', await signedInClient(test, otherCompany.email)],
      ['unverified company', await signedInClient(test, unverified.email)],
      ['provider', await signedInClient(test, provider.email)],
      ['city office', await signedInClient(test, cityOffice.email)],
      ['applicant', await signedInClient(test, otherApplicant.email)],
      ['invited applicant', await signedInClient(test, talent.email)],
      ['anonymous', new TestClient(test.app)],
    ];
    for (const [who, client] of strangers) {
      for (const url of [candidates, `/de/stellen/${company.position.id}/talente`]) {
        const response = await client.get(url);
        expect([303, 401, 403, 404], `${who} GET ${url}`).toContain(response.statusCode);
        expect(response.body, `${who} GET ${url}`).not.toContain(talent.pseudonym);
      }
      for (const [url, fields] of [
        [`${candidates}/einladen`, { profile: otherApplicant.profileId }],
        [`${candidates}/merken`, { profile: talent.profileId, saved: '1' }],
      ] as const) {
        const response = await client.postForm(url, fields);
        expect([401, 403, 404], `${who} POST ${url}`).toContain(response.statusCode);
      }
      if (who === 'invited applicant') continue;
      const decline = await client.postForm(`/de/profil/einladungen/${invitation.id}/ablehnen`, {});
      expect([401, 403, 404], `${who} declines`).toContain(decline.statusCode);
    }
    // The company itself cannot answer for the applicant.
    expect(
      (await company.memberClient.postForm(`/de/profil/einladungen/${invitation.id}/ablehnen`, {})).statusCode,
    ).toBe(404);
    expect(await test.db.selectFrom('talent_invitations').select(['profile_id', 'status']).execute()).toEqual([
      { profile_id: talent.profileId, status: 'open' },
    ]);
    expect(await test.db.selectFrom('saved_talents').select('profile_id').execute()).toEqual([]);

    // Bad input is a 400, never a half-written record.
    expect((await company.adminClient.postForm(`${candidates}/einladen`, { profile: 'kein-profil' })).statusCode).toBe(
      400,
    );
    expect(
      (await company.adminClient.postForm(`${candidates}/merken`, { profile: talent.profileId, saved: 'ja' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await company.adminClient.postForm(`${candidates}/einladen`, { profile: talent.profileId }, { csrf: false }))
        .statusCode,
    ).toBe(403);

    const own = await signedInClient(test, talent.email);
    const declined = await own.postForm(`/de/profil/einladungen/${invitation.id}/ablehnen`, {});
    expect(declined.statusCode).toBe(303);
    expect(declined.headers.location).toBe('/de/profil/passende-stellen#einladungen');
    expect((await company.adminClient.get(`/de/stellen/${company.position.id}/talente`)).body).toContain(
      'Hat abgelehnt',
    );
  });
});
