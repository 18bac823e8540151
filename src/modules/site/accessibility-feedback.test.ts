import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../core/auth/sessions.js';
import { TestClient, useTestPlatform, waitForMail } from '../../../tests/setup/test-platform.js';
import { OFFICE_CONTACT } from './office.js';
import { accessibilityFeedbackSource } from './personal-data.js';

const test = useTestPlatform();
const URL = '/de/barrierefreiheit';

async function feedbackRows() {
  return test.db.selectFrom('accessibility_feedback').selectAll().execute();
}

async function expectRefused(response: { statusCode: number; body: string }, status: number, field: string) {
  expect(response.statusCode).toBe(status);
  expect(response.body).toContain('id="error-summary"');
  if (field === '_form') expect(response.body).toMatch(/id="error-summary"[\s\S]*<li>[^<]+<\/li>/);
  else {
    expect(response.body).toContain(`id="field-${field}-error"`);
    expect(response.body).toContain(`href="#field-${field}"`);
  }
  expect(await feedbackRows()).toHaveLength(0);
}

/** A form post with a body exactly as given (for bytes a browser would never send). */
async function postRaw(client: TestClient, payload: string | Buffer) {
  if (!client.csrfToken) await client.get(URL);
  return test.app.inject({
    method: 'POST',
    url: URL,
    payload,
    headers: { cookie: `vr_csrf=${client.csrfToken}`, 'content-type': 'application/x-www-form-urlencoded' },
  });
}

