import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { recordAudit } from '../audit/record-audit.js';
import { buildApp } from './app.js';
import { issueCsrfToken } from './csrf.js';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';

const test = useTestPlatform();

/**
 * PostgreSQL refuses a lone UTF-16 surrogate ("\ud800" in JSON) in a jsonb value; before the input path
 * refused it, every route that stored posted text in jsonb answered 500. This app has one such route.
 */
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp({
    services: test.app.services,
    modules: [
      async (instance) => {
        instance.post('/api/notes', async (request) => {
          const { note } = request.body as { note: string };
          await recordAudit(instance.services.db, {
            actorUserId: null,
            action: 'test.note',
            subjectType: 'note',
            details: { note },
          });
          return { stored: true };
        });
      },
    ],
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
});

async function postJson(target: FastifyInstance, url: string, body: string) {
  // This app renders no form that would hand out a token: an anonymous one is made as the platform makes it.
  const csrf = issueCsrfToken(target.services.config.sessionSecret, null);
  return target.inject({
    method: 'POST',
    url,
    payload: body.replace('CSRF', csrf),
    headers: { cookie: `vr_csrf=${csrf}`, 'content-type': 'application/json', 'x-csrf-token': csrf },
  });
}

describe('a lone UTF-16 surrogate in posted input', () => {
  it('answers 400 with a clear message for JSON that a jsonb column would refuse, and stores nothing', async () => {
    const response = await postJson(app, '/api/notes', '{"note":"Gr\\ud800n"}');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: { code: 'invalid_input', message: 'Die Eingabe enthält ungültige Zeichen' },
    });
    const high = await postJson(app, '/api/notes', '{"note":"\\udc00 am Anfang"}');
    expect(high.statusCode).toBe(400);
    expect(await test.db.selectFrom('audit_log').select('id').where('action', '=', 'test.note').execute()).toHaveLength(
      0,
    );
    // A whole pair (an emoji) is text like any other.
    const pair = await postJson(app, '/api/notes', '{"note":"Gr\\ud83c\\udf33n"}');
    expect(pair.statusCode).toBe(200);
  });

  it('answers 400 on the platform’s own form routes posted as JSON', async () => {
    const client = new TestClient(test.app);
    await client.get('/de/registrieren');
    const response = await client.raw({
      method: 'POST',
      url: '/de/registrieren',
      payload: `{"_csrf":"${client.csrfToken ?? ''}","display_name":"A\\udbffylin","email":"a@beispiel.example"}`,
      contentType: 'application/json',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Die Eingabe enthält ungültige Zeichen');
  });
});
