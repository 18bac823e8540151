import { request, Agent } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { issueCsrfToken } from '../../src/core/http/csrf.js';
import { AUTH_RATE_LIMITS } from '../../src/modules/accounts/index.js';
import { createUser, DEMO_PASSWORD } from '../../src/seed/factories.js';
import { startPlatform, type Platform } from '../../src/platform.js';
import { findFreePort } from '../setup/machine.js';
import { useTestPlatform } from '../setup/test-platform.js';
import { startNginx, testShippedConfig, type RunningNginx } from '../../scripts/load-nginx.js';

// The reference deployment's proxy (deploy/nginx.conf, decision 032) in front of a production process with
// TRUST_PROXY=1: nginx replaces whatever X-Forwarded-For a client sends with the address it sees, so the per-IP
// limits count per client — and a client cannot buy new attempts with a forged header.
const test = useTestPlatform();
const SECRET = 'n'.repeat(40);
const CSRF = issueCsrfToken(SECRET, null);
let platform: Platform | undefined;
let nginx: RunningNginx | undefined;
afterAll(async () => {
  await nginx?.stop();
  await platform?.close();
});

/** A wrong password for `email`, sent through nginx from the loopback address `from`, with a forged header. */
function attempt(from: string, email: string, forged: string): Promise<number> {
  const proxy = nginx!;
  const body = new URLSearchParams({ _csrf: CSRF, email, password: 'wrong-password-guess' }).toString();
  return new Promise((resolve, reject) => {
    const agent = new Agent({ ca: proxy.ca, localAddress: from });
    const req = request(
      `${proxy.origin}/de/anmelden`,
      {
        method: 'POST',
        agent,
        headers: {
          cookie: `__Host-vr_csrf=${CSRF}`,
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(Buffer.byteLength(body)),
          'x-forwarded-for': forged,
          'x-real-ip': forged,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          agent.destroy();
          resolve(res.statusCode ?? 0);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request through nginx from the loopback address `from`. */
function through(
  path: string,
  options: { from?: string; method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const proxy = nginx!;
  return new Promise((resolve, reject) => {
    const agent = new Agent({ ca: proxy.ca, localAddress: options.from ?? '127.0.0.5' });
    const req = request(
      `${proxy.origin}${path}`,
      { method: options.method ?? 'GET', agent, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          agent.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('behind the reference nginx', () => {
  it('passes nginx -t as shipped', () => {
    expect(testShippedConfig()).toContain('test is successful');
  });

  it('counts per-IP limits per client address, whatever X-Forwarded-For the client forges', async () => {
    platform = await startPlatform({
      config: loadConfig({
        NODE_ENV: 'production',
        SESSION_SECRET: SECRET,
        BASE_URL: 'https://vielfalt-ruhr.example',
        DEMO_DATA: 'off',
        DATA_DIR: 'memory://',
        TRUST_PROXY: '1',
      }),
      database: test.platform.database,
      workers: false,
    });
    const appPort = await findFreePort();
    await platform.app.listen({ port: appPort, host: '127.0.0.1' });
    nginx = await startNginx({ appPorts: [appPort], port: await findFreePort() });

    const statuses: number[] = [];
    for (let i = 0; i <= AUTH_RATE_LIMITS.login.max; i++)
      statuses.push(await attempt('127.0.0.2', 'behind-proxy@beispiel.example', `198.51.100.${i}`));
    expect(statuses.slice(0, -1).every((status) => status === 400)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another client of the same proxy keeps its own budget, even claiming the first one's address.
    expect(await attempt('127.0.0.3', 'behind-proxy@beispiel.example', '127.0.0.2')).toBe(400);
  });

  // Decision 042: the proxy keeps the pages the app marks as the same for everyone, and nothing else.
  it('answers a public page from its cache, but never a signed-in person’s page or a form', async () => {
    expect(platform && nginx, 'the platform and nginx of the test before').toBeTruthy();
    const first = await through('/de/veranstaltungen');
    const second = await through('/de/veranstaltungen');
    expect(first.status, first.body.slice(0, 300)).toBe(200);
    expect(first.headers['cache-control']).toBe('public, max-age=0, s-maxage=10');
    expect(first.headers['x-cache-status']).toBe('MISS');
    expect(second.headers['x-cache-status']).toBe('HIT');
    expect(second.body).toBe(first.body);

    // A form sets its visitor's own CSRF cookie: every visitor gets a page of their own.
    const forms = [await through('/de/barrierefreiheit'), await through('/de/barrierefreiheit')];
    for (const form of forms) {
      expect(form.headers['cache-control']).toBe('no-store');
      expect(form.headers['x-cache-status']).not.toBe('HIT');
    }
    const tokens = forms.map((form) => String(form.headers['set-cookie']).match(/vr_csrf=([^;]+)/)?.[1]);
    expect(tokens[0]).toBeTruthy();
    expect(tokens[1]).not.toBe(tokens[0]);

    // Signed in: the home page greets the person; it passes the cache by, and what anonymous visitors get
    // afterwards (kept or new) is not that page.
    const user = await createUser(test.db, { email: 'zwischenspeicher@beispiel.example', display_name: 'Nevin Kaya' });
    const login = await through('/de/anmelden', {
      from: '127.0.0.6',
      method: 'POST',
      headers: { cookie: `__Host-vr_csrf=${CSRF}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: CSRF, email: user.email, password: DEMO_PASSWORD }).toString(),
    });
    expect(login.status).toBe(303);
    const session = String(login.headers['set-cookie']).match(/(__Host-vr_session=[^;]+)/)?.[1];
    expect(session).toBeTruthy();
    const own = await through('/de/konto', { from: '127.0.0.6', headers: { cookie: session! } });
    expect(own.status).toBe(200);
    expect(own.body).toContain('zwischenspeicher@beispiel.example');
    expect(own.headers['x-cache-status']).toBe('BYPASS');
    const ownHome = await through('/de/', { from: '127.0.0.6', headers: { cookie: session! } });
    expect(ownHome.headers['x-cache-status']).toBe('BYPASS');
    expect(ownHome.headers['cache-control']).toBe('no-store');
    for (const path of ['/de/', '/de/konto']) {
      const anonymous = await through(path);
      expect(anonymous.body, path).not.toContain('zwischenspeicher@beispiel.example');
      expect(anonymous.body, path).not.toContain('Nevin Kaya');
    }
  });
});