describe('accessibility feedback', () => {
  it('stores a valid feedback, mails the office and thanks the sender', async () => {
    const client = new TestClient(test.app);
    const response = await client.postForm(URL, {
      message: 'Der Kontrast der Links ist zu schwach.',
      pageUrl: '/de/impressum',
      email: 'leser@beispiel.example',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${URL}#main`);
    const rows = await feedbackRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      message: 'Der Kontrast der Links ist zu schwach.',
      page_url: '/de/impressum',
      contact_email: 'leser@beispiel.example',
      locale: 'de',
      user_id: null,
    });
    const mail = await waitForMail(test, OFFICE_CONTACT.accessibilityEmail);
    expect(mail.subject).toBe('Neue Rückmeldung zur Barrierefreiheit');
    expect(mail.text_body).toContain('Der Kontrast der Links ist zu schwach.');
    expect(mail.text_body).toContain('leser@beispiel.example');
    expect(mail.text_body).toContain(rows[0]!.id);
    const page = await client.get(URL);
    expect(page.body).toContain('Vielen Dank für Ihre Rückmeldung.');
    const again = await client.get(URL);
    expect(again.body).not.toContain('Vielen Dank für Ihre Rückmeldung.');
  });

  it('accepts feedback without the optional fields and records the interface language', async () => {
    const response = await new TestClient(test.app).postForm('/ar/barrierefreiheit', {
      message: 'Die Schrift ist zu klein.',
      pageUrl: '',
      email: '  ',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/ar/barrierefreiheit#main');
    const [row] = await feedbackRows();
    expect(row).toMatchObject({ page_url: null, contact_email: null, locale: 'ar' });
  });

  it('links the feedback of a signed-in user to the account, for export and erasure', async () => {
    const user = await test.db
      .insertInto('users')
      .values({
        email: 'nutzerin@beispiel.example',
        password_hash: 'not-a-real-hash',
        display_name: 'Nutzerin',
        locale: 'de',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { token } = await createSession(test.db, user.id);
    // The CSRF token is bound to the session: the page read with the session cookie hands one out.
    const page = await test.app.inject({ method: 'GET', url: URL, headers: { cookie: `vr_session=${token}` } });
    const csrf = page.cookies.find((cookie) => cookie.name === 'vr_csrf')?.value ?? '';
    const response = await test.app.inject({
      method: 'POST',
      url: URL,
      payload: new URLSearchParams({ _csrf: csrf, message: 'Der Fokus ist unsichtbar.' }).toString(),
      headers: {
        cookie: `vr_csrf=${csrf}; vr_session=${token}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
    });
    expect(response.statusCode).toBe(303);
    const [row] = await feedbackRows();
    expect(row?.user_id).toBe(user.id);

    const exported = (await accessibilityFeedbackSource.export(test.db, user.id)) as { message: string }[];
    expect(exported.map((entry) => entry.message)).toEqual(['Der Fokus ist unsichtbar.']);
    await accessibilityFeedbackSource.erase(test.db, user.id);
    expect(await feedbackRows()).toHaveLength(0);
  });

  it('purges feedback older than two years and keeps newer feedback', async () => {
    const now = new Date('2026-06-01T00:00:00Z');
    await test.db
      .insertInto('accessibility_feedback')
      .values([
        { message: 'alt', locale: 'de', created_at: new Date('2024-05-31T00:00:00Z') },
        { message: 'neu', locale: 'de', created_at: new Date('2024-06-02T00:00:00Z') },
      ])
      .execute();
    expect(await accessibilityFeedbackSource.purgeExpired!(test.db, now)).toBe(1);
    expect((await feedbackRows()).map((row) => row.message)).toEqual(['neu']);
  });

  it('stores SQL and script text verbatim and never renders it as markup', async () => {
    const injection = "'); DROP TABLE accessibility_feedback; --";
    const script = '<script>alert("x")</script>';
    const client = new TestClient(test.app);
    expect((await client.postForm(URL, { message: `${injection} ${script}`, pageUrl: script })).statusCode).toBe(303);
    const rows = await feedbackRows();
    expect(rows.map((row) => [row.message, row.page_url])).toEqual([[`${injection} ${script}`, script]]);

    const refused = await client.postForm(URL, { message: script, email: `${script}@x` });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).not.toContain(script);
    expect(refused.body).toContain('&lt;script>alert(&quot;x&quot;)&lt;/script></textarea>');
    expect(await feedbackRows()).toHaveLength(1);
  });

  it('refuses a missing message and keeps what was typed', async () => {
    const response = await new TestClient(test.app).postForm(URL, {
      pageUrl: '/de/karte',
      email: 'a@beispiel.example',
    });
    await expectRefused(response, 400, 'message');
    expect(response.body).toContain('value="/de/karte"');
    expect(response.body).toContain('Bitte füllen Sie dieses Feld aus.');
  });

  it('refuses a message of only spaces', async () => {
    await expectRefused(await new TestClient(test.app).postForm(URL, { message: '   \n ' }), 400, 'message');
  });

  it('refuses a 100 KB message', async () => {
    const response = await new TestClient(test.app).postForm(URL, { message: 'x'.repeat(100 * 1024) });
    await expectRefused(response, 400, 'message');
    expect(response.body).toContain('höchstens 5.000 Zeichen');
  });

  it('refuses an invalid e-mail address and keeps the message', async () => {
    const response = await new TestClient(test.app).postForm(URL, {
      message: 'Der Button ist zu klein.',
      email: 'keine-adresse',
    });
    await expectRefused(response, 400, 'email');
    expect(response.body).toContain('Der Button ist zu klein.</textarea>');
  });

  it('refuses an overlong page address', async () => {
    await expectRefused(
      await new TestClient(test.app).postForm(URL, {
        message: 'Text',
        pageUrl: `https://x.example/${'a'.repeat(600)}`,
      }),
      400,
      'pageUrl',
    );
  });

  it('refuses unknown extra fields', async () => {
    const response = await new TestClient(test.app).postForm(URL, {
      message: 'Text',
      user_id: '00000000-0000-0000-0000-000000000000',
    });
    await expectRefused(response, 400, '_form');
    expect(response.body).toContain('Unbekannte Felder wurden gesendet: user_id.');
  });

  it('refuses a repeated field', async () => {
    const client = new TestClient(test.app);
    await client.get(URL);
    const twice = await postRaw(client, `_csrf=${client.csrfToken}&message=a&message=b`);
    await expectRefused(twice, 400, 'message');
  });

  it('refuses a post without a valid CSRF token with 403 and keeps the message', async () => {
    const client = new TestClient(test.app);
    const response = await client.postForm(URL, { message: 'Ohne Token' }, { csrf: false });
    await expectRefused(response, 403, '_form');
    expect(response.body).toContain('Ohne Token</textarea>');
    const forged = await client.postForm(URL, { _csrf: 'A'.repeat(43), message: 'Falsches Token' }, { csrf: false });
    await expectRefused(forged, 403, '_form');
    expect((await postRaw(new TestClient(test.app), 'message=Nur+Text')).statusCode).toBe(403);
  });

  it('refuses invalid UTF-8, percent-encoded or raw, with 400 at the field', async () => {
    const client = new TestClient(test.app);
    await client.get(URL);
    await expectRefused(await postRaw(client, `_csrf=${client.csrfToken}&message=%FF%FE`), 400, 'message');
    const raw = Buffer.concat([Buffer.from(`_csrf=${client.csrfToken}&message=ok&email=`), Buffer.from([0xff, 0xfe])]);
    await expectRefused(await postRaw(client, raw), 400, 'email');
    await expectRefused(await postRaw(client, `_csrf=${client.csrfToken}&message=ok&%FF%FE=1`), 400, '_form');
  });

  it('leaves the table intact after all of the above', async () => {
    const result = await sql<{ n: number }>`select count(*)::int as n from accessibility_feedback`.execute(test.db);
    expect(result.rows[0]?.n).toBe(0);
  });
});
