import { describe, expect, it } from 'vitest';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { TestClient, useTestPlatform, waitForMail } from '../../../../tests/setup/test-platform.js';
import { createUser } from '../../../seed/factories.js';
import { personalDataSources } from '../../../core/privacy/registry.js';
import { insertEntries } from './test-entries.js';
import { sendSavedSearchDigests } from './use-cases/send-saved-search-digests.js';

const test = useTestPlatform();

describe('saved searches', () => {
  it('saves, lists and deletes a search, and mails new matches exactly once', async () => {
    await insertEntries(test.db, [{ title: 'Alte Ausbildungsmesse', cities: ['essen'] }]);
    const user = await createUser(test.db, { email: 'merve@mail.example', locale: 'de' });
    const client = await signedInClient(test, user.email);
    const saved = await client.postForm('/de/suche/speichern', {
      label: 'Messen in Essen',
      query: 'q=Ausbildungsmesse&city=essen',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/de/suche/gespeichert');
    const list = await client.get('/de/suche/gespeichert');
    expect(list.body).toContain('Messen in Essen');
    expect(list.body).toContain('href="/de/suche?q=Ausbildungsmesse&amp;city=essen"');

    // Nothing new yet: no mail.
    expect((await sendSavedSearchDigests({ services: test.app.services })).mailed).toBe(0);
    await insertEntries(test.db, [
      { title: 'Neue Ausbildungsmesse Essen', cities: ['essen'], published_at: new Date(Date.now() + 1000) },
      { title: 'Ausbildungsmesse Dortmund', cities: ['dortmund'], published_at: new Date(Date.now() + 1000) },
    ]);
    const later = new Date(Date.now() + 5000);
    // Two runs at once (on PostgreSQL on two connections): one of them mails.
    const runs = await Promise.all([
      sendSavedSearchDigests({ services: test.app.services, now: later }),
      sendSavedSearchDigests({ services: test.app.services, now: new Date(later.getTime() + 1) }),
    ]);
    expect(runs.map((run) => run.mailed).sort()).toEqual([0, 1]);
    const mail = await waitForMail(test, user.email);
    expect(mail.subject).toContain('1 neuer Eintrag zu „Messen in Essen“');
    expect(mail.text_body).toContain('Neue Ausbildungsmesse Essen');
    expect(mail.text_body).not.toContain('Dortmund');
    expect(mail.text_body).not.toContain('Alte Ausbildungsmesse');
    // The same entries are never mailed twice.
    expect(
      (await sendSavedSearchDigests({ services: test.app.services, now: new Date(later.getTime() + 1000) })).mailed,
    ).toBe(0);

    const [row] = await test.db.selectFrom('saved_searches').select('id').execute();
    const deleted = await client.postForm(`/de/suche/gespeichert/${row?.id ?? ''}/loeschen`, {});
    expect(deleted.statusCode).toBe(303);
    expect(await test.db.selectFrom('saved_searches').select('id').execute()).toEqual([]);
  });

  it("keeps another user's saved searches out of sight and out of reach", async () => {
    const owner = await createUser(test.db, { email: 'owner@mail.example' });
    const other = await createUser(test.db, { email: 'other@mail.example' });
    const ownerClient = await signedInClient(test, owner.email);
    await ownerClient.postForm('/de/suche/speichern', { label: 'Meine Suche Mentoring', query: 'q=Mentoring' });
    const [row] = await test.db.selectFrom('saved_searches').select('id').execute();
    const otherClient = await signedInClient(test, other.email);
    expect((await otherClient.get('/de/suche/gespeichert')).body).not.toContain('Meine Suche Mentoring');
    const attempt = await otherClient.postForm(`/de/suche/gespeichert/${row?.id ?? ''}/loeschen`, {});
    expect(attempt.statusCode).toBe(404);
    expect(await test.db.selectFrom('saved_searches').select('id').execute()).toHaveLength(1);
  });

  it('lets no anonymous visitor save, and refuses a save without CSRF token or label', async () => {
    const anonymous = new TestClient(test.app);
    const response = await anonymous.postForm('/de/suche/speichern', { label: 'Anonym', query: 'q=Mentoring' });
    expect(response.statusCode).toBe(401);
    const page = await anonymous.get('/de/suche?q=Mentoring');
    expect(page.body).toContain('/de/anmelden?next=');
    expect(page.body).not.toContain('action="/de/suche/speichern"');
    expect((await anonymous.get('/de/suche/gespeichert')).statusCode).toBe(303);

    const user = await createUser(test.db, { email: 'ina@mail.example' });
    const client = await signedInClient(test, user.email);
    expect(
      (await client.postForm('/de/suche/speichern', { label: 'X', query: 'q=Mentoring' }, { csrf: false })).statusCode,
    ).toBe(403);
    const noLabel = await client.postForm('/de/suche/speichern', { label: ' ', query: 'q=Mentoring' });
    expect(noLabel.statusCode).toBe(400);
    expect(noLabel.body).toContain('id="error-summary"');
    const emptySearch = await client.postForm('/de/suche/speichern', { label: 'Alles', query: 'sort=newest' });
    expect(emptySearch.statusCode).toBe(400);
    const extra = await client.postForm('/de/suche/speichern', { label: 'Alles', query: 'q=x', admin: '1' });
    expect(extra.statusCode).toBe(400);
    expect(await test.db.selectFrom('saved_searches').select('id').execute()).toEqual([]);
  });

  it('exports and erases saved searches with the account data', async () => {
    const user = await createUser(test.db, { email: 'export@mail.example' });
    const client = await signedInClient(test, user.email);
    await client.postForm('/de/suche/speichern', { label: 'Förderung KMU', query: 'q=F%C3%B6rderung&group=smes' });
    const source = personalDataSources().find((s) => s.id === 'saved_searches');
    expect(source).toBeDefined();
    const exported = (await source?.export(test.db, user.id)) as { label: string; query: unknown }[];
    expect(exported).toEqual([
      expect.objectContaining({ label: 'Förderung KMU', query: { q: 'Förderung', group: ['smes'] } }),
    ]);
    await test.db.transaction().execute((trx) => source?.erase(trx, user.id) ?? Promise.resolve());
    expect(await test.db.selectFrom('saved_searches').select('id').execute()).toEqual([]);
  });
});
