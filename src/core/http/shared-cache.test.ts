import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { startPlatform, type Platform } from '../../platform.js';
import { createUser } from '../../seed/factories.js';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { signedInClient } from '../../../tests/setup/sign-in.js';

// Which answers a shared cache in front of the platform may keep (decision 042): only pages that are the same
// for everyone. A cache that kept anything else would hand one person's page, or cookie, to the next visitor.
const test = useTestPlatform();
const SHARED = 'public, max-age=0, s-maxage=10';
let never: Platform | undefined;
afterAll(async () => {
  await never?.close();
});

describe('Cache-Control for shared caches', () => {
  it('lets a shared cache keep a public page asked for without cookies, for ten seconds', async () => {
    for (const [url, language] of [
      ['/de/', 'de'],
      ['/ar/veranstaltungen', 'ar'],
      ['/de/stellen', 'de'],
      ['/de/suche?q=Deutsch', 'de'],
    ]) {
      const headers = { 'accept-encoding': 'br, gzip', 'accept-language': language };
      const response = await test.app.inject({ url, headers });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe(SHARED);
      expect(response.headers['set-cookie'], url).toBeUndefined();
    }
  });

  it('keeps every page personal once the request carries a cookie or an Authorization header', async () => {
    for (const headers of [{ cookie: 'vr_lang=de' }, { authorization: 'Bearer abc' }]) {
      const response = await test.app.inject({ url: '/de/', headers });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });

  it('keeps a signed-in person’s pages personal', async () => {
    await createUser(test.db, { email: 'geteilt@beispiel.example' });
    const client = await signedInClient(test, 'geteilt@beispiel.example');
    for (const url of ['/de/', '/de/konto', '/de/suche?q=Deutsch']) {
      const response = await client.get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('lets only the browser keep what a signed-in person gets, even from routes that answer everyone alike', async () => {
    const anonymous = await test.app.inject({ url: '/api/v1/dcat' });
    expect(anonymous.headers['cache-control']).toBe('public, max-age=300');
    await createUser(test.db, { email: 'privat@beispiel.example' });
    const client = await signedInClient(test, 'privat@beispiel.example');
    const signedIn = await client.get('/api/v1/dcat');
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.headers['cache-control']).toBe('private, max-age=300');
  });

  it('keeps a page personal that sets a cookie (a form with its CSRF token, a remembered language)', async () => {
    const form = await test.app.inject({ url: '/de/barrierefreiheit' });
    expect(form.statusCode).toBe(200);
    expect(String(form.headers['set-cookie'])).toContain('vr_csrf=');
    expect(form.headers['cache-control']).toBe('no-store');

    const language = await test.app.inject({ url: '/tr/', headers: { 'accept-language': 'de' } });
    expect(String(language.headers['set-cookie'])).toContain('tr');
    expect(language.headers['cache-control']).toBe('no-store');
  });

  it('keeps errors and answers to other methods personal', async () => {
    const missing = await test.app.inject({ url: '/de/eintraege/00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    const posted = await test.app.inject({ method: 'POST', url: '/de/suche' });
    expect(posted.headers['cache-control']).not.toContain('public');
  });

  it('lets no shared cache keep anything with SHARED_CACHE_SECONDS=0', async () => {
    never = await startPlatform({
      config: loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', SHARED_CACHE_SECONDS: '0' }),
      database: test.platform.database,
      workers: false,
    });
    const response = await never.app.inject({ url: '/de/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
