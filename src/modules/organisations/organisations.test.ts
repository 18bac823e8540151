import { describe, expect, it } from 'vitest';
import { createUser } from '../../seed/factories.js';
import { TestClient, linkFrom, useTestPlatform, waitForMail } from '../../../tests/setup/test-platform.js';
import { signedInClient } from '../../../tests/setup/sign-in.js';

const test = useTestPlatform();

async function platformAdmin() {
  const admin = await createUser(test.db, {
    email: 'admin@koordinierung.example',
    organisation: { type: 'cooperation_office', name: 'Koordinierungsstelle', verified_at: new Date() },
    role: 'admin',
  });
  return { admin, client: await signedInClient(test, 'admin@koordinierung.example') };
}

describe('organisations: registration, invitations, members', () => {
  it('registers an organisation that waits for verification, invites a member who joins', async () => {
    await createUser(test.db, { email: 'chefin@ruhrtal.example' });
    const boss = await signedInClient(test, 'chefin@ruhrtal.example');
    const created = await boss.postForm('/de/organisation/neu', {
      name: 'Ruhrtal Mechatronik GmbH',
      type: 'company',
      city: 'essen',
      website: 'https://ruhrtal.example',
    });
    expect(created.statusCode).toBe(303);
    const page = await boss.get('/de/organisation');
    expect(page.body).toContain('Ruhrtal Mechatronik GmbH');
    expect(page.body).toContain('Prüfung ausstehend');

    const invited = await boss.postForm('/de/organisation/einladen', {
      email: 'azubi.betreuer@ruhrtal.example',
      role: 'member',
    });
    expect(invited.statusCode).toBe(303);
    const mail = await waitForMail(test, 'azubi.betreuer@ruhrtal.example');
    expect(mail.subject).toContain('Ruhrtal Mechatronik GmbH');
    const link = linkFrom(mail.text_body, '/einladung');

    const anonymous = await new TestClient(test.app).get(link);
    expect(anonymous.body).toContain('Bitte melden Sie sich mit der E-Mail-Adresse an');

    await createUser(test.db, { email: 'someone.else@ruhrtal.example' });
    const wrongPerson = await signedInClient(test, 'someone.else@ruhrtal.example');
    const token = new URL(link, 'http://x').searchParams.get('token') ?? '';
    expect((await wrongPerson.postForm('/de/einladung', { token })).statusCode).toBe(403);

    await createUser(test.db, { email: 'azubi.betreuer@ruhrtal.example', display_name: 'Kemal' });
    const member = await signedInClient(test, 'azubi.betreuer@ruhrtal.example');
    expect((await member.postForm('/de/einladung', { token })).statusCode).toBe(303);
    const memberView = await member.get('/de/organisation');
    expect(memberView.body).toContain('Kemal');
    // Members see names, not addresses, and get no invitation form.
    expect(memberView.body).not.toContain('chefin@ruhrtal.example');
    expect(memberView.body).not.toContain('Einladung senden');
    expect((await member.postForm('/de/einladung', { token })).statusCode).toBe(404);
  });

  it('lets only an admin of the same organisation invite and remove members', async () => {
    const admin = await createUser(test.db, { email: 'admin@schule.example', organisationType: 'school' });
    const member = await createUser(test.db, {
      email: 'lehrer@schule.example',
      organisation: { id: admin.organisation?.id ?? '' },
      role: 'member',
    });
    const otherAdmin = await createUser(test.db, { email: 'admin@andere.example', organisationType: 'provider' });
    expect(otherAdmin.organisation?.id).not.toBe(admin.organisation?.id);

    const memberClient = await signedInClient(test, 'lehrer@schule.example');
    expect(
      (await memberClient.postForm('/de/organisation/einladen', { email: 'x@schule.example', role: 'admin' }))
        .statusCode,
    ).toBe(403);
    expect((await memberClient.postForm(`/de/organisation/mitglieder/${admin.id}/entfernen`, {})).statusCode).toBe(403);

    const stranger = await signedInClient(test, 'admin@andere.example');
    expect((await stranger.postForm(`/de/organisation/mitglieder/${member.id}/entfernen`, {})).statusCode).toBe(404);
    expect((await stranger.get('/de/organisation')).body).not.toContain('lehrer@schule.example');

    const anonymous = new TestClient(test.app);
    expect((await anonymous.postForm(`/de/organisation/mitglieder/${member.id}/entfernen`, {})).statusCode).toBe(401);

    const adminClient = await signedInClient(test, 'admin@schule.example');
    expect((await adminClient.postForm(`/de/organisation/mitglieder/${admin.id}/entfernen`, {})).statusCode).toBe(409);
    expect((await adminClient.postForm('/de/organisation/mitglieder/not-a-uuid/entfernen', {})).statusCode).toBe(400);
    expect((await adminClient.postForm(`/de/organisation/mitglieder/${member.id}/entfernen`, {})).statusCode).toBe(303);
    expect(
      await test.db.selectFrom('memberships').select('user_id').where('user_id', '=', member.id).executeTakeFirst(),
    ).toBeUndefined();
    expect((await memberClient.get('/de/konto')).statusCode).toBe(303);
  });

  it('allows one municipality per city and refuses invalid organisation input', async () => {
    await createUser(test.db, {
      email: 'essen@stadt.example',
      organisation: { type: 'municipality', city: 'essen', name: 'Stadt Essen' },
    });
    await createUser(test.db, { email: 'neu@stadt.example' });
    const client = await signedInClient(test, 'neu@stadt.example');
    const duplicate = await client.postForm('/de/organisation/neu', {
      name: 'Stadt Essen 2',
      type: 'municipality',
      city: 'essen',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.body).toContain('Für diese Stadt ist die Kommune schon eingetragen.');
    const office = await client.postForm('/de/organisation/neu', {
      name: 'Falsche Zentrale',
      type: 'cooperation_office',
      city: 'essen',
    });
    expect(office.statusCode).toBe(400);
    const badWebsite = await client.postForm('/de/organisation/neu', {
      name: 'Firma',
      type: 'company',
      city: 'bochum',
      website: 'javascript:alert(1)',
    });
    expect(badWebsite.statusCode).toBe(400);
    const badCity = await client.postForm('/de/organisation/neu', { name: 'Firma', type: 'company', city: 'köln' });
    expect(badCity.statusCode).toBe(400);
    expect(badCity.body).toContain('Bitte wählen Sie eine der angebotenen Möglichkeiten.');
    expect(await test.db.selectFrom('organisations').select('id').execute()).toHaveLength(1);
  });
});

describe('organisations: the cooperation office verifies and reads the audit log', () => {
  it('verifies a pending organisation and records it', async () => {
    const company = await createUser(test.db, {
      email: 'admin@neu-firma.example',
      organisation: { type: 'company', name: 'Emscher Logistik GmbH', verified_at: null },
    });
    const { client } = await platformAdmin();
    const admin = await client.get('/de/verwaltung');
    expect(admin.statusCode).toBe(200);
    expect(admin.body).toContain('Emscher Logistik GmbH');
    const organisationId = company.organisation?.id ?? '';
    expect((await client.postForm(`/de/verwaltung/organisationen/${organisationId}/verifizieren`, {})).statusCode).toBe(
      303,
    );
    const row = await test.db
      .selectFrom('organisations')
      .select('verified_at')
      .where('id', '=', organisationId)
      .executeTakeFirstOrThrow();
    expect(row.verified_at).not.toBeNull();
    expect((await client.postForm(`/de/verwaltung/organisationen/${organisationId}/verifizieren`, {})).statusCode).toBe(
      403,
    );

    const log = await client.get('/de/verwaltung/protokoll');
    expect(log.statusCode).toBe(200);
    expect(log.body).toContain('organisation.verified');
    const viewed = await test.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'audit_log.viewed')
      .execute();
    expect(viewed).toHaveLength(1);
  });

  it('keeps everyone but platform admins out of verification and the audit log', async () => {
    const pending = await createUser(test.db, {
      email: 'admin@wartend.example',
      organisation: { type: 'company', verified_at: null },
    });
    await createUser(test.db, {
      email: 'office.member@koordinierung.example',
      organisation: { type: 'cooperation_office', verified_at: new Date() },
      role: 'member',
    });
    await createUser(test.db, { email: 'applicant@beispiel.example' });
    const url = `/de/verwaltung/organisationen/${pending.organisation?.id ?? ''}/verifizieren`;
    for (const email of [
      'admin@wartend.example',
      'office.member@koordinierung.example',
      'applicant@beispiel.example',
    ]) {
      const client = await signedInClient(test, email);
      expect((await client.get('/de/verwaltung')).statusCode, email).toBe(403);
      expect((await client.get('/de/verwaltung/protokoll')).statusCode, email).toBe(403);
      expect((await client.postForm(url, {})).statusCode, email).toBe(403);
    }
    const anonymous = new TestClient(test.app);
    expect((await anonymous.get('/de/verwaltung')).statusCode).toBe(303);
    expect((await anonymous.postForm(url, {})).statusCode).toBe(401);
    const row = await test.db
      .selectFrom('organisations')
      .select('verified_at')
      .where('id', '=', pending.organisation?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(row.verified_at).toBeNull();
  });
});
