import { describe, expect, it } from 'vitest';
import { useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { DATA_LICENCE } from './dcat.js';
import { insertEntry } from './test-entries.js';

const test = useTestPlatform();

interface LangString {
  '@value': string;
  '@language': string;
}
interface Distribution {
  '@type': string;
  'dcat:accessURL': { '@id': string };
  'dct:format': { '@id': string };
  'dct:license': { '@id': string };
  'dcatde:licenseAttributionByText': string;
}
interface Dataset {
  '@id': string;
  '@type': string;
  'dct:title': LangString[];
  'dct:description': LangString[];
  'dct:publisher': { '@id': string };
  'dct:license': { '@id': string };
  'dcat:distribution': Distribution[];
  'dct:modified'?: { '@value': string };
}
interface Catalog {
  '@context': Record<string, string>;
  '@type': string;
  '@id': string;
  'dct:title': LangString[];
  'dct:description': LangString[];
  'dct:publisher': { '@id': string; 'foaf:name': string };
  'dct:license': { '@id': string };
  'dcat:dataset': Dataset[];
}

function languages(values: LangString[]): string[] {
  for (const value of values) expect(value['@value'].length).toBeGreaterThan(10);
  return values.map((value) => value['@language']).sort();
}

describe('DCAT-AP.de catalogue', () => {
  it('describes every open data set with German and English texts, publisher, licence and distributions', async () => {
    await insertEntry(test.db, { published_at: new Date('2026-02-03T10:00:00Z') });
    const response = await test.app.inject({ url: '/api/v1/dcat' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const catalog = response.json<Catalog>();
    expect(catalog['@context']).toMatchObject({
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      dcatde: 'http://dcat-ap.de/def/dcatde/',
    });
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['@id']).toBe('http://localhost:3000/api/v1/dcat');
    expect(languages(catalog['dct:title'])).toEqual(['de', 'en']);
    expect(languages(catalog['dct:description'])).toEqual(['de', 'en']);
    expect(catalog['dct:publisher']['foaf:name']).toContain('Integration.Interkommunal');
    expect(catalog['dct:license']['@id']).toBe('http://dcat-ap.de/def/licenses/dl-by-de/2.0');

    const datasets = catalog['dcat:dataset'];
    const urls = datasets.flatMap((d) => d['dcat:distribution'].map((x) => x['dcat:accessURL']['@id']));
    expect(urls).toEqual([
      'http://localhost:3000/api/v1/catalogue/entries',
      'http://localhost:3000/api/v1/catalogue/hsds/organizations',
      'http://localhost:3000/api/v1/catalogue/hsds/services',
      'http://localhost:3000/api/v1/catalogue/hsds/locations',
      'http://localhost:3000/api/v1/catalogue/events.ics',
      'http://localhost:3000/api/v1/organisations',
    ]);
    for (const dataset of datasets) {
      expect(dataset['@type']).toBe('dcat:Dataset');
      expect(languages(dataset['dct:title'])).toEqual(['de', 'en']);
      expect(languages(dataset['dct:description'])).toEqual(['de', 'en']);
      expect(dataset['dct:publisher']['@id']).toBe(catalog['dct:publisher']['@id']);
      expect(dataset['dct:license']['@id']).toBe(DATA_LICENCE);
      expect(dataset['dct:modified']?.['@value']).toBe('2026-02-03T10:00:00.000Z');
      for (const distribution of dataset['dcat:distribution']) {
        expect(distribution['@type']).toBe('dcat:Distribution');
        expect(distribution['dct:format']['@id']).toMatch(
          /^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/(JSON|ICS)$/,
        );
        expect(distribution['dct:license']['@id']).toBe(DATA_LICENCE);
        expect(distribution['dcatde:licenseAttributionByText']).toContain('Vielfalt Ruhr');
      }
    }
    expect(new Set(datasets.map((d) => d['@id'])).size).toBe(datasets.length);
  });

  it('points only at interfaces that answer', async () => {
    const catalog = (await test.app.inject({ url: '/api/v1/dcat' })).json<Catalog>();
    const paths = catalog['dcat:dataset'].flatMap((d) =>
      d['dcat:distribution'].map((x) => new URL(x['dcat:accessURL']['@id']).pathname),
    );
    const mine = paths.filter((path) => !path.endsWith('/catalogue/entries'));
    for (const path of mine) expect((await test.app.inject({ url: path })).statusCode, path).toBe(200);
    expect((await test.app.inject({ url: '/api/v1/dcat?format=xml' })).statusCode).toBe(400);
  });
});
