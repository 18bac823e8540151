import { describe, expect, it } from 'vitest';
import { TestClient, useTestPlatform, waitForMail } from '../../../../tests/setup/test-platform.js';
import { OFFER_FORM, countRows, createOffer, memberOf, office, publishedOffer } from './test-helpers.js';

const test = useTestPlatform();

describe('catalogue entries: publishing workflow', () => {
  it('a provider creates an offer, submits it, the office publishes it and it appears at its URL', async () => {
    const provider = await memberOf(test, 'team@bildungswerk.example', { name: 'Bildungswerk Emscher' });
    const reviewer = await office(test);
    const anonymous = new TestClient(test.app);

    const form = await provider.client.get('/de/eintraege/neu/angebot');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="fields_of_action"');

    const id = await createOffer(provider.client);
    expect((await anonymous.get(`/de/eintraege/${id}`)).statusCode).toBe(404);
    const ownView = await provider.client.get(`/de/eintraege/${id}`);
    expect(ownView.statusCode).toBe(200);
    expect(ownView.body).toContain('Entwurf');

    expect((await provider.client.postForm(`/de/eintraege/${id}/einreichen`, {})).statusCode).toBe(303);
    expect((await anonymous.get(`/de/eintraege/${id}`)).statusCode).toBe(404);
    const queue = await reviewer.client.get('/de/verwaltung/eintraege');
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain(OFFER_FORM.title);
    expect((await reviewer.client.get('/de/verwaltung')).body).toContain('/de/verwaltung/eintraege');

    const terms = () => test.db.selectFrom('catalogue_search_sets').select('value').where('dim', '=', 'term').execute();
    expect(await terms()).toHaveLength(0);
    expect((await reviewer.client.postForm(`/de/verwaltung/eintraege/${id}/veroeffentlichen`, {})).statusCode).toBe(
      303,
    );
    // Publishing puts the entry into the search index, whose words also feed the typo tolerance.
    expect((await terms()).length).toBeGreaterThan(5);
    const page = await anonymous.get(`/de/eintraege/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(OFFER_FORM.title);
    expect(page.body).toContain('<strong>kultursensible</strong>');
    expect(page.body).toContain('Bildungswerk Emscher');
    expect(page.body).toContain('Qualifizierung und interkulturelle Kompetenz');
    expect(page.body).toContain('"@type":"EducationalOccupationalProgram"');
    // The public sees neither the history nor the review forms.
    expect(page.body).not.toContain('Versionen');
    expect(page.body).not.toContain('Veröffentlichen');

    const revisions = await test.db
      .selectFrom('catalogue_revisions')
      .select(['action', 'status', 'snapshot'])
      .where('entry_id', '=', id)
      .orderBy('id')
      .execute();
    expect(revisions.map((r) => `${r.action}:${r.status}`)).toEqual([
      'created:draft',
      'submitted:in_review',
      'published:published',
    ]);
    expect(revisions[2]?.snapshot).toMatchObject({ title: OFFER_FORM.title, status: 'published' });
    const audit = await test.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', id)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'catalogue_entry.created',
      'catalogue_entry.submitted',
      'catalogue_entry.published',
    ]);
    // Owner and office see the history.
    expect((await provider.client.get(`/de/eintraege/${id}/bearbeiten`)).body).toContain('Versionen');
    expect((await reviewer.client.get(`/de/eintraege/${id}`)).body).toContain('Zur Prüfung eingereicht');
  });

  it('sends an entry back to draft with a note mailed to the organisation admins in their language', async () => {
    const provider = await memberOf(test, 'leitung@jugendhilfe.example');
    const reviewer = await office(test);
    const id = await createOffer(provider.client);
    await provider.client.postForm(`/de/eintraege/${id}/einreichen`, {});

    expect(
      (await reviewer.client.postForm(`/de/verwaltung/eintraege/${id}/zurueckgeben`, { note: '' })).statusCode,
    ).toBe(400);
    const returned = await reviewer.client.postForm(`/de/verwaltung/eintraege/${id}/zurueckgeben`, {
      note: 'Bitte ergänzen Sie die Kosten und den Ort.',
    });
    expect(returned.statusCode).toBe(303);
    const row = await test.db
      .selectFrom('catalogue_entries')
      .select(['status', 'review_note'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'draft', review_note: 'Bitte ergänzen Sie die Kosten und den Ort.' });
    const mail = await waitForMail(test, 'leitung@jugendhilfe.example', { containing: 'Überarbeitung' });
    expect(mail.subject).toContain(OFFER_FORM.title);
    expect(mail.text_body).toContain('Bitte ergänzen Sie die Kosten und den Ort.');
    expect(mail.text_body).toContain(`/de/eintraege/${id}/bearbeiten`);
    expect((await provider.client.get(`/de/eintraege/${id}/bearbeiten`)).body).toContain(
      'Hinweis der Koordinierungsstelle',
    );
    // A draft cannot be published without being submitted again.
    expect((await reviewer.client.postForm(`/de/verwaltung/eintraege/${id}/veroeffentlichen`, {})).statusCode).toBe(
      403,
    );
  });

  it('sends an edited published entry back to review, and lets the owner archive it', async () => {
    const provider = await memberOf(test, 'info@traeger.example');
    const reviewer = await office(test);
    const id = await publishedOffer(test, provider.client, reviewer.client);
    const edited = await provider.client.postForm(`/de/eintraege/${id}/bearbeiten`, {
      ...OFFER_FORM,
      title: 'Bewerbungstraining, neu aufgelegt',
    });
    expect(edited.statusCode).toBe(303);
    const row = await test.db
      .selectFrom('catalogue_entries')
      .select(['status', 'title'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'in_review', title: 'Bewerbungstraining, neu aufgelegt' });
    expect((await new TestClient(test.app).get(`/de/eintraege/${id}`)).statusCode).toBe(404);
    await reviewer.client.postForm(`/de/verwaltung/eintraege/${id}/veroeffentlichen`, {});
    expect((await provider.client.postForm(`/de/eintraege/${id}/archivieren`, {})).statusCode).toBe(303);
    expect((await new TestClient(test.app).get(`/de/eintraege/${id}`)).statusCode).toBe(404);
    expect((await provider.client.postForm(`/de/eintraege/${id}/bearbeiten`, OFFER_FORM)).statusCode).toBe(403);
    const actions = await test.db
      .selectFrom('catalogue_revisions')
      .select('action')
      .where('entry_id', '=', id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'created',
      'submitted',
      'published',
      'updated',
      'published',
      'archived',
    ]);
    const own = await provider.client.get('/de/organisation/eintraege');
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('Bewerbungstraining, neu aufgelegt');
  });
});

describe("catalogue entries: nobody edits another organisation's entries", () => {
  it('refuses other organisations, companies, unverified providers, the office and anonymous visitors', async () => {
    const owner = await memberOf(test, 'owner@anbieter.example');
    const reviewer = await office(test);
    const draftId = await createOffer(owner.client, { title: 'Mentoring für Azubis im Handwerk' });
    const publishedId = await publishedOffer(test, owner.client, reviewer.client);
    const before = await countRows(test);

    const otherProvider = await memberOf(test, 'fremd@anderer-traeger.example');
    const company = await memberOf(test, 'hr@firma.example', { type: 'company' });
    const unverified = await memberOf(test, 'neu@ungeprueft.example', { verified: false });
    const anonymous = new TestClient(test.app);

    for (const [who, client] of [
      ['other provider', otherProvider.client],
      ['company', company.client],
      ['unverified', unverified.client],
    ] as const) {
      expect((await client.get(`/de/eintraege/${draftId}`)).statusCode, who).toBe(404);
      expect((await client.get(`/de/eintraege/${draftId}/bearbeiten`)).statusCode, who).toBe(404);
      expect((await client.postForm(`/de/eintraege/${draftId}/bearbeiten`, OFFER_FORM)).statusCode, who).toBe(404);
      expect((await client.postForm(`/de/eintraege/${draftId}/einreichen`, {})).statusCode, who).toBe(404);
      expect((await client.get(`/de/eintraege/${publishedId}`)).statusCode, who).toBe(200);
      expect((await client.get(`/de/eintraege/${publishedId}/bearbeiten`)).statusCode, who).toBe(403);
      expect((await client.postForm(`/de/eintraege/${publishedId}/bearbeiten`, OFFER_FORM)).statusCode, who).toBe(403);
      expect((await client.postForm(`/de/eintraege/${publishedId}/archivieren`, {})).statusCode, who).toBe(403);
      expect(
        (await client.postForm(`/de/eintraege/${publishedId}/uebersetzungen/en`, { title: 'x', summary: 'y' }))
          .statusCode,
        who,
      ).toBe(403);
      expect(
        (await client.postForm(`/de/verwaltung/eintraege/${publishedId}/veroeffentlichen`, {})).statusCode,
        who,
      ).toBe(403);
      expect((await client.get('/de/verwaltung/eintraege')).statusCode, who).toBe(403);
      expect((await client.get('/de/verwaltung/ueberschneidungen')).statusCode, who).toBe(403);
    }
    // Only publishing organisations get the navigation link to their entries.
    expect((await owner.client.get('/de/')).body).toContain('href="/de/organisation/eintraege"');
    expect((await company.client.get('/de/')).body).not.toContain('href="/de/organisation/eintraege"');
    expect((await company.client.get('/de/organisation/eintraege')).statusCode).toBe(403);
    // Companies and unverified organisations create nothing.
    expect(
      (await company.client.postForm('/de/eintraege/neu/angebot', { ...OFFER_FORM, confirmed_similar: '1' }))
        .statusCode,
    ).toBe(403);
    expect((await unverified.client.get('/de/eintraege/neu/angebot')).statusCode).toBe(403);

    // The office reviews but does not edit another organisation's entry.
    expect((await reviewer.client.get(`/de/eintraege/${draftId}`)).statusCode).toBe(200);
    expect((await reviewer.client.postForm(`/de/eintraege/${draftId}/bearbeiten`, OFFER_FORM)).statusCode).toBe(403);
    expect((await reviewer.client.postForm(`/de/eintraege/${draftId}/einreichen`, {})).statusCode).toBe(403);

    expect((await anonymous.get(`/de/eintraege/${draftId}`)).statusCode).toBe(404);
    expect((await anonymous.get(`/de/eintraege/${publishedId}/bearbeiten`)).statusCode).toBe(303);
    expect((await anonymous.postForm(`/de/eintraege/${publishedId}/bearbeiten`, OFFER_FORM)).statusCode).toBe(401);
    expect((await anonymous.postForm('/de/eintraege/neu/angebot', OFFER_FORM)).statusCode).toBe(401);
    expect(
      (await anonymous.postForm(`/de/verwaltung/eintraege/${publishedId}/zurueckgeben`, { note: 'x' })).statusCode,
    ).toBe(401);
    expect((await anonymous.get('/de/eintraege/not-a-uuid')).statusCode).toBe(400);
    expect((await anonymous.get('/de/eintraege/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);

    expect(await countRows(test)).toEqual(before);
    const row = await test.db
      .selectFrom('catalogue_entries')
      .select(['title', 'status'])
      .where('id', '=', draftId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ title: 'Mentoring für Azubis im Handwerk', status: 'draft' });
  });
});
