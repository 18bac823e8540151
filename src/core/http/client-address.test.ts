import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { startPlatform, type Platform } from '../../platform.js';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { AUTH_RATE_LIMITS } from '../../modules/accounts/index.js';
import { issueCsrfToken } from './csrf.js';

const test = useTestPlatform();
const started: Platform[] = [];
afterAll(async () => {
  for (const platform of started) await platform.close();
});

const SECRET = 's'.repeat(40);

/** A production process on the test database, with TRUST_PROXY as given. */
async function production(trustProxy?: string): Promise<Platform> {
  const platform = await startPlatform({
    config: loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: SECRET,
      BASE_URL: 'https://vielfalt-ruhr.example',
      DEMO_DATA: 'off',
      DATA_DIR: 'memory://',
      ...(trustProxy === undefined ? {} : { TRUST_PROXY: trustProxy }),
    }),
    database: test.platform.database,
    workers: false,
  });
  started.push(platform);
  return platform;
}

// A token signed with the production secret for a visitor without a session, in its `__Host-` cookie.
const CSRF = issueCsrfToken(SECRET, null);
/** A login with a wrong password from the socket address `from`, claiming the X-Forwarded-For `forwarded`. */
const attempt = (platform: Platform, email: string, from: string, forwarded: string) =>
  platform.app.inject({
    method: 'POST',
    url: '/de/anmelden',
    remoteAddress: from,
    payload: new URLSearchParams({ _csrf: CSRF, email, password: 'wrong-password-guess' }).toString(),
    headers: {
      cookie: `__Host-vr_csrf=${CSRF}`,
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': forwarded,
    },
  });

describe('the client address', () => {
  it('is the socket’s by default, even in production: a forged X-Forwarded-For does not buy new attempts', async () => {
    const platform = await production();
    const statuses: number[] = [];
    for (let i = 0; i <= AUTH_RATE_LIMITS.login.max; i++)
      statuses.push((await attempt(platform, 'forged@beispiel.example', '192.0.2.20', `198.51.100.${i}`)).statusCode);
    expect(statuses.at(-1)).toBe(429);
  });

  it('is the one the trusted proxy saw, never what the client wrote before it', async () => {
    const platform = await production('1');
    const statuses: number[] = [];
    for (let i = 0; i <= AUTH_RATE_LIMITS.login.max; i++)
      statuses.push(
        (await attempt(platform, 'proxied@beispiel.example', '10.0.0.2', `198.51.100.${i}, 203.0.113.7`)).statusCode,
      );
    expect(statuses.at(-1)).toBe(429);
    // Another client behind the same proxy has its own budget.
    expect((await attempt(platform, 'proxied@beispiel.example', '10.0.0.2', '203.0.113.8')).statusCode).toBe(400);
  });
});
