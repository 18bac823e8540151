import { describe, expect, it } from 'vitest';
import { createUser, DEMO_PASSWORD } from '../../seed/factories.js';
import { TestClient, linkFrom, useTestPlatform, waitForMail } from '../../../tests/setup/test-platform.js';

const test = useTestPlatform();
const PASSWORD = 'ein langes sicheres Passwort';

describe('accounts: back to the page that asked', () => {
  it('sends a signed-out visitor of a protected page to sign-in and back to that page afterwards', async () => {
    await createUser(test.db, { email: 'zurueck@beispiel.example' });
    const client = new TestClient(test.app);
    const asked = await client.get('/de/veranstaltungen/meine');
    expect(asked.statusCode).toBe(303);
    const signIn = asked.headers.location as string;
    expect(signIn).toBe('/de/anmelden?next=%2Fde%2Fveranstaltungen%2Fmeine');

    const form = await client.get(signIn);
    expect(form.body).toContain('action="/de/anmelden?next=%2Fde%2Fveranstaltungen%2Fmeine"');
    const login = await client.postForm(signIn, { email: 'zurueck@beispiel.example', password: DEMO_PASSWORD });
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe('/de/veranstaltungen/meine');
    expect((await client.get('/de/veranstaltungen/meine')).statusCode).toBe(200);
  });

  it('keeps the return address through a failed attempt', async () => {
    await createUser(test.db, { email: 'vertippt@beispiel.example' });
    const client = new TestClient(test.app);
    const url = '/ar/anmelden?next=%2Far%2Fkonto';
    const failed = await client.postForm(url, { email: 'vertippt@beispiel.example', password: 'falsch-falsch' });
    expect(failed.statusCode).toBe(400);
    expect(failed.body).toContain('action="/ar/anmelden?next=%2Far%2Fkonto"');
    const login = await client.postForm(url, { email: 'vertippt@beispiel.example', password: DEMO_PASSWORD });
    expect(login.headers.location).toBe('/ar/konto');
  });

  it('refuses a foreign return address in every form and lands in the own area instead', async () => {
    await createUser(test.db, { email: 'vorsicht@beispiel.example' });
    const foreign = [
      '//evil.example/de/konto',
      '/\\evil.example',
      'https://evil.example/',
      '/%2F%2Fevil.example',
      '/de/%5C%5Cevil.example',
      '/%252F%252Fevil.example',
      '/de/konto%0D%0ALocation:%20https://evil.example',
    ];
    for (const next of foreign) {
      const client = new TestClient(test.app);
      const form = await client.get(`/de/anmelden?next=${encodeURIComponent(next)}`);
      expect(form.body, next).toContain('action="/de/anmelden"');
      const login = await client.postForm(`/de/anmelden?next=${encodeURIComponent(next)}`, {
        email: 'vorsicht@beispiel.example',
        password: DEMO_PASSWORD,
      });
      expect(login.statusCode, next).toBe(303);
      expect(login.headers.location, next).toBe('/de/mein-bereich');
    }
  });

  it('comes back after registering and confirming the address', async () => {
    const client = new TestClient(test.app);
    const next = encodeURIComponent('/de/veranstaltungen/meine');
    const form = await client.get(`/de/registrieren?next=${next}`);
    expect(form.body).toContain(`action="/de/registrieren?next=${next}"`);
    const registered = await client.postForm(`/de/registrieren?next=${next}`, {
      display_name: 'Jana',
      email: 'neu-zurueck@beispiel.example',
      password: PASSWORD,
      password_confirmation: PASSWORD,
      accept_privacy: 'on',
    });
    expect(registered.statusCode).toBe(303);
    const mail = await waitForMail(test, 'neu-zurueck@beispiel.example');
    const confirmLink = linkFrom(mail.text_body, '/konto/bestaetigen');
    expect(confirmLink).toContain(`&next=${next}`);
    const confirmed = await client.get(confirmLink);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain(`href="/de/anmelden?next=${next}"`);
    const login = await client.postForm(`/de/anmelden?next=${next}`, {
      email: 'neu-zurueck@beispiel.example',
      password: PASSWORD,
    });
    expect(login.headers.location).toBe('/de/veranstaltungen/meine');
  });

  it('drops a foreign return address from the confirmation link', async () => {
    const client = new TestClient(test.app);
    await client.postForm(`/de/registrieren?next=${encodeURIComponent('//evil.example')}`, {
      display_name: 'Mira',
      email: 'mira-fremd@beispiel.example',
      password: PASSWORD,
      password_confirmation: PASSWORD,
      accept_privacy: 'on',
    });
    const mail = await waitForMail(test, 'mira-fremd@beispiel.example');
    expect(mail.text_body).not.toContain('evil.example');
    const confirmed = await client.get(`${linkFrom(mail.text_body, '/konto/bestaetigen')}&next=%2F%2Fevil.example`);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('<a class="kern-link" href="/de/anmelden">');
    expect(confirmed.body).not.toContain('anmelden?next=');
  });
});

describe('accounts: the language stored with the account', () => {
  it('lands in the own area in the account language after sign-in and on the bare root', async () => {
    await createUser(test.db, { email: 'arabisch@beispiel.example', locale: 'ar' });
    const client = new TestClient(test.app);
    const login = await client.postForm('/de/anmelden', {
      email: 'arabisch@beispiel.example',
      password: DEMO_PASSWORD,
    });
    expect(login.headers.location).toBe('/ar/mein-bereich');
    expect(client.cookie('vr_lang')).toBe('ar');
    // Even after reading a German page, the bare root follows the account's language.
    await client.get('/de/');
    expect((await client.get('/')).headers.location).toBe('/ar/');
    // Anonymous visitors keep the negotiated language.
    const anonymous = await new TestClient(test.app).get('/', { 'accept-language': 'tr' });
    expect(anonymous.headers.location).toBe('/tr/');
  });
});
