import { afterAll, describe, expect, it } from 'vitest';
import { createUser } from '../../seed/factories.js';
import { loadConfig } from '../config.js';
import { startPlatform, type Platform } from '../../platform.js';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { signedInClient } from '../../../tests/setup/sign-in.js';
import { issueCsrfToken } from './csrf.js';

const test = useTestPlatform();
const started: Platform[] = [];
afterAll(async () => {
  for (const platform of started) await platform.close();
});

/** A language change: a small state-changing form every signed-in person has. */
const LANGUAGE = '/de/konto/sprache';

/** Posts the language form with the given session and CSRF cookies, field and extra headers. */
const post = (options: { session: string; cookie: string; field: string; headers?: Record<string, string> }) =>
  test.app.inject({
    method: 'POST',
    url: LANGUAGE,
    payload: new URLSearchParams({ _csrf: options.field, locale: 'en' }).toString(),
    headers: {
      cookie: `vr_session=${options.session}; vr_csrf=${options.cookie}`,
      'content-type': 'application/x-www-form-urlencoded',
      ...options.headers,
    },
  });

describe('CSRF: signed tokens bound to the session', () => {
  it('refuses a cookie and field that agree but were never issued by the platform', async () => {
    await createUser(test.db, { email: 'forged@beispiel.example' });
    const client = await signedInClient(test, 'forged@beispiel.example');
    const forged = 'c'.repeat(43);
    const response = await post({ session: client.cookie('vr_session') ?? '', cookie: forged, field: forged });
    expect(response.statusCode).toBe(403);
  });

  it('refuses a token issued for another session, even when cookie and field agree', async () => {
    await createUser(test.db, { email: 'victim@beispiel.example' });
    await createUser(test.db, { email: 'attacker@beispiel.example' });
    const victim = await signedInClient(test, 'victim@beispiel.example');
    const attacker = await signedInClient(test, 'attacker@beispiel.example');
    const attackersToken = attacker.csrfToken ?? '';
    const victimsSession = victim.cookie('vr_session') ?? '';
    expect((await post({ session: victimsSession, cookie: attackersToken, field: attackersToken })).statusCode).toBe(
      403,
    );
    // A token signed for "no session" is no good either once signed in.
    const anonymous = issueCsrfToken(loadConfig({ NODE_ENV: 'test' }).sessionSecret, null);
    expect((await post({ session: victimsSession, cookie: anonymous, field: anonymous })).statusCode).toBe(403);
    // The victim's own token works.
    const own = victim.csrfToken ?? '';
    expect((await post({ session: victimsSession, cookie: own, field: own })).statusCode).toBe(303);
  });

  it('refuses another site’s origin on unsafe methods even with a valid token; accepts its own', async () => {
    await createUser(test.db, { email: 'origin@beispiel.example' });
    const client = await signedInClient(test, 'origin@beispiel.example');
    const valid = {
      session: client.cookie('vr_session') ?? '',
      cookie: client.csrfToken ?? '',
      field: client.csrfToken ?? '',
    };
    const refused: Record<string, string>[] = [
      { origin: 'https://boese.example' },
      { origin: 'null', 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'http://localhost:3000', 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of refused)
      expect((await post({ ...valid, headers })).statusCode, JSON.stringify(headers)).toBe(403);
    const accepted: Record<string, string>[] = [
      { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
      { origin: 'http://localhost:80' },
      { 'sec-fetch-site': 'none' },
      // What Chromium sends for our own forms: our pages ask for no referrer, so the origin is "null".
      { origin: 'null', 'sec-fetch-site': 'same-origin' },
    ];
    for (const headers of accepted)
      expect((await post({ ...valid, headers })).statusCode, JSON.stringify(headers)).toBe(303);
  });

  it('keeps a form working without JavaScript: the page’s hidden field carries the session’s token', async () => {
    await createUser(test.db, { email: 'nojs@beispiel.example' });
    const client = await signedInClient(test, 'nojs@beispiel.example');
    const page = await client.get('/de/konto');
    const hidden = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
    expect(hidden).toBe(client.csrfToken);
    // The page's favicon and assets are read without the session: they must not swap the token for another.
    const favicon = await client.get('/favicon.ico');
    expect(favicon.cookies.some((cookie) => cookie.name === 'vr_csrf')).toBe(false);
    expect(client.csrfToken).toBe(hidden);
    expect((await client.postForm(LANGUAGE, { locale: 'pl' })).statusCode).toBe(303);
    // Signing out hands out a token without a session at once, so the login form works again.
    expect((await client.postForm('/de/abmelden', {})).statusCode).toBe(303);
    const again = await client.postForm('/de/anmelden', {
      email: 'nojs@beispiel.example',
      password: 'falsch-aber-lang',
    });
    expect(again.statusCode).toBe(400);
  });
});

describe('cookies in production', () => {
  it('are named with the __Host- prefix: Secure, for the whole site, without a Domain', async () => {
    const platform = await startPlatform({
      config: loadConfig({
        NODE_ENV: 'production',
        SESSION_SECRET: 'p'.repeat(40),
        BASE_URL: 'https://vielfalt-ruhr.example',
        DEMO_DATA: 'off',
        DATA_DIR: 'memory://',
      }),
      database: test.platform.database,
      workers: false,
    });
    started.push(platform);
    await createUser(test.db, { email: 'host-prefix@beispiel.example' });
    const page = await platform.app.inject({ method: 'GET', url: '/de/anmelden' });
    const csrf = page.cookies.find((cookie) => cookie.name === '__Host-vr_csrf');
    expect(csrf).toMatchObject({ path: '/', secure: true, httpOnly: true });
    expect(csrf?.domain).toBeUndefined();
    expect(page.cookies.some((cookie) => cookie.name === 'vr_csrf')).toBe(false);

    const login = await platform.app.inject({
      method: 'POST',
      url: '/de/anmelden',
      payload: new URLSearchParams({
        _csrf: csrf?.value ?? '',
        email: 'host-prefix@beispiel.example',
        password: 'Vielfalt-Demo-2026',
      }).toString(),
      headers: {
        cookie: `__Host-vr_csrf=${csrf?.value ?? ''}`,
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://vielfalt-ruhr.example',
        'sec-fetch-site': 'same-origin',
      },
    });
    expect(login.statusCode).toBe(303);
    const session = login.cookies.find((cookie) => cookie.name === '__Host-vr_session');
    expect(session).toMatchObject({ path: '/', secure: true, httpOnly: true });
    // The session cookie of the old name is not read: only the prefixed one signs in.
    const plain = await platform.app.inject({
      method: 'GET',
      url: '/de/konto',
      headers: { cookie: `vr_session=${session?.value ?? ''}` },
    });
    expect(plain.statusCode).toBe(303);
    const prefixed = await platform.app.inject({
      method: 'GET',
      url: '/de/konto',
      headers: { cookie: `__Host-vr_session=${session?.value ?? ''}` },
    });
    expect(prefixed.statusCode).toBe(200);
  });
});
