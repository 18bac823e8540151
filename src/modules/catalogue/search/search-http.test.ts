import { describe, expect, it } from 'vitest';
import { TestClient, useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { EntryDetailSchema, EntryListSchema, ErrorResponseSchema } from './api-schemas.js';
import { insertEntries } from './test-entries.js';

const test = useTestPlatform();

describe('search page and catalogue API', () => {
  it('renders a plain GET form with filters, counts, results and page links', async () => {
    const entries = Array.from({ length: 23 }, (_, n) => ({
      title: `Praktikumsbörse ${n + 1}`,
      cities: [n % 2 ? 'essen' : 'bochum'] as ('essen' | 'bochum')[],
    }));
    const [firstId] = await insertEntries(test.db, entries);
    const client = new TestClient(test.app);
    const response = await client.get('/de/suche?q=Praktikumsb%C3%B6rse&city=essen');
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain('<form method="get" action="/de/suche" role="search"');
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain('<legend class="kern-label">Stadt</legend>');
    expect(html).toMatch(/id="filter-city-essen" name="city" value="essen" checked/);
    expect(html).toMatch(/Bochum <span class="vr-search__count">\(12\)<\/span>/);
    expect(html).toContain('11 Treffer');
    expect(html).not.toContain('<script>');
    const all = await client.get('/de/suche?q=Praktikumsb%C3%B6rse');
    expect(all.body).toContain('23 Treffer');
    expect(all.body).toContain('href="/de/suche?q=Praktikumsb%C3%B6rse&amp;page=2"');
    const newest = await client.get('/de/suche?q=Praktikumsb%C3%B6rse&sort=newest');
    expect(newest.body).toMatch(
      new RegExp(
        `<ol class="vr-search__list" start="1"><li class="vr-search-hit"><article class="kern-stack"><p[^>]*>Angebot</p><h3[^>]*><a class="kern-link" href="/de/eintraege/${firstId ?? ''}">Praktikumsbörse 1<`,
      ),
    );
    const second = await client.get('/de/suche?q=Praktikumsb%C3%B6rse&page=2');
    expect(second.body.match(/class="vr-search-hit"/g)).toHaveLength(3);
    expect((await client.get('/de/')).body).toContain('href="/de/suche"');
  });

  it('answers any search text with 200, and notices for unknown values', async () => {
    await insertEntries(test.db, [{ title: 'Bewerbungstraining' }]);
    const client = new TestClient(test.app);
    const weird = [
      '"Ausbildung',
      "' OR 1=1 --",
      '&|!:*()',
      'a & | b',
      '!(x:*)',
      '😀🎉 Bewerbung',
      '<script>alert(1)</script>',
      'x'.repeat(10 * 1024),
      'wort '.repeat(2000),
    ];
    for (const q of weird) {
      const response = await client.get(`/de/suche?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, q.slice(0, 40)).toBe(200);
      expect(response.body).not.toContain('<script>alert(1)</script>');
      const api = await test.app.inject({ url: `/api/v1/catalogue/entries?q=${encodeURIComponent(q)}` });
      expect(api.statusCode, q.slice(0, 40)).toBe(200);
    }
    const emoji = await client.get(`/de/suche?q=${encodeURIComponent('😀🎉 Bewerbung')}`);
    expect(emoji.body).toContain('1 Treffer');
    const unknown = await client.get('/de/suche?city=koeln&colour=blue');
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toContain('Den Wert „koeln“ für „Stadt“ kennt die Suche nicht.');
    expect(unknown.body).toContain('Die Angabe „colour“ kennt die Suche nicht.');
  });

  it('gives live search the results fragment only', async () => {
    await insertEntries(test.db, [{ title: 'Sprachcafé Dortmund' }]);
    const client = new TestClient(test.app);
    for (const response of [
      await client.get('/de/suche?q=Sprachcaf%C3%A9', { 'x-live-search': '1' }),
      await client.get('/de/suche?q=Sprachcaf%C3%A9&partial=1'),
    ]) {
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain('<html');
      expect(response.body).toContain('id="search-results"');
      expect(response.body).toContain('data-status="1 Treffer"');
      expect(response.body).toContain('Sprachcafé Dortmund');
    }
  });

  it('lists, searches and shows published entries as JSON that matches the schemas', async () => {
    const [id, draftId] = await insertEntries(test.db, [
      {
        title: 'Mentoring für KMU',
        cities: ['duisburg'],
        translations: [{ locale: 'en', title: 'Mentoring for SMEs', summary: 'Big firms help small ones.' }],
      },
      { title: 'Mentoring Entwurf', status: 'draft', published_at: null },
    ]);
    // The API refuses a filter value it does not know (the search page ignores it with a notice).
    const refused = await test.app.inject({ url: '/api/v1/catalogue/entries?q=Mentoring&city=duisburg&city=atlantis' });
    expect(refused.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(refused.json()).error.fields.city).toEqual(expect.any(String));
    const list = await test.app.inject({
      url: '/api/v1/catalogue/entries?q=Mentoring&city=duisburg',
      headers: { 'accept-language': 'en' },
    });
    expect(list.statusCode).toBe(200);
    const body = EntryListSchema.parse(list.json());
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ id, title: 'Mentoring for SMEs', isFallback: false, locale: 'en' });
    expect(body.facets.city).toEqual([{ value: 'duisburg', count: 1 }]);
    expect(body.notices).toEqual([]);

    const detail = await test.app.inject({ url: `/api/v1/catalogue/entries/${id ?? ''}` });
    expect(detail.statusCode).toBe(200);
    const entry = EntryDetailSchema.parse(detail.json());
    expect(entry.translations).toEqual([
      { locale: 'en', title: 'Mentoring for SMEs', summary: 'Big firms help small ones.', body: '' },
    ]);
    expect(detail.body).not.toContain('review_note');
    expect(detail.body).not.toContain('created_by');

    for (const [url, status] of [
      [`/api/v1/catalogue/entries/${draftId ?? ''}`, 404],
      ['/api/v1/catalogue/entries/not-a-uuid', 400],
    ] as const) {
      const response = await test.app.inject({ url });
      expect(response.statusCode).toBe(status);
      expect(ErrorResponseSchema.parse(response.json()).error.code).toBe(
        status === 404 ? 'not_found' : 'invalid_input',
      );
    }
    const openapi = (await test.app.inject({ url: '/api/openapi.json' })).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/api/v1/catalogue/entries', '/api/v1/catalogue/entries/{id}']),
    );
  });
});
