import { describe, expect, it } from 'vitest';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';

const test = useTestPlatform();
const URL = '/de/barrierefreiheit';

/** The one-time key of the feedback form, read from the page as a browser sends it back. */
async function formKey(client: TestClient): Promise<string> {
  const page = await client.get(URL);
  const key = /name="_submission" value="([A-Za-z0-9_-]{43})"/.exec(page.body)?.[1];
  if (!key) throw new Error('the feedback form carries no submission key');
  return key;
}

async function feedbackCount(): Promise<number> {
  const rows = await test.db.selectFrom('accessibility_feedback').select('id').execute();
  return rows.length;
}

describe('a form sent twice is saved once', () => {
  it('every rendered form gets its own key', async () => {
    const client = new TestClient(test.app);
    expect(await formKey(client)).not.toBe(await formKey(client));
  });

  it('the repeat of a saved post gets the first answer and adds no record', async () => {
    const client = new TestClient(test.app);
    const _submission = await formKey(client);
    const fields = { message: 'Die Schrift im Kalender ist zu klein.', _submission };
    const first = await client.postForm(URL, fields);
    const again = await client.postForm(URL, fields);
    expect(first.statusCode).toBe(303);
    expect(again.statusCode).toBe(303);
    expect(again.headers.location).toBe(first.headers.location);
    expect(await feedbackCount()).toBe(1);
  });

  it('two posts of one form at the same moment save one record; the other is told it was sent already', async () => {
    const client = new TestClient(test.app);
    const _submission = await formKey(client);
    const fields = { message: 'Der Kontrast der Links reicht nicht.', _submission };
    const answers = await Promise.all([client.postForm(URL, fields), client.postForm(URL, fields)]);
    expect(await feedbackCount()).toBe(1);
    const statuses = answers.map((answer) => answer.statusCode).sort();
    expect(statuses[0]).toBe(303);
    expect([303, 409]).toContain(statuses[1]);
    const refused = answers.find((answer) => answer.statusCode === 409);
    if (refused) expect(refused.body).toContain('Dieses Formular wurde bereits abgeschickt');
  });

  it('a post refused for its input gives the key back, so the corrected form is saved', async () => {
    const client = new TestClient(test.app);
    const _submission = await formKey(client);
    const refused = await client.postForm(URL, {
      message: 'Fehler auf der Seite',
      email: 'keine-adresse',
      _submission,
    });
    expect(refused.statusCode).toBe(400);
    const corrected = await client.postForm(URL, { message: 'Fehler auf der Seite', email: '', _submission });
    expect(corrected.statusCode).toBe(303);
    expect(await feedbackCount()).toBe(1);
  });

  it('different forms, or a form without a key (an older page, a script), are each saved', async () => {
    const client = new TestClient(test.app);
    await client.postForm(URL, { message: 'Erste Rückmeldung', _submission: await formKey(client) });
    await client.postForm(URL, { message: 'Zweite Rückmeldung', _submission: await formKey(client) });
    await client.postForm(URL, { message: 'Dritte Rückmeldung' });
    expect(await feedbackCount()).toBe(3);
  });
});
