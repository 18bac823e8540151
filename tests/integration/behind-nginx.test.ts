import { request, Agent } from 'node:https';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { issueCsrfToken } from '../../src/core/http/csrf.js';
import { AUTH_RATE_LIMITS } from '../../src/modules/accounts/index.js';
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
});
