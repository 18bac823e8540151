import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/client.js';
import { loadConfig } from '../config.js';
import { startPlatform } from '../../platform.js';
import { getTestDatabase, resetTestDatabase } from '../../../tests/setup/test-db.js';
import { TestClient } from '../../../tests/setup/test-platform.js';
import { SESSION_COOKIE } from '../auth/sessions.js';
import { createUser, DEMO_PASSWORD } from '../../seed/factories.js';
import { MailText } from './dev-outbox.js';

describe('MailText', () => {
  it('turns every web address of a mail into a link and leaves the rest as text', () => {
    const html = renderToString(
      <MailText text={'Bitte bestätigen: http://localhost:3000/de/konto/bestaetigen?token=a1b2.\nDanke!'} />,
    );
    expect(html).toBe(
      'Bitte bestätigen: <a class="kern-link" href="http://localhost:3000/de/konto/bestaetigen?token=a1b2">' +
        'http://localhost:3000/de/konto/bestaetigen?token=a1b2</a>.\nDanke!',
    );
    expect(renderToString(<MailText text="javascript:alert(1) ftp://x.example" />)).not.toContain('<a');
  });
});

describe('the development outbox', () => {
  // The worker's migrated test database, opened before the tests (opening it may take a while).
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await getTestDatabase();
  });

  const DEVELOPMENT = { NODE_ENV: 'development' };
  const PROXY = { 'x-forwarded-for': '198.51.100.7' };

  /** Whether the footer links the outbox and how the outbox answers, for a visitor from `remoteAddress`. */
  async function footerAndOutbox(
    env: Record<string, string>,
    visitor: { remoteAddress?: string; headers?: Record<string, string>; signedInAs?: string } = {},
  ) {
    const platform = await startPlatform({
      config: loadConfig({ DATA_DIR: 'memory://', ...env }),
      database,
      workers: false,
    });
    try {
      const cookies: Record<string, string> = {};
      if (visitor.signedInAs) {
        const client = new TestClient(platform.app);
        const login = await client.postForm('/de/anmelden', { email: visitor.signedInAs, password: DEMO_PASSWORD });
        expect(login.statusCode).toBe(303);
        cookies[SESSION_COOKIE] = client.cookie(SESSION_COOKIE) ?? '';
      }
      const request = (url: string) =>
        platform.app.inject({
          url,
          remoteAddress: visitor.remoteAddress ?? '127.0.0.1',
          headers: visitor.headers ?? {},
          cookies,
        });
      const home = await request('/de/');
      const outbox = await request('/de/entwicklung/postausgang');
      return { hasLink: home.body.includes('/de/entwicklung/postausgang'), outboxStatus: outbox.statusCode };
    } finally {
      await platform.close();
    }
  }

  it('is linked and shown in development to a developer at the machine itself', async () => {
    expect(await footerAndOutbox(DEVELOPMENT)).toEqual({ hasLink: true, outboxStatus: 200 });
    expect(await footerAndOutbox(DEVELOPMENT, { remoteAddress: '::1' })).toEqual({ hasLink: true, outboxStatus: 200 });
  });

  it('is neither linked nor there for anyone else in development: another machine, or anyone through a proxy', async () => {
    const hidden = { hasLink: false, outboxStatus: 404 };
    expect(await footerAndOutbox(DEVELOPMENT, { remoteAddress: '192.0.2.10' })).toEqual(hidden);
    expect(await footerAndOutbox(DEVELOPMENT, { headers: PROXY })).toEqual(hidden);
    await resetTestDatabase(database);
    const member = await createUser(database.db, { organisationType: 'company', email: 'firma@outbox.example' });
    expect(await footerAndOutbox(DEVELOPMENT, { headers: PROXY, signedInAs: member.email })).toEqual(hidden);
  });

  it('is shown to a signed-in platform admin from anywhere in development', async () => {
    await resetTestDatabase(database);
    const admin = await createUser(database.db, {
      organisationType: 'cooperation_office',
      role: 'admin',
      email: 'leitung@outbox.example',
    });
    expect(
      await footerAndOutbox(DEVELOPMENT, { remoteAddress: '192.0.2.10', headers: PROXY, signedInAs: admin.email }),
    ).toEqual({ hasLink: true, outboxStatus: 200 });
  });

  it('is neither linked nor there in production', async () => {
    const production = await footerAndOutbox({
      NODE_ENV: 'production',
      DEMO_DATA: 'off',
      BASE_URL: 'https://vielfalt-ruhr.example',
      SESSION_SECRET: 'a-production-secret-of-at-least-32-characters',
    });
    expect(production).toEqual({ hasLink: false, outboxStatus: 404 });
  });
});
