import { describe, expect, it } from 'vitest';
import type { AppServices } from '../../core/http/types.js';
import { createUser } from '../../seed/factories.js';
import { TestClient, useTestPlatform, waitForMail } from '../../../tests/setup/test-platform.js';
import { requestPasswordReset } from './use-cases/request-password-reset.js';

const test = useTestPlatform();

/**
 * The request path as a recording: every call to the queue, and any use of the database refused, so a path
 * that looked the account up (and took longer when it exists) fails here.
 */
function recordingServices(): { services: AppServices; sent: unknown[][] } {
  const sent: unknown[][] = [];
  const db = new Proxy(
    {},
    {
      get: () => {
        throw new Error('a reset request must not look the address up while the visitor waits');
      },
    },
  );
  const queue = { send: async (...args: unknown[]) => (sent.push(args), 'job-id') };
  return { services: { ...test.app.services, db, queue } as unknown as AppServices, sent };
}

describe('accounts: a reset request tells nothing about whether the account exists', () => {
  it('takes the same steps for an address with an account and one without: one queued job of the same shape', async () => {
    await createUser(test.db, { email: 'exists@beispiel.example' });
    const known = recordingServices();
    const unknown = recordingServices();
    await requestPasswordReset({ services: known.services, email: 'exists@beispiel.example' });
    await requestPasswordReset({ services: unknown.services, email: 'nobody-here@beispiel.example' });
    expect(known.sent).toHaveLength(1);
    expect(unknown.sent).toHaveLength(1);
    const shape = (call: unknown[] | undefined) =>
      JSON.stringify(call, (_key, value: unknown) =>
        typeof value === 'string' ? value.replace(/[0-9a-f]/g, 'x') : value,
      );
    expect(shape(known.sent[0])).toBe(shape(unknown.sent[0]));
    // The typed-in address is not stored in the queue, only its digest.
    expect(JSON.stringify(known.sent)).not.toContain('exists@beispiel.example');
  });

  it('answers both with the same page and mails a link only to the account, in the background', async () => {
    await createUser(test.db, { email: 'owner@beispiel.example' });
    const known = await new TestClient(test.app).postForm('/de/passwort-vergessen', {
      email: ' Owner@Beispiel.example ',
    });
    const unknown = await new TestClient(test.app).postForm('/de/passwort-vergessen', {
      email: 'stranger@beispiel.example',
    });
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(200);
    const main = (body: string) => /<main[\s\S]*<\/main>/.exec(body)?.[0];
    expect(main(known.body)).toBe(main(unknown.body));
    const mail = await waitForMail(test, 'owner@beispiel.example');
    expect(mail.text_body).toContain('/de/passwort-neu?token=');
    const outbox = await test.db.selectFrom('dev_outbox').select('to_address').execute();
    expect(outbox.map((row) => row.to_address)).toEqual(['owner@beispiel.example']);
  });
});
