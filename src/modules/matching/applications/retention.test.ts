import { describe, expect, it } from 'vitest';
import { purgeExpiredPersonalData } from '../../../core/privacy/retention.js';
import { DEMO_PASSWORD, createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { useTestPlatform, waitForMail, type TestClient } from '../../../../tests/setup/test-platform.js';
import { applicationForm, createApplicant, insertPosition } from './test-helpers.js';
import { closeApplicationsOfClosedPositions } from './use-cases/close-applications.js';
import { days } from '../../../core/time/durations.js';

const test = useTestPlatform();
const DAY = days(1);

async function setup() {
  const admin = await createUser(test.db, { organisationType: 'company', email: 'inhaber@baeckerei.example' });
  const position = await insertPosition(test.db, {
    organisationId: admin.organisation!.id,
    title: 'Ausbildung Bäcker:in',
  });
  const applicant = await createApplicant(test.db, { email: 'azubi@mail.example' });
  return {
    admin,
    position,
    applicant,
    company: await signedInClient(test, admin.email),
    client: await signedInClient(test, applicant.email),
  };
}

async function apply(client: TestClient, positionId: string): Promise<string> {
  const response = await client.postForm(`/de/bewerbungen/neu/${positionId}`, applicationForm());
  expect(response.statusCode).toBe(303);
  return (response.headers.location as string).split('/').pop() ?? '';
}

const sweep = () => test.db.transaction().execute((trx) => closeApplicationsOfClosedPositions(trx, test.app.services));

describe('positions that close or disappear', () => {
  it('tells applicants when the position closes, keeps the procedure running, and deletes the application six months later', async () => {
    const { position, client, company } = await setup();
    const id = await apply(client, position.id);
    const closedAt = new Date('2027-03-01T10:00:00Z');
    await test.db
      .updateTable('positions')
      .set({ status: 'closed', closed_at: closedAt })
      .where('id', '=', position.id)
      .execute();
    const marked = await test.db
      .selectFrom('applications')
      .select(['position_closed_at', 'status'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(marked).toEqual({ position_closed_at: closedAt, status: 'submitted' });
    expect(await sweep()).toBe(1);
    expect(await sweep()).toBe(0);
    const mail = await waitForMail(test, 'azubi@mail.example');
    expect(mail.subject).toBe('Die Stelle „Ausbildung Bäcker:in“ ist geschlossen');
    // The company can still decide after the deadline.
    expect((await company.postForm(`/de/firma/bewerbungen/${id}/status`, { status: 'in_review' })).statusCode).toBe(
      303,
    );

    const almost = await purgeExpiredPersonalData(test.db, new Date(closedAt.getTime() + 170 * DAY));
    expect(almost.applications).toBe(0);
    const removed = await purgeExpiredPersonalData(test.db, new Date(closedAt.getTime() + 190 * DAY));
    expect(removed.applications).toBe(1);
    expect(await test.db.selectFrom('applications').select('id').execute()).toHaveLength(0);
    expect(await test.db.selectFrom('application_status_changes').select('id').execute()).toHaveLength(0);
  });

  it('declines running applications of a deleted position and tells the applicant; contracts and the record stay', async () => {
    const { position, client } = await setup();
    const id = await apply(client, position.id);
    await test.db.deleteFrom('positions').where('id', '=', position.id).execute();
    expect(await sweep()).toBe(1);
    const row = await test.db
      .selectFrom('applications')
      .select(['status', 'closed_reason', 'position_id', 'position_title'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      status: 'declined',
      closed_reason: 'position_deleted',
      position_id: null,
      position_title: 'Ausbildung Bäcker:in',
    });
    // Mail jobs run in parallel: the newest row need not be the last mail enqueued.
    const mail = await waitForMail(test, 'azubi@mail.example', { containing: 'Die Stelle wurde gelöscht.' });
    expect(mail.text_body).toContain('Die Stelle wurde gelöscht.');
    const page = await client.get(`/de/bewerbungen/${id}`);
    expect(page.body).toContain('Die Stelle wurde gelöscht.');
    expect((await client.get('/de/bewerbungen')).body).toContain('Ausbildung Bäcker:in');
  });
});

describe('personal data: export and account deletion', () => {
  it('exports the applicant’s own applications with messages and history', async () => {
    const { position, client } = await setup();
    const id = await apply(client, position.id);
    await client.postForm(`/de/bewerbungen/${id}/nachrichten`, { body: 'Gibt es eine Probezeit?' });
    const response = await client.get('/de/konto/export');
    expect(response.statusCode).toBe(200);
    const data = JSON.parse(response.body) as {
      applications: {
        id: string;
        position_title: string;
        messages: { body: string }[];
        history: unknown[];
        qualifications: { motivation: string };
      }[];
    };
    expect(data.applications).toHaveLength(1);
    expect(data.applications[0]).toMatchObject({
      id,
      position_title: 'Ausbildung Bäcker:in',
      messages: [{ body: 'Gibt es eine Probezeit?' }],
      qualifications: { motivation: expect.stringContaining('Maschinen') as string },
    });
  });

  it('withdraws open applications when the account is deleted: the company sees “withdrawn” and nothing of the person remains', async () => {
    const { position, client, company, admin, applicant } = await setup();
    const id = await apply(client, position.id);
    await client.postForm(`/de/bewerbungen/${id}/nachrichten`, { body: 'Gibt es eine Probezeit?' });
    await company.postForm(`/de/firma/bewerbungen/${id}/status`, { status: 'invited' });
    await client.postForm(`/de/bewerbungen/${id}/einwilligung`, { decision: 'consent' });
    expect((await company.get(`/de/firma/bewerbungen/${id}`)).body).toContain('Mira Beispielname');

    const deleted = await client.postForm('/de/konto/loeschen', { current_password: DEMO_PASSWORD, confirm: 'on' });
    expect(deleted.statusCode).toBe(303);
    const row = await test.db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'withdrawn',
      profile_id: null,
      qualifications: {},
      closed_reason: 'account_deleted',
    });
    expect(await test.db.selectFrom('application_messages').select('id').execute()).toHaveLength(0);
    expect(
      await test.db
        .selectFrom('applicant_identities')
        .select('profile_id')
        .where('profile_id', '=', applicant.profileId)
        .execute(),
    ).toHaveLength(0);
    const page = await company.get(`/de/firma/bewerbungen/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Zurückgezogen');
    expect(page.body).toContain('Die Angaben wurden gelöscht.');
    expect(page.body).not.toContain('Mira');
    expect(page.body).not.toContain('Probezeit');
    const mail = await waitForMail(test, admin.email, { containing: 'Das Konto der Person wurde gelöscht.' });
    expect(mail.text_body).toContain('Das Konto der Person wurde gelöscht.');
    // The audit trail of the reveal stays.
    expect(
      await test.db
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', id)
        .where('action', '=', 'application.identity_revealed')
        .execute(),
    ).toHaveLength(1);
  });

  it('withdraws applications also when a profile is deleted by another path (inactivity job)', async () => {
    const { position, client, applicant } = await setup();
    const id = await apply(client, position.id);
    await test.db.deleteFrom('applicant_profiles').where('id', '=', applicant.profileId).execute();
    const row = await test.db
      .selectFrom('applications')
      .select(['status', 'profile_id', 'qualifications'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'withdrawn', profile_id: null, qualifications: {} });
    const history = await test.db
      .selectFrom('application_status_changes')
      .select(['to_status', 'actor', 'reason'])
      .where('application_id', '=', id)
      .orderBy('id')
      .execute();
    expect(history.at(-1)).toEqual({ to_status: 'withdrawn', actor: 'system', reason: 'account_deleted' });
  });
});
