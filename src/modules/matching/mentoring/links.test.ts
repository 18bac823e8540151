import { describe, expect, it } from 'vitest';
import { TestClient, useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { createCast } from './test-helpers.js';

const test = useTestPlatform();

/** No page offers a link its reader may not use: the links follow the same policy as the routes. */
describe('mentoring: links only to what the reader may use', () => {
  it('offers "Eine Patenschaft suchen" to a person, through sign-in to a visitor, and not to a company', async () => {
    const cast = await createCast(test.db);
    const person = await signedInClient(test, cast.applicant.email);
    const company = await signedInClient(test, cast.company.email);
    const anonymous = new TestClient(test.app);

    const forPerson = await person.get('/de/mentoring/zweite-chance');
    expect(forPerson.body).toContain('href="/de/mentoring/anfrage"');
    expect((await person.get('/de/mentoring/anfrage')).statusCode).toBe(200);

    const forVisitor = await anonymous.get('/de/mentoring/zweite-chance');
    expect(forVisitor.body).toContain('href="/de/anmelden?next=%2Fde%2Fmentoring%2Fanfrage"');

    for (const url of ['/de/mentoring/zweite-chance', '/de/mentoring']) {
      const forCompany = await company.get(url);
      expect(forCompany.statusCode).toBe(200);
      expect(forCompany.body, url).not.toContain('href="/de/mentoring/anfrage"');
      expect(forCompany.body, url).not.toContain('Eine Patenschaft suchen');
    }
    // The link is hidden because the route refuses: the same rule, and a page that says why.
    const refused = await company.get('/de/mentoring/anfrage');
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('href="/de/mein-bereich"');
  });
});
