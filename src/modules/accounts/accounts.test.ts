import { describe, expect, it } from 'vitest';
import { createUser, DEMO_PASSWORD } from '../../seed/factories.js';
import { TestClient, linkFrom, useTestPlatform, waitForMail } from '../../../tests/setup/test-platform.js';
import { registerThroughForm, signedInClient } from '../../../tests/setup/sign-in.js';

const test = useTestPlatform();
const PASSWORD = 'ein langes sicheres Passwort';

function register(client: TestClient, email: string, name = 'Aylin') {
  return registerThroughForm(client, { email, name, password: PASSWORD });
}

describe('accounts: registration, confirmation, login', () => {
  it('registers, confirms the address from the mail, logs in and out', async () => {
    const client = new TestClient(test.app);
    const registered = await register(client, 'aylin@beispiel.example');
    expect(registered.statusCode).toBe(303);
    expect(registered.headers.location).toBe('/de/registrieren/pruefen');

    const blocked = await client.postForm('/de/anmelden', { email: 'aylin@beispiel.example', password: PASSWORD });
    expect(blocked.statusCode).toBe(403);

    // The refused login sent a fresh link, which replaces the first one.
    const mail = await waitForMail(test, 'aylin@beispiel.example', { count: 2 });
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    const confirmed = await client.get(linkFrom(mail.text_body, '/konto/bestaetigen'));
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('Ihre E-Mail-Adresse ist bestätigt');
    expect((await client.get(linkFrom(mail.text_body, '/konto/bestaetigen'))).statusCode).toBe(400);

    const login = await client.postForm('/de/anmelden', { email: 'AYLIN@beispiel.example', password: PASSWORD });
    expect(login.statusCode).toBe(303);
    const account = await client.get('/de/konto');
    expect(account.statusCode).toBe(200);
    expect(account.body).toContain('aylin@beispiel.example');

    expect((await client.postForm('/de/abmelden', {})).statusCode).toBe(303);
    const afterLogout = await client.get('/de/konto');
    expect(afterLogout.statusCode).toBe(303);
    expect(afterLogout.headers.location).toBe('/de/anmelden?next=%2Fde%2Fkonto');
  });

  it('answers a taken address exactly like a new one and tells only the owner', async () => {
    await createUser(test.db, { email: 'taken@beispiel.example', display_name: 'Owner', locale: 'de' });
    const fresh = await register(new TestClient(test.app), 'fresh@beispiel.example');
    const taken = await register(new TestClient(test.app), 'taken@beispiel.example');
    expect(taken.statusCode).toBe(fresh.statusCode);
    expect(taken.headers.location).toBe(fresh.headers.location);
    const mail = await waitForMail(test, 'taken@beispiel.example');
    expect(mail.subject).toBe('Registrierung mit Ihrer E-Mail-Adresse');
    const users = await test.db
      .selectFrom('users')
      .select('email')
      .where('email', '=', 'taken@beispiel.example')
      .execute();
    expect(users).toHaveLength(1);
  });

  it('gives the same answer for a wrong password and an unknown address', async () => {
    await createUser(test.db, { email: 'known@beispiel.example' });
    const wrongPassword = await new TestClient(test.app).postForm('/de/anmelden', {
      email: 'known@beispiel.example',
      password: 'falsch-falsch-falsch',
    });
    const unknown = await new TestClient(test.app).postForm('/de/anmelden', {
      email: 'nobody@beispiel.example',
      password: 'falsch-falsch-falsch',
    });
    expect(wrongPassword.statusCode).toBe(400);
    expect(unknown.statusCode).toBe(400);
    const message = 'E-Mail-Adresse oder Passwort sind nicht richtig.';
    expect(wrongPassword.body).toContain(message);
    expect(unknown.body).toContain(message);
  });

  it('resets a forgotten password with a single-use link and ends old sessions', async () => {
    await createUser(test.db, { email: 'reset@beispiel.example' });
    const oldSession = await signedInClient(test, 'reset@beispiel.example');
    const client = new TestClient(test.app);
    const unknown = await client.postForm('/de/passwort-vergessen', { email: 'unknown@beispiel.example' });
    const known = await client.postForm('/de/passwort-vergessen', { email: 'reset@beispiel.example' });
    expect(known.statusCode).toBe(200);
    expect(unknown.body).toContain('Wenn zu dieser Adresse ein Konto gehört');
    expect(known.body).toContain('Wenn zu dieser Adresse ein Konto gehört');

    const mail = await waitForMail(test, 'reset@beispiel.example');
    const link = linkFrom(mail.text_body, '/passwort-neu');
    const token = new URL(link, 'http://x').searchParams.get('token') ?? '';
    expect((await client.get(link)).statusCode).toBe(200);
    const mismatch = await client.postForm('/de/passwort-neu', {
      token,
      password: PASSWORD,
      password_confirmation: 'anders',
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.body).toContain('Die beiden Passwörter stimmen nicht überein.');
    const done = await client.postForm('/de/passwort-neu', {
      token,
      password: PASSWORD,
      password_confirmation: PASSWORD,
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Ihr neues Passwort ist gespeichert');
    expect(
      (await client.postForm('/de/passwort-neu', { token, password: PASSWORD, password_confirmation: PASSWORD }))
        .statusCode,
    ).toBe(400);

    expect((await oldSession.get('/de/konto')).statusCode).toBe(303);
    await signedInClient(test, 'reset@beispiel.example', PASSWORD);
  });

  it('ends an open reset link when the password is changed in the account', async () => {
    await createUser(test.db, { email: 'reset-then-change@beispiel.example' });
    const stranger = new TestClient(test.app);
    await stranger.postForm('/de/passwort-vergessen', { email: 'reset-then-change@beispiel.example' });
    const mail = await waitForMail(test, 'reset-then-change@beispiel.example');
    const token = new URL(linkFrom(mail.text_body, '/passwort-neu'), 'http://x').searchParams.get('token') ?? '';

    const owner = await signedInClient(test, 'reset-then-change@beispiel.example');
    const changed = await owner.postForm('/de/konto/passwort', {
      current_password: DEMO_PASSWORD,
      password: PASSWORD,
      password_confirmation: PASSWORD,
    });
    expect(changed.statusCode).toBe(303);
    const late = await stranger.postForm('/de/passwort-neu', {
      token,
      password: 'ein-anderes-Passwort-2026',
      password_confirmation: 'ein-anderes-Passwort-2026',
    });
    expect(late.statusCode).toBe(400);
    await signedInClient(test, 'reset-then-change@beispiel.example', PASSWORD);
  });

  it('changes password and language for the signed-in person', async () => {
    await createUser(test.db, { email: 'change@beispiel.example' });
    const other = await signedInClient(test, 'change@beispiel.example');
    const client = await signedInClient(test, 'change@beispiel.example');
    const wrong = await client.postForm('/de/konto/passwort', {
      current_password: 'nicht richtig',
      password: PASSWORD,
      password_confirmation: PASSWORD,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Das aktuelle Passwort ist nicht richtig.');
    const changed = await client.postForm('/de/konto/passwort', {
      current_password: DEMO_PASSWORD,
      password: PASSWORD,
      password_confirmation: PASSWORD,
    });
    expect(changed.statusCode).toBe(303);
    expect((await client.get('/de/konto')).statusCode).toBe(200);
    expect((await other.get('/de/konto')).statusCode).toBe(303);

    const language = await client.postForm('/de/konto/sprache', { locale: 'ar' });
    expect(language.statusCode).toBe(303);
    expect(language.headers.location).toBe('/ar/konto');
    const user = await test.db
      .selectFrom('users')
      .select('locale')
      .where('email', '=', 'change@beispiel.example')
      .executeTakeFirstOrThrow();
    expect(user.locale).toBe('ar');
    expect((await client.postForm('/de/konto/sprache', { locale: 'xx' })).statusCode).toBe(400);
  });

  it('exports the person’s data and deletes the account completely', async () => {
    await createUser(test.db, { email: 'leaving@beispiel.example', display_name: 'Jonas' });
    const client = await signedInClient(test, 'leaving@beispiel.example');
    const exported = await client.get('/de/konto/export');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('attachment');
    const data = JSON.parse(exported.body) as { account: { user: { email: string; display_name: string } } };
    expect(data.account.user).toMatchObject({ email: 'leaving@beispiel.example', display_name: 'Jonas' });
    expect(exported.body).not.toContain('password_hash');

    const unconfirmed = await client.postForm('/de/konto/loeschen', { current_password: DEMO_PASSWORD });
    expect(unconfirmed.statusCode).toBe(400);
    const deleted = await client.postForm('/de/konto/loeschen', { current_password: DEMO_PASSWORD, confirm: 'on' });
    expect(deleted.statusCode).toBe(303);
    expect(
      await test.db.selectFrom('users').select('id').where('email', '=', 'leaving@beispiel.example').executeTakeFirst(),
    ).toBeUndefined();
    expect(await test.db.selectFrom('sessions').select('id').execute()).toHaveLength(0);
    expect((await client.get('/de/konto')).statusCode).toBe(303);
  });

  it('keeps the last admin of an organisation with members from deleting the account', async () => {
    const admin = await createUser(test.db, { email: 'admin@firma.example', organisationType: 'company' });
    await createUser(test.db, {
      email: 'member@firma.example',
      organisation: { id: admin.organisation?.id ?? '' },
      role: 'member',
    });
    const client = await signedInClient(test, 'admin@firma.example');
    const response = await client.postForm('/de/konto/loeschen', { current_password: DEMO_PASSWORD, confirm: 'on' });
    expect(response.statusCode).toBe(409);
    expect(
      await test.db.selectFrom('users').select('id').where('email', '=', 'admin@firma.example').executeTakeFirst(),
    ).toBeDefined();
  });
});

describe('accounts: what anonymous visitors and bad input cannot do', () => {
  it('sends anonymous visitors of account pages to the login form', async () => {
    const client = new TestClient(test.app);
    for (const url of ['/de/konto', '/de/konto/export']) {
      const response = await client.get(url);
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toMatch(/^\/de\/anmelden\?next=/);
    }
    expect((await client.postForm('/de/konto/loeschen', { current_password: 'x', confirm: 'on' })).statusCode).toBe(
      401,
    );
  });

  it('refuses posts without the CSRF token', async () => {
    const client = new TestClient(test.app);
    await client.get('/de/anmelden');
    const response = await client.postForm('/de/anmelden', { email: 'a@b.example', password: 'x' }, { csrf: false });
    expect(response.statusCode).toBe(403);
  });

  it('answers every kind of bad registration input with 4xx, per-field messages and nothing stored', async () => {
    const client = new TestClient(test.app);
    const base = {
      display_name: 'Mia',
      email: 'mia@beispiel.example',
      password: PASSWORD,
      password_confirmation: PASSWORD,
      accept_privacy: 'on',
    };
    const cases: [Record<string, string>, string][] = [
      [{ ...base, email: 'keine-adresse' }, 'Bitte geben Sie eine gültige E-Mail-Adresse ein'],
      [{ ...base, display_name: 'x'.repeat(100_000) }, 'Bitte geben Sie höchstens 120 Zeichen ein.'],
      [{ ...base, password: 'kurz', password_confirmation: 'kurz' }, 'Bitte geben Sie mindestens 10 Zeichen ein.'],
      [{ ...base, accept_privacy: '' }, 'Bitte bestätigen Sie, dass Sie die Datenschutzerklärung gelesen haben.'],
      [{ ...base, is_admin: 'true' }, 'Unbekannte Felder wurden gesendet: is_admin.'],
      [{ display_name: '', email: '', password: '', password_confirmation: '' }, 'Bitte füllen Sie dieses Feld aus.'],
    ];
    for (const [fields, message] of cases) {
      const response = await client.postForm('/de/registrieren', fields);
      expect(response.statusCode, message).toBe(400);
      expect(response.body).toContain(message);
    }
    expect(await test.db.selectFrom('users').select('id').execute()).toHaveLength(0);
  });

  it('stores injection strings verbatim and never renders them as HTML', async () => {
    const client = new TestClient(test.app);
    const name = `Robert'); DROP TABLE users;-- <script>alert(1)</script>`;
    expect((await register(client, 'bobby@beispiel.example', name)).statusCode).toBe(303);
    const user = await test.db
      .selectFrom('users')
      .select(['display_name'])
      .where('email', '=', 'bobby@beispiel.example')
      .executeTakeFirstOrThrow();
    expect(user.display_name).toBe(name);
    await test.db.updateTable('users').set({ email_verified_at: new Date() }).execute();
    const signedIn = await signedInClient(test, 'bobby@beispiel.example', PASSWORD);
    const page = await signedIn.get('/de/konto');
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('refuses oversized bodies, invalid UTF-8, wrong types and unsupported media types with 4xx', async () => {
    const client = new TestClient(test.app);
    // The registration form brings the CSRF cookie (pages without a form set none).
    await client.get('/de/registrieren');
    const post = (payload: string | Buffer, contentType: string) =>
      client.raw({ method: 'POST', url: '/de/registrieren', payload, contentType });
    const token = `_csrf=${client.csrfToken ?? ''}`;

    expect(
      (await post(`${token}&display_name=${'a'.repeat(400_000)}`, 'application/x-www-form-urlencoded')).statusCode,
    ).toBe(413);
    const invalidUtf8 = await post(
      `${token}&display_name=%FF%FE&email=a%40b.example`,
      'application/x-www-form-urlencoded',
    );
    expect(invalidUtf8.statusCode).toBe(400);
    expect(invalidUtf8.body).toContain('Die Eingabe enthält ungültige Zeichen');
    const rawInvalid = await post(
      Buffer.concat([Buffer.from(`${token}&display_name=`), Buffer.from([0xc3, 0x28])]),
      'application/x-www-form-urlencoded',
    );
    expect(rawInvalid.statusCode).toBe(400);
    const arrays = await post(`${token}&email=a%40b.example&email=c%40d.example`, 'application/x-www-form-urlencoded');
    expect(arrays.statusCode).toBe(400);
    const json = await post(
      JSON.stringify({ _csrf: client.csrfToken, display_name: 42, email: ['x'] }),
      'application/json',
    );
    expect(json.statusCode).toBe(400);
    expect((await post('<xml/>', 'application/xml')).statusCode).toBe(415);
    expect(await test.db.selectFrom('users').select('id').execute()).toHaveLength(0);
  });

  it('limits login attempts per address', async () => {
    const client = new TestClient(test.app);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      statuses.push(
        (
          await client.postForm('/de/anmelden', {
            email: 'target@beispiel.example',
            password: `guess-${attempt}-guess`,
          })
        ).statusCode,
      );
    }
    expect(statuses.slice(0, 10).every((status) => status === 400)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
