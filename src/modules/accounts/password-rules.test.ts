import { describe, expect, it } from 'vitest';
import { createUser, DEMO_PASSWORD } from '../../seed/factories.js';
import { TestClient, linkFrom, useTestPlatform, waitForMail } from '../../../tests/setup/test-platform.js';
import { signedInClient } from '../../../tests/setup/sign-in.js';

const test = useTestPlatform();

const COMMON = 'Dieses Passwort steht auf einer Liste häufig benutzter';
const REPETITIVE = 'Dieses Passwort besteht nur aus wiederholten Zeichen';
const CONTEXT = 'Dieses Passwort besteht fast nur aus dem Namen der Plattform';

const registration = (email: string, name: string, password: string) => ({
  display_name: name,
  email,
  password,
  password_confirmation: password,
  accept_privacy: 'on',
});

describe('accounts: new passwords that are easy to guess are refused with a message per case', () => {
  it('at registration: common, repetitive and built from the person’s name, address or the platform', async () => {
    const client = new TestClient(test.app);
    const cases: [string, string][] = [
      ['password12', COMMON],
      ['Passwort2026', COMMON],
      ['aaaaaaaaaa', REPETITIVE],
      ['qwertzuiop', REPETITIVE],
      ['VielfaltRuhr2026', CONTEXT],
      ['KemalÖztürk1987', CONTEXT],
      ['kemal.oeztuerk', CONTEXT],
    ];
    for (const [password, message] of cases) {
      const response = await client.postForm(
        '/de/registrieren',
        registration('kemal.oeztuerk@beispiel.example', 'Kemal Öztürk', password),
      );
      expect(response.statusCode, response.body.slice(0, 3000)).toBe(400);
      expect(response.body, password).toContain(message);
    }
    expect(await test.db.selectFrom('users').select('id').execute()).toHaveLength(0);
    // In every language, not in German only.
    const english = await client.postForm(
      '/en/registrieren',
      registration('kemal.oeztuerk@beispiel.example', 'Kemal Öztürk', 'password12'),
    );
    expect(english.body).toContain('This password is on a list of commonly used passwords');
    // Any characters, no composition rules: a sentence passes.
    const sentence = await client.postForm(
      '/de/registrieren',
      registration('kemal.oeztuerk@beispiel.example', 'Kemal Öztürk', 'kemal trinkt gern çay am kanal'),
    );
    expect(sentence.statusCode).toBe(303);
  });

  it('when changing the password in the account, the account’s own name counts as context', async () => {
    await createUser(test.db, { email: 'zofia.nowak@beispiel.example', display_name: 'Zofia Nowak' });
    const owner = await signedInClient(test, 'zofia.nowak@beispiel.example');
    const change = (password: string) =>
      owner.postForm('/de/konto/passwort', {
        current_password: DEMO_PASSWORD,
        password,
        password_confirmation: password,
      });
    const common = await change('iloveyou12');
    expect(common.statusCode).toBe(400);
    expect(common.body).toContain(COMMON);
    const named = await change('ZofiaNowak!2026');
    expect(named.statusCode).toBe(400);
    expect(named.body).toContain(CONTEXT);
    expect((await change('Zofia fährt mit dem Rad nach Bochum')).statusCode).toBe(303);
  });

  it('from a reset link: a weak password is refused and the link stays usable', async () => {
    await createUser(test.db, { email: 'olena.koval@beispiel.example', display_name: 'Olena Koval' });
    const client = new TestClient(test.app);
    await client.postForm('/de/passwort-vergessen', { email: 'olena.koval@beispiel.example' });
    const mail = await waitForMail(test, 'olena.koval@beispiel.example');
    const token = new URL(linkFrom(mail.text_body, '/passwort-neu'), 'http://x').searchParams.get('token') ?? '';
    const reset = (password: string) =>
      client.postForm('/de/passwort-neu', { token, password, password_confirmation: password });
    const named = await reset('olenakoval2026');
    expect(named.statusCode).toBe(400);
    expect(named.body).toContain(CONTEXT);
    const repetitive = await reset('1234512345');
    expect(repetitive.statusCode).toBe(400);
    expect(repetitive.body).toContain(REPETITIVE);
    const done = await reset('Olena pflanzt Tomaten im Hinterhof');
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Ihr neues Passwort ist gespeichert');
  });
});
