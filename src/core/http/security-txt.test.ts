import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { startPlatform, type Platform } from '../../platform.js';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { days } from '../time/durations.js';

const test = useTestPlatform();
let production: Platform | undefined;
afterAll(async () => {
  await production?.close();
});

async function productionPlatform(): Promise<Platform> {
  production ??= await startPlatform({
    config: loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'h'.repeat(40),
      BASE_URL: 'https://vielfalt-ruhr.example',
      DEMO_DATA: 'off',
      DATA_DIR: 'memory://',
      SECURITY_CONTACT: 'mailto:sicherheit@vielfalt-ruhr.example',
    }),
    database: test.platform.database,
    workers: false,
  });
  return production;
}

/** The fields of a security.txt, by name. */
function fieldsOf(body: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of body.split('\n')) {
    const match = /^([A-Za-z-]+): (.+)$/.exec(line);
    if (match?.[1] && match[2]) fields[match[1]] = match[2];
  }
  return fields;
}

describe('/.well-known/security.txt (RFC 9116)', () => {
  it('names the disclosure address and an Expires less than a year ahead, as plain text', async () => {
    const platform = await productionPlatform();
    const response = await platform.app.inject({ url: '/.well-known/security.txt' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    const fields = fieldsOf(response.body);
    expect(fields.Contact).toBe('mailto:sicherheit@vielfalt-ruhr.example');
    expect(fields.Canonical).toBe('https://vielfalt-ruhr.example/.well-known/security.txt');
    const expires = new Date(fields.Expires ?? '').getTime();
    expect(expires).toBeGreaterThan(Date.now() + days(30));
    expect(expires).toBeLessThan(Date.now() + days(365));
  });

  it('has a default contact in development and refuses a contact that is no address', async () => {
    const response = await test.app.inject({ url: '/.well-known/security.txt' });
    expect(fieldsOf(response.body).Contact).toBe('mailto:security@vielfalt-ruhr.example');
    expect(() => loadConfig({ NODE_ENV: 'test', SECURITY_CONTACT: 'bitte anrufen' })).toThrow(/SECURITY_CONTACT/);
  });
});

describe('HTTP Strict Transport Security', () => {
  it('is sent in production for a year with subdomains, and not in development (plain http://localhost)', async () => {
    const platform = await productionPlatform();
    const page = await platform.app.inject({ url: '/de/' });
    const hsts = String(page.headers['strict-transport-security'] ?? '');
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31536000);
    expect(hsts).toContain('includeSubDomains');
    expect((await test.app.inject({ url: '/de/' })).headers['strict-transport-security']).toBeUndefined();
  });
});
