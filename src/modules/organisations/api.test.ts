import { describe, expect, it } from 'vitest';
import { createOrganisation } from '../../seed/factories.js';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';

const test = useTestPlatform();

interface ListBody {
  total: number;
  items: { name: string; city: string | null; type: string }[];
}
interface ErrorBody {
  error: { code: string; message: string; fields: Record<string, string> };
}

describe('organisations JSON API', () => {
  it('lists verified organisations only, filtered and paged', async () => {
    await createOrganisation(test.db, {
      name: 'Zeche Zukunft gGmbH',
      type: 'provider',
      city: 'gelsenkirchen',
      verified_at: new Date(),
    });
    await createOrganisation(test.db, {
      name: 'Hafenlogistik Duisburg KG',
      type: 'company',
      city: 'duisburg',
      verified_at: new Date(),
    });
    await createOrganisation(test.db, {
      name: 'Noch Ungeprüft GmbH',
      type: 'company',
      city: 'duisburg',
      verified_at: null,
    });

    const all = await test.app.inject({ url: '/api/v1/organisations' });
    expect(all.statusCode).toBe(200);
    const body = all.json<ListBody>();
    expect(body.total).toBe(2);
    expect(body.items.map((o) => o.name)).toEqual(['Hafenlogistik Duisburg KG', 'Zeche Zukunft gGmbH']);
    expect(all.body).not.toContain('verified_by');

    const filtered = (
      await test.app.inject({ url: '/api/v1/organisations?city=duisburg&type=company' })
    ).json<ListBody>();
    expect(filtered.items.map((o) => o.name)).toEqual(['Hafenlogistik Duisburg KG']);
    const searched = (
      await test.app.inject({ url: `/api/v1/organisations?q=${encodeURIComponent('zeche')}` })
    ).json<ListBody>();
    expect(searched.total).toBe(1);
    const paged = (await test.app.inject({ url: '/api/v1/organisations?limit=1&offset=1' })).json<ListBody>();
    expect(paged.total).toBe(2);
    expect(paged.items).toHaveLength(1);
  });

  it('answers bad input with a JSON error per field and a 4xx status', async () => {
    const cases: [string, string][] = [
      ['/api/v1/organisations?limit=abc', 'limit'],
      ['/api/v1/organisations?limit=100000', 'limit'],
      ['/api/v1/organisations?city=koeln', 'city'],
      ['/api/v1/organisations?unknown=1', '_form'],
      [`/api/v1/organisations?q=${'x'.repeat(100_000)}`, 'q'],
    ];
    for (const [url, field] of cases) {
      const response = await test.app.inject({ url, headers: { 'accept-language': 'de' } });
      expect(response.statusCode, url.slice(0, 80)).toBe(400);
      const body = response.json<ErrorBody>();
      expect(body.error.code).toBe('invalid_input');
      expect(body.error.fields[field], url.slice(0, 80)).toEqual(expect.any(String));
    }
    const invalidUtf8 = await test.app.inject({ url: '/api/v1/organisations?q=%C3%28' });
    expect(invalidUtf8.statusCode).toBe(400);
    expect(invalidUtf8.json<ErrorBody>().error.code).toBe('invalid_input');
  });

  it('treats SQL and HTML in the search as plain text', async () => {
    await createOrganisation(test.db, {
      name: 'Emscher 100% Handwerk',
      type: 'company',
      city: 'essen',
      verified_at: new Date(),
    });
    for (const q of ["' OR 1=1 --", '"; DROP TABLE organisations; --', '<script>alert(1)</script>', '%', '_']) {
      const response = await test.app.inject({ url: `/api/v1/organisations?q=${encodeURIComponent(q)}` });
      expect(response.statusCode, q).toBe(200);
      expect(response.json<ListBody>().total, q).toBe(q === '%' ? 1 : 0);
    }
    expect(await test.db.selectFrom('organisations').select('id').execute()).toHaveLength(1);
  });

  it('describes the API as OpenAPI 3.1', async () => {
    const response = await test.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{
      openapi: string;
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    }>();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/health', '/api/v1/organisations']));
    expect(Object.keys(document.paths).some((path) => path.startsWith('/{lang}'))).toBe(false);
    expect(document.paths['/api/v1/organisations']?.get?.parameters?.map((p) => p.name)).toEqual([
      'type',
      'city',
      'q',
      'limit',
      'offset',
    ]);
  });
});
