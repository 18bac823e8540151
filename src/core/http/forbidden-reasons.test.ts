import { describe, expect, it } from 'vitest';
import { createUser } from '../../seed/factories.js';
import { signedInClient } from '../../../tests/setup/sign-in.js';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';

const test = useTestPlatform();

/**
 * Every 403 page says why and what would help: the reason comes from where the refusal was
 * thrown, or else from who is asking (no organisation, an organisation still being checked,
 * another role), always with a link its reader may follow.
 */
describe('403 pages say why and what would help', () => {
  it('tells a person without an organisation that the page is for organisations and where to go', async () => {
    await createUser(test.db, { email: 'bewerberin@mail.example' });
    const client = await signedInClient(test, 'bewerberin@mail.example');
    for (const url of ['/de/organisation/stellen', '/de/organisation/eintraege']) {
      const page = await client.get(url);
      expect(page.statusCode, url).toBe(403);
      expect(page.body).toContain('Ihr Konto gehört zu keiner Organisation');
      expect(page.body).toContain('href="/de/mein-bereich"');
    }
  });

  it('tells a member of an unverified company that the organisation is being checked and what happens next', async () => {
    await createUser(test.db, {
      email: 'neu@werkstatt.example',
      organisation: { type: 'company', verified_at: null, name: 'Werkstatt Kruse' },
      role: 'admin',
    });
    const client = await signedInClient(test, 'neu@werkstatt.example');
    const page = await client.get('/de/stellen/neu');
    expect(page.statusCode).toBe(403);
    expect(page.body).toContain('Ihre Organisation wird gerade geprüft');
    expect(page.body).toContain('Sie müssen dafür nichts weiter tun');
    expect(page.body).toContain('href="/de/organisation"');
    const arabic = await client.get('/ar/stellen/neu');
    expect(arabic.body).toContain('يجري حاليًا التحقق من مؤسستك');
    expect(arabic.body).toContain('href="/ar/organisation"');
  });

  it('gives the reason of the refusing code where it names one, and the other-role reason elsewhere', async () => {
    await createUser(test.db, {
      email: 'ausbildung@baecker.example',
      organisation: { type: 'company', verified_at: new Date(), name: 'Bäckerei Yilmaz' },
      role: 'admin',
    });
    const client = await signedInClient(test, 'ausbildung@baecker.example');
    const create = await client.get('/de/eintraege/neu');
    expect(create.statusCode).toBe(403);
    expect(create.body).toContain('Betriebe bieten Ausbildungs- und Praktikumsplätze');
    const admin = await client.get('/de/verwaltung/protokoll');
    expect(admin.statusCode).toBe(403);
    expect(admin.body).toContain('Diese Seite gehört zu einer anderen Rolle oder einer anderen Organisation');
    expect(admin.body).toContain('href="/de/mein-bereich"');
  });
});
