import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { useTestPlatform, type TestClient } from '../../../../tests/setup/test-platform.js';
import { MESSAGES_PER_CONVERSATION, MESSAGES_PER_PERSON } from './use-cases/post-message.js';
import { applicationForm, createApplicant, insertPosition } from './test-helpers.js';

const test = useTestPlatform();

async function conversation() {
  const admin = await createUser(test.db, { organisationType: 'company', email: 'chefin@flut-betrieb.example' });
  const member = await createUser(test.db, {
    organisation: { id: admin.organisation!.id },
    role: 'member',
    email: 'ausbilder@flut-betrieb.example',
  });
  const position = await insertPosition(test.db, { organisationId: admin.organisation!.id, title: 'Praktikum Lager' });
  const applicant = await createApplicant(test.db, { email: 'vielschreiber@mail.example' });
  const applicantClient = await signedInClient(test, applicant.email);
  const applied = await applicantClient.postForm(`/de/bewerbungen/neu/${position.id}`, applicationForm());
  expect(applied.statusCode, applied.body.slice(0, 1000)).toBe(303);
  const id = /\/bewerbungen\/([0-9a-f-]{36})$/.exec(applied.headers.location as string)?.[1] ?? '';
  return {
    id,
    admin,
    applicantClient,
    adminClient: await signedInClient(test, admin.email),
    memberClient: await signedInClient(test, member.email),
  };
}

async function post(client: TestClient, url: string, count: number, label: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let index = 0; index < count; index += 1)
    statuses.push((await client.postForm(url, { body: `${label} ${index + 1}: eine Frage zum Ablauf` })).statusCode);
  return statuses;
}

/** Message notification mails to the address: delivered ones and ones still waiting (sealed, so counted by row). */
async function messageMailsTo(email: string): Promise<{ delivered: number; waiting: number }> {
  const delivered = await test.db
    .selectFrom('dev_outbox')
    .select('id')
    .where('to_address', '=', email)
    .where('subject', 'like', 'Neue Nachricht%')
    .execute();
  const waiting = await test.db.selectFrom('mail_queue').select('id').where('bundle_digest', 'is not', null).execute();
  return { delivered: delivered.length, waiting: waiting.length };
}

describe('messages of an application: no flooding', () => {
  it('limits one person’s messages and bundles the notifications into one mail per quarter hour', async () => {
    const thread = await conversation();
    const url = `/de/bewerbungen/${thread.id}/nachrichten`;
    const statuses = await post(thread.applicantClient, url, MESSAGES_PER_PERSON.max + 3, 'Bewerbung');
    expect(statuses.slice(0, MESSAGES_PER_PERSON.max).every((status) => status === 303)).toBe(true);
    expect(statuses.slice(MESSAGES_PER_PERSON.max)).toEqual([429, 429, 429]);
    const refused = await thread.applicantClient.postForm(url, { body: 'Noch eine' });
    expect(refused.body).toContain('Sie haben in kurzer Zeit sehr viele Nachrichten geschrieben');
    const stored = await test.db
      .selectFrom('application_messages')
      .select('id')
      .where('application_id', '=', thread.id)
      .execute();
    expect(stored).toHaveLength(MESSAGES_PER_PERSON.max);

    // Twenty messages: the company's admin gets one mail now and at most one more, a quarter hour later.
    const deadline = Date.now() + 15000;
    while ((await messageMailsTo(thread.admin.email)).delivered === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const mails = await messageMailsTo(thread.admin.email);
    expect(mails.delivered).toBe(1);
    expect(mails.delivered + mails.waiting).toBeLessThanOrEqual(2 * 2); // admin and member: one now, one later each
  });

  it('limits a conversation’s messages from both sides together, and counts nothing for those who may not write there', async () => {
    const thread = await conversation();
    const intruder = await signedInClient(
      test,
      (await createUser(test.db, { organisationType: 'company', email: 'fremd@andere-firma.example' })).email,
    );
    // Someone else's attempts are refused and use up nothing of the conversation.
    for (const status of await post(intruder, `/de/firma/bewerbungen/${thread.id}/nachrichten`, 12, 'Fremd'))
      expect(status).toBe(404);
    const applicantUrl = `/de/bewerbungen/${thread.id}/nachrichten`;
    const companyUrl = `/de/firma/bewerbungen/${thread.id}/nachrichten`;
    const perPerson = MESSAGES_PER_PERSON.max;
    expect(new Set(await post(thread.applicantClient, applicantUrl, perPerson, 'A'))).toEqual(new Set([303]));
    const rest = MESSAGES_PER_CONVERSATION.max - perPerson;
    expect(new Set(await post(thread.adminClient, companyUrl, rest, 'B'))).toEqual(new Set([303]));
    // The member has written nothing yet, but the conversation is full for ten minutes.
    expect(await post(thread.memberClient, companyUrl, 1, 'C')).toEqual([429]);
  });
});
