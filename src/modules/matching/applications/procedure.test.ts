import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { useTestPlatform, waitForMail, type TestClient } from '../../../../tests/setup/test-platform.js';
import { applicationForm, createApplicant, insertPosition } from './test-helpers.js';

const test = useTestPlatform();

async function setup(options: { applicantLocale?: string } = {}) {
  const admin = await createUser(test.db, { organisationType: 'company', email: 'personal@werkstatt.example' });
  const position = await insertPosition(test.db, {
    organisationId: admin.organisation!.id,
    title: 'Ausbildung Kfz-Mechatroniker:in',
  });
  const applicant = await createApplicant(test.db, {
    email: 'lernende@mail.example',
    locale: options.applicantLocale ?? 'de',
  });
  return {
    admin,
    position,
    applicant,
    company: await signedInClient(test, admin.email),
    client: await signedInClient(test, applicant.email),
  };
}

async function apply(client: TestClient, positionId: string, fields = applicationForm()): Promise<string> {
  const response = await client.postForm(`/de/bewerbungen/neu/${positionId}`, fields);
  expect(response.statusCode, response.body.slice(0, 1500)).toBe(303);
  return (response.headers.location as string).split('/').pop() ?? '';
}

const statusOf = async (id: string) =>
  (await test.db.selectFrom('applications').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

describe('applying', () => {
  it('shows the form prefilled from the profile, sends the application and refuses a second one with a clear message', async () => {
    const { position, client, applicant } = await setup();
    const form = await client.get(`/de/bewerbungen/neu/${position.id}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Hausaufgabenhilfe im Jugendzentrum');
    expect(form.body).toMatch(/<option value="tr" selected/);
    const id = await apply(client, position.id);
    const page = await client.get(`/de/bewerbungen/${id}`);
    expect(page.body).toContain('Ihre Bewerbung ist abgeschickt.');
    expect(page.body).toContain('Eingegangen');

    const again = await client.postForm(`/de/bewerbungen/neu/${position.id}`, applicationForm());
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Sie haben sich auf diese Stelle schon beworben.');
    expect((await client.get(`/de/bewerbungen/neu/${position.id}`)).body).toContain('Zu Ihrer Bewerbung');
    const rows = await test.db.selectFrom('applications').select(['pseudonym', 'profile_id']).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.pseudonym).not.toBe(applicant.pseudonym);
    const identity = await test.db
      .selectFrom('applicant_identities')
      .select(['full_name', 'contact_email'])
      .where('profile_id', '=', applicant.profileId)
      .executeTakeFirstOrThrow();
    expect(identity).toEqual({ full_name: 'Mira Beispielname', contact_email: 'kontakt@mail.example' });
  });

  it('gives every application its own pseudonym, so a company cannot link two of them', async () => {
    const { position, client, admin } = await setup();
    const second = await insertPosition(test.db, { organisationId: admin.organisation!.id, title: 'Praktikum Lager' });
    await apply(client, position.id);
    await apply(client, second.id);
    const pseudonyms = (await test.db.selectFrom('applications').select('pseudonym').execute()).map((r) => r.pseudonym);
    expect(new Set(pseudonyms).size).toBe(2);
  });

  it('refuses contact data or the own name in the qualifications part, field by field', async () => {
    const { position, client } = await setup();
    const response = await client.postForm(
      `/de/bewerbungen/neu/${position.id}`,
      applicationForm({
        motivation: 'Schreiben Sie mir an mira@mail.example',
        volunteering: 'Mira hilft im Sportverein',
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#field-motivation"');
    expect(response.body).toContain('href="#field-volunteering"');
    expect(response.body).toContain('Dieser Text enthält Kontaktdaten oder Ihren Namen.');
    expect(await test.db.selectFrom('applications').select('id').execute()).toHaveLength(0);
  });

  it('explains per field what is missing and which language level is needed', async () => {
    const { position, client } = await setup();
    const response = await client.postForm(
      `/de/bewerbungen/neu/${position.id}`,
      applicationForm({ motivation: '', language_3: 'ar', level_3: '', contact_email: 'kein-mail' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Bitte wählen Sie das Niveau dieser Sprache.');
    expect(response.body).toContain('href="#field-motivation"');
    expect(response.body).toContain('href="#field-contact_email"');
  });

  it('takes applications only for published, open positions, from people without an organisation who have a profile', async () => {
    const { admin, client } = await setup();
    const draft = await insertPosition(test.db, { organisationId: admin.organisation!.id, status: 'draft' });
    const closed = await insertPosition(test.db, { organisationId: admin.organisation!.id, status: 'closed' });
    const expired = await insertPosition(test.db, { organisationId: admin.organisation!.id, deadline: '2020-01-31' });
    expect((await client.postForm(`/de/bewerbungen/neu/${draft.id}`, applicationForm())).statusCode).toBe(404);
    for (const position of [closed, expired]) {
      const response = await client.postForm(`/de/bewerbungen/neu/${position.id}`, applicationForm());
      expect(response.statusCode).toBe(409);
      expect(response.body).toContain('Für diese Stelle werden keine Bewerbungen mehr angenommen.');
    }
    const open = await insertPosition(test.db, { organisationId: admin.organisation!.id });
    const staff = await signedInClient(test, admin.email);
    expect((await staff.postForm(`/de/bewerbungen/neu/${open.id}`, applicationForm())).statusCode).toBe(403);
    const noProfile = await createUser(test.db, { email: 'ohne-profil@mail.example' });
    const noProfileClient = await signedInClient(test, noProfile.email);
    expect((await noProfileClient.get(`/de/bewerbungen/neu/${open.id}`)).body).toContain(
      'legen Sie zuerst ein Bewerbungsprofil an',
    );
    expect((await noProfileClient.postForm(`/de/bewerbungen/neu/${open.id}`, applicationForm())).statusCode).toBe(409);
    expect(await test.db.selectFrom('applications').select('id').execute()).toHaveLength(0);
  });
});

describe('statuses and mails', () => {
  it('walks submitted → in review → invited → revealed → interview → offer → contract, mails each side in its language and refuses steps out of order', async () => {
    const { position, client, company, admin } = await setup({ applicantLocale: 'en' });
    const id = await apply(client, position.id);
    const newMail = await waitForMail(test, admin.email);
    expect(newMail.subject).toBe('Neue anonyme Bewerbung für „Ausbildung Kfz-Mechatroniker:in“');

    const outOfOrder = await company.postForm(`/de/firma/bewerbungen/${id}/status`, { status: 'offer' });
    expect(outOfOrder.statusCode).toBe(409);
    expect(outOfOrder.body).toContain('Dieser Schritt passt nicht zum jetzigen Stand der Bewerbung.');
    for (const status of ['in_review', 'invited'])
      expect((await company.postForm(`/de/firma/bewerbungen/${id}/status`, { status })).statusCode).toBe(303);
    expect((await company.postForm(`/de/firma/bewerbungen/${id}/status`, { status: 'interview' })).statusCode).toBe(
      409,
    );
    const invitation = await waitForMail(test, 'lernende@mail.example', { count: 2 });
    expect(invitation.text_body).toContain(`http://localhost:3000/en/bewerbungen/${id}`);
    expect((await client.postForm(`/de/bewerbungen/${id}/einwilligung`, { decision: 'consent' })).statusCode).toBe(303);
    expect((await client.postForm(`/de/bewerbungen/${id}/einwilligung`, { decision: 'consent' })).statusCode).toBe(409);
    await waitForMail(test, admin.email, { count: 2 });
    for (const status of ['interview', 'offer', 'contract'])
      expect((await company.postForm(`/de/firma/bewerbungen/${id}/status`, { status })).statusCode).toBe(303);
    expect(await statusOf(id)).toBe('contract');
    const history = await test.db
      .selectFrom('application_status_changes')
      .select(['to_status', 'actor'])
      .where('application_id', '=', id)
      .orderBy('id')
      .execute();
    expect(history.map((h) => h.to_status)).toEqual([
      'submitted',
      'in_review',
      'invited',
      'identity_revealed',
      'interview',
      'offer',
      'contract',
    ]);
    const page = await client.get(`/de/bewerbungen/${id}`);
    expect(page.body).toContain('Vertrag');
    const contract = await waitForMail(test, 'lernende@mail.example', { count: 5 });
    // The applicant reads English: the mail is in their language, not the company's.
    expect(contract.text_body).toContain('Congratulations');
  });

  it('ends the application when the applicant declines the invitation; the company never sees the name', async () => {
    const { position, client, company, admin } = await setup();
    const id = await apply(client, position.id);
    await company.postForm(`/de/firma/bewerbungen/${id}/status`, { status: 'invited' });
    expect((await client.postForm(`/de/bewerbungen/${id}/einwilligung`, { decision: 'decline' })).statusCode).toBe(303);
    expect(await statusOf(id)).toBe('withdrawn');
    const page = await company.get(`/de/firma/bewerbungen/${id}`);
    expect(page.body).toContain('Die Einladung wurde abgelehnt.');
    expect(page.body).not.toContain('Mira');
    const mail = await waitForMail(test, admin.email, { count: 2 });
    expect(mail.text_body).toContain('hat die Einladung abgelehnt');
    expect((await company.postForm(`/de/firma/bewerbungen/${id}/nachrichten`, { body: 'Schade!' })).statusCode).toBe(
      409,
    );
  });
});

describe('messages before and after the reveal', () => {
  it('holds back contact data in both directions with a notice to the sender, and lets it pass after consent', async () => {
    const { position, client, company } = await setup();
    const id = await apply(client, position.id);
    await company.postForm(`/de/firma/bewerbungen/${id}/nachrichten`, { body: 'Rufen Sie uns an: 0201 1234567' });
    const companyPage = await company.get(`/de/firma/bewerbungen/${id}`);
    expect(companyPage.body).toContain('Zurückgehaltene Nachrichten Ihres Unternehmens');
    expect(companyPage.body).toContain('eine Telefonnummer');
    const applicantPage = await client.get(`/de/bewerbungen/${id}`);
    expect(applicantPage.body).not.toContain('0201 1234567');

    await client.postForm(`/de/bewerbungen/${id}/nachrichten`, { body: 'Mein Instagram ist @mira_schraubt' });
    expect((await client.get(`/de/bewerbungen/${id}`)).body).toContain('einen Link oder ein Profil in sozialen Medien');
    expect((await company.get(`/de/firma/bewerbungen/${id}`)).body).not.toContain('mira_schraubt');
    const held = await test.db
      .selectFrom('application_messages')
      .select(['sender', 'held_back'])
      .orderBy('created_at')
      .execute();
    expect(held).toEqual([
      { sender: 'company', held_back: true },
      { sender: 'applicant', held_back: true },
    ]);

    await company.postForm(`/de/firma/bewerbungen/${id}/status`, { status: 'invited' });
    await client.postForm(`/de/bewerbungen/${id}/einwilligung`, { decision: 'consent' });
    await company.postForm(`/de/firma/bewerbungen/${id}/nachrichten`, { body: 'Rufen Sie uns an: 0201 1234567' });
    expect((await client.get(`/de/bewerbungen/${id}`)).body).toContain('Rufen Sie uns an: 0201 1234567');
  });
});
