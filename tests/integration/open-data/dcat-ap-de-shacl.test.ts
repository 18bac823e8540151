import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import jsonld from 'jsonld';
import { Parser, Store, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertEntry, insertEvent } from '../../../src/modules/catalogue/formats/test-entries.js';
import { useTestPlatform } from '../../setup/test-platform.js';

/**
 * The platform's two DCAT-AP.de catalogues, in each of their three serialisations, checked with a
 * real SHACL validator against GovData's profile "DCAT-AP.de 2.0 – Spezifikation + Konventionen"
 * (tests/fixtures/dcat-ap-de-2.0). The profile's dcat-ap-de-imports.ttl holds nothing but
 * owl:imports of the web vocabularies; their concepts the platform uses come from
 * vocabularies-excerpt.ttl and are merged into the data graph, as the official validator merges
 * the imported vocabularies.
 */
const test = useTestPlatform();
const FIXTURES = new URL('../../fixtures/dcat-ap-de-2.0/', import.meta.url);
const SHAPES = [
  'dcat-ap-spec-german-messages.ttl',
  'dcat-ap-spec-german-additions.ttl',
  'dcat-ap-de-deprecated.ttl',
  'dcat-ap-konventionen.ttl',
  'dcat-ap_2.1.1_shacl_shapes.ttl',
];
const DCAT = 'http://www.w3.org/ns/dcat#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

const turtle = async (file: string): Promise<Quad[]> =>
  new Parser({ baseIRI: new URL(file, FIXTURES).href }).parse(await readFile(new URL(file, FIXTURES), 'utf8'));

async function parse(body: string, contentType: string): Promise<Quad[]> {
  if (contentType.startsWith('application/ld+json')) {
    const nquads = (await jsonld.toRDF(JSON.parse(body) as object, { format: 'application/n-quads' })) as string;
    return new Parser({ format: 'application/n-quads' }).parse(nquads);
  }
  if (contentType.startsWith('text/turtle')) return new Parser({ format: 'text/turtle' }).parse(body);
  if (contentType.startsWith('application/rdf+xml')) {
    const quads: Quad[] = [];
    const parser = new RdfXmlParser();
    await new Promise<void>((resolve, reject) => {
      parser
        .import(Readable.from([body]))
        .on('data', (quad: Quad) => quads.push(quad))
        .on('error', reject)
        .on('end', resolve);
    });
    return quads;
  }
  throw new Error(`not an RDF serialisation: ${contentType}`);
}

interface Violation {
  focus: string;
  path: string;
  severity: string;
  message: string;
}

let validator: SHACLValidator;
let vocabularies: Quad[];

beforeAll(async () => {
  validator = new SHACLValidator(new Store((await Promise.all(SHAPES.map(turtle))).flat()));
  vocabularies = await turtle('vocabularies-excerpt.ttl');
});

/** Every result of the validation that is not informational: violations and warnings alike. */
async function findings(quads: Quad[]): Promise<Violation[]> {
  const report = await validator.validate(new Store([...quads, ...vocabularies]));
  return report.results
    .filter((result) => !result.severity?.value.endsWith('#Info'))
    .map((result) => ({
      focus: result.focusNode?.value ?? '',
      path: result.path?.value ?? '',
      severity: result.severity?.value.split('#')[1] ?? '',
      message: result.message.map((message) => message.value).join(' '),
    }));
}

const subjectsOfType = (quads: Quad[], type: string) =>
  new Set(
    quads
      .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${DCAT}${type}`)
      .map((q) => q.subject.value),
  );

async function seed() {
  await insertEntry(test.db, { published_at: new Date('2026-02-03T10:00:00Z') });
  await insertEvent(test.db, { published_at: new Date('2026-03-01T08:00:00Z') });
  await test.db
    .insertInto('monitoring_values')
    .values(
      [2022, 2023, 2024].map((year) => ({
        indicator_key: 'kita_language_support',
        area: 'essen' as const,
        year,
        value: 40 + year - 2022,
        source: 'Kommunale Erhebung',
        retrieved_on: '2025-03-01',
      })),
    )
    .execute();
}

const CATALOGUES = ['/api/v1/dcat', '/api/v1/monitoring/dcat'] as const;
const SERIALISATIONS = [
  { accept: 'application/ld+json', extension: 'jsonld' },
  { accept: 'text/turtle', extension: 'ttl' },
  { accept: 'application/rdf+xml', extension: 'rdf' },
] as const;

describe('DCAT-AP.de catalogues against the GovData SHACL shapes', () => {
  for (const path of CATALOGUES) {
    it(`${path}: every dataset and distribution conforms in JSON-LD, Turtle and RDF/XML`, async () => {
      await seed();
      const graphs: Quad[][] = [];
      for (const { accept } of SERIALISATIONS) {
        const response = await test.app.inject({ url: path, headers: { accept } });
        expect(response.statusCode, accept).toBe(200);
        expect(response.headers['content-type'], accept).toBe(`${accept}; charset=utf-8`);
        const vary = String(response.headers.vary ?? '').split(',');
        expect(
          vary.map((name) => name.trim().toLowerCase()),
          accept,
        ).toContain('accept');
        const quads = await parse(response.body, accept);
        const datasets = subjectsOfType(quads, 'Dataset');
        expect(datasets.size, accept).toBeGreaterThan(0);
        expect(subjectsOfType(quads, 'Distribution').size, accept).toBeGreaterThanOrEqual(datasets.size);
        expect(await findings(quads), accept).toEqual([]);
        graphs.push(quads);
      }
      // The three serialisations say the same: as many statements, about the same subjects.
      const named = (quads: Quad[]) =>
        new Set(quads.filter((q) => q.subject.termType === 'NamedNode').map((q) => q.subject.value));
      expect(graphs[1]!.length).toBe(graphs[0]!.length);
      expect(graphs[2]!.length).toBe(graphs[0]!.length);
      expect(named(graphs[1]!)).toEqual(named(graphs[0]!));
      expect(named(graphs[2]!)).toEqual(named(graphs[0]!));
    });
  }

  it('offers each serialisation under its own address too, and refuses an unknown format', async () => {
    await seed();
    for (const path of CATALOGUES) {
      for (const { accept, extension } of SERIALISATIONS) {
        for (const url of [`${path}.${extension}`, `${path}?format=${extension}`]) {
          const response = await test.app.inject({ url, headers: { accept: 'text/html' } });
          expect(response.statusCode, url).toBe(200);
          expect(response.headers['content-type'], url).toBe(`${accept}; charset=utf-8`);
          expect((await parse(response.body, accept)).length, url).toBeGreaterThan(20);
        }
      }
      expect((await test.app.inject({ url: `${path}?format=xml` })).statusCode).toBe(400);
    }
    const page = (await test.app.inject({ url: '/de/monitoring/offene-daten' })).body;
    for (const { extension } of SERIALISATIONS) expect(page).toContain(`href="/api/v1/monitoring/dcat.${extension}"`);
  });

  it('finds a dataset without its GovData contributor, as the validator must', async () => {
    await seed();
    const response = await test.app.inject({ url: '/api/v1/dcat', headers: { accept: 'text/turtle' } });
    const quads = (await parse(response.body, 'text/turtle')).filter(
      (q) => q.predicate.value !== 'http://dcat-ap.de/def/dcatde/contributorID',
    );
    const found = await findings(quads);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((finding) => finding.path === 'http://dcat-ap.de/def/dcatde/contributorID')).toBe(true);
  });
});
