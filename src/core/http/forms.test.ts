import { describe, expect, it } from 'vitest';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';
import { postedFormValues, singleValue } from './forms.js';

const test = useTestPlatform();

describe('postedFormValues', () => {
  it('keeps text fields and checkbox groups as the form posted them', () => {
    const values = postedFormValues({ title: 'Sprachcafé', cities: ['essen', 'bochum'], kinds: 'internship' });
    expect(values).toEqual({ title: 'Sprachcafé', cities: ['essen', 'bochum'], kinds: 'internship' });
  });

  it('never echoes the CSRF token or a password', () => {
    const values = postedFormValues({
      _csrf: 'token',
      password: 'secret-secret',
      new_password: 'other-secret',
      email: 'a@example.org',
    });
    expect(values).toEqual({ email: 'a@example.org' });
  });

  it('drops what a form cannot have posted', () => {
    const values = postedFormValues({ nested: { a: '1' }, count: 3, mixed: ['ok', 4, { b: 2 }, 'also'] });
    expect(values).toEqual({ mixed: ['ok', 'also'] });
  });

  it('keeps the longest text a field accepts whole, and cuts what goes far beyond', () => {
    const body = 'ä'.repeat(20_000);
    expect(postedFormValues({ body }).body).toBe(body);
    expect(postedFormValues({ body: 'x'.repeat(100_000) }).body).toHaveLength(25_000);
  });

  it('cuts long lists and long list items', () => {
    const values = postedFormValues({
      occupations: Array.from({ length: 80 }, (_, i) => `o${i}`),
      deadlines: ['y'.repeat(1000)],
    });
    expect(values.occupations).toHaveLength(50);
    expect(values.occupations?.[49]).toBe('o49');
    expect(values.deadlines).toEqual(['y'.repeat(200)]);
  });

  it('gives no values for a missing or non-object body', () => {
    expect(postedFormValues(undefined)).toEqual({});
    expect(postedFormValues(null)).toEqual({});
    expect(postedFormValues('title=x')).toEqual({});
  });
});

describe('singleValue', () => {
  it('gives a field its one value, and none for a list or a missing field', () => {
    expect(singleValue('Essen')).toBe('Essen');
    expect(singleValue('')).toBe('');
    expect(singleValue(['essen', 'bochum'])).toBeUndefined();
    expect(singleValue(undefined)).toBeUndefined();
  });
});

describe('handleForm', () => {
  const postForgotPassword = (client: TestClient, body: string) =>
    client.raw({
      method: 'POST',
      url: '/de/passwort-vergessen',
      payload: `_csrf=${client.csrfToken ?? ''}&${body}`,
      contentType: 'application/x-www-form-urlencoded',
    });

  it('shows the form again with what was typed after a problem', async () => {
    const client = new TestClient(test.app);
    await client.get('/de/passwort-vergessen');
    const response = await postForgotPassword(client, 'email=kein-adresse');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('value="kein-adresse"');
  });

  it('shows a field posted twice as empty, never as its values joined', async () => {
    const client = new TestClient(test.app);
    await client.get('/de/passwort-vergessen');
    const response = await postForgotPassword(client, 'email=erste%40beispiel.example&email=zweite%40beispiel.example');
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/<input[^>]*name="email"/);
    expect(response.body).not.toContain('erste@beispiel.example');
    expect(response.body).not.toContain('zweite@beispiel.example');
  });
});
