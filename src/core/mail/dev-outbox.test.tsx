import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/client.js';
import { loadConfig } from '../config.js';
import { startPlatform } from '../../platform.js';
import { getTestDatabase } from '../../../tests/setup/test-db.js';
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

  async function footerAndOutbox(env: Record<string, string>) {
    const platform = await startPlatform({
      config: loadConfig({ DATA_DIR: 'memory://', ...env }),
      database,
      workers: false,
    });
    try {
      const home = await platform.app.inject({ url: '/de/' });
      const outbox = await platform.app.inject({ url: '/de/entwicklung/postausgang' });
      return { hasLink: home.body.includes('/de/entwicklung/postausgang'), outboxStatus: outbox.statusCode };
    } finally {
      await platform.close();
    }
  }

  it('is linked and shown in development', async () => {
    expect(await footerAndOutbox({ NODE_ENV: 'development' })).toEqual({ hasLink: true, outboxStatus: 200 });
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
