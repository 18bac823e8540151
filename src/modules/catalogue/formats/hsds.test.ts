import { readdirSync, readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createOrganisation } from '../../../seed/factories.js';
import { useTestPlatform } from '../../../../tests/setup/test-platform.js';
import type { HsdsFullService, HsdsLocation, HsdsOrganization, HsdsPage, HsdsServiceAtLocation } from './hsds.js';
import { insertEntry } from './test-entries.js';

const test = useTestPlatform();

/**
 * The official Open Referral HSDS 3.0 schemas (tests/fixtures/hsds-3.0, CC BY-SA 4.0): every answer
 * validates against them, and no answer carries a field they do not define (they allow extra fields,
 * a consumer would not know ours).
 */
const FIXTURES = new URL('../../../../tests/fixtures/hsds-3.0/', import.meta.url);
type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; $ref?: string; type?: string };
const official = new Map<string, JsonSchema>();
for (const folder of ['', 'compiled/'])
  for (const file of readdirSync(new URL(folder, FIXTURES)).filter((name) => name.endsWith('.json')))
    official.set(
      `${folder}${file}`,
      JSON.parse(readFileSync(new URL(`${folder}${file}`, FIXTURES), 'utf8')) as JsonSchema,
    );
// ajv-formats is CommonJS: imported from ESM its plugin function is the `default` of module.exports.
const addFormats = addFormatsModule.default;
// The official schemas carry Frictionless Data keywords (constraints, core, datapackage_metadata): not strict.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
for (const [name, schema] of official) if (!name.startsWith('compiled/')) ajv.addSchema({ ...schema, $id: name });
const validator = (name: string): ValidateFunction =>
  name.startsWith('compiled/') ? ajv.compile(official.get(name) ?? {}) : (ajv.getSchema(name) as ValidateFunction);

/** Paths of fields the official schema does not define. */
function unknownFields(value: unknown, schema: JsonSchema, path = ''): string[] {
  const resolved = schema.$ref ? (official.get(schema.$ref) ?? {}) : schema;
  if (Array.isArray(value))
    return value.flatMap((item, i) => unknownFields(item, resolved.items ?? {}, `${path}[${i}]`));
  if (!value || typeof value !== 'object' || !resolved.properties) return [];
  return Object.entries(value).flatMap(([key, field]) => {
    const fieldSchema = resolved.properties?.[key];
    return fieldSchema ? unknownFields(field, fieldSchema, `${path}.${key}`) : [`${path}.${key}`];
  });
}

function expectOfficial(value: unknown, schemaName: string): void {
  const validate = validator(schemaName);
  expect(validate(value), `${schemaName}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  let schema = official.get(schemaName) ?? {};
  // The API reference's compiled service_at_location nests its service; the table schema does not name it.
  if (schemaName === 'service_at_location.json') {
    schema = { ...schema, properties: { ...schema.properties, service: { $ref: 'service.json' } } };
    const service = (value as { service?: unknown }).service;
    if (service !== undefined) expectOfficial(service, 'service.json');
  }
  expect(unknownFields(value, schema), schemaName).toEqual([]);
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await test.app.inject({ url: `/api/v1/catalogue/hsds${path}` });
  expect(response.statusCode, `${path}: ${response.body.slice(0, 300)}`).toBe(200);
  expect(response.headers['content-type']).toContain('application/json');
  return response.json<T>();
}

/** A page of the HSDS API: the standard envelope, each item valid against the official schema. */
async function fetchPage<T>(path: string, itemSchema: string): Promise<HsdsPage<T>> {
  const page = await fetchJson<HsdsPage<T>>(path);
  expect(Object.keys(page).sort()).toEqual(
    ['contents', 'empty', 'first_page', 'last_page', 'page_number', 'size', 'total_items', 'total_pages'].sort(),
  );
  for (const item of page.contents) expectOfficial(item, itemSchema);
  return page;
}

async function seedCatalogue() {
  const werk = await createOrganisation(test.db, {
    name: 'Bildungswerk Emscher gGmbH',
    type: 'provider',
    city: 'gelsenkirchen',
    website: 'https://bildungswerk-emscher.example',
    verified_at: new Date(),
  });
  const kommune = await createOrganisation(test.db, {
    name: 'Stadt Bochum',
    type: 'municipality',
    city: 'bochum',
    verified_at: new Date(),
  });
  const nurAngebot = await createOrganisation(test.db, {
    name: 'Handwerkskammer Testregion',
    type: 'provider',
    city: 'dortmund',
    verified_at: new Date(),
  });
  await insertEntry(test.db, {
    kind: 'actor',
    organisation_id: werk.id,
    title: 'Bildungswerk Emscher',
    summary: 'Träger für Ausbildungsbegleitung, Coaching und interkulturelle Qualifizierung.',
    contact_email: 'kontakt@bildungswerk-emscher.example',
    contact_phone: '0209 555-0101',
    details: {
      addresses: [
        'Stadtteilzentrum Nord, Bahnhofstraße 12, 45879 Gelsenkirchen',
        'Beratungsbüro im Stadtteilzentrum',
        'Beratungsbüro Gelsenkirchen-Buer, 45894 Gelsenkirchen',
      ],
    },
  });
  await insertEntry(test.db, {
    kind: 'actor',
    organisation_id: kommune.id,
    title: 'Kommunales Integrationszentrum Bochum',
    summary: 'Koordiniert Angebote der Stadt Bochum.',
    details: {
      addresses: [{ label: 'Rathaus', street: 'Willy-Brandt-Platz 2', postcode: '44787', city: 'bochum' }],
    },
  });
  await insertEntry(test.db, {
    kind: 'actor',
    organisation_id: kommune.id,
    status: 'draft',
    published_at: null,
    title: 'Entwurf eines Profils',
    details: { addresses: ['Geheimweg 1, 44787 Bochum'] },
  });
  await insertEntry(test.db, {
    organisation_id: werk.id,
    title: 'Bewerbungscoaching auf Türkisch und Arabisch',
    summary: 'Coaching für Bewerbungen in der Ausbildung.',
    body: '## Ablauf\n\n**Termine** nach [Absprache](https://bildungswerk-emscher.example/termine).\n\n- Montag\n- Dienstag',
    format: 'hybrid',
    cost: 'free',
    languages: ['de', 'tr', 'ar'],
    cities: ['gelsenkirchen', 'muelheim'],
    target_groups: ['young_people', 'parents'],
    contact_email: 'coaching@bildungswerk-emscher.example',
  });
  await insertEntry(test.db, {
    organisation_id: nurAngebot.id,
    title: 'Ausbildungsakquise in Migrantenunternehmen',
    summary: 'Beratung für Betriebe.',
    cost: 'fee',
    valid_until: new Date('2020-12-31'),
  });
  await insertEntry(test.db, {
    organisation_id: werk.id,
    title: 'Noch in Prüfung',
    status: 'in_review',
    published_at: null,
  });
  await insertEntry(test.db, { organisation_id: werk.id, title: 'Veraltet und verborgen', hidden_at: new Date() });
  await insertEntry(test.db, { organisation_id: werk.id, title: 'Archiviertes Angebot', status: 'archived' });
  return { werk, kommune, nurAngebot };
}

describe('Open Referral HSDS 3.0 API', () => {
  it('answers every endpoint with records that validate against the official HSDS schemas', async () => {
    const { werk, kommune, nurAngebot } = await seedCatalogue();
    const meta = await fetchJson<{ version: string; openapi_url: string; profile: string }>('');
    expect(meta).toEqual({
      version: '3.0',
      profile: 'https://docs.openreferral.org/en/v3.0/',
      openapi_url: 'http://localhost:3000/api/openapi.json',
    });
    const organizations = await fetchPage<HsdsOrganization>('/organizations?full=true', 'organization.json');
    const listedOrganizations = await fetchPage<HsdsOrganization>('/organizations', 'compiled/organization_list.json');
    expect(listedOrganizations.contents.map((o) => o.id)).toEqual(organizations.contents.map((o) => o.id));
    const services = await fetchPage<HsdsFullService>('/services', 'compiled/service_list.json');
    const fullServices = await fetchPage<HsdsFullService>('/services?full=true', 'service.json');
    const locations = await fetchPage<HsdsLocation>('/locations', 'location.json');
    const pairs = await fetchPage<HsdsServiceAtLocation>(
      '/service_at_locations',
      'compiled/service_at_location_list.json',
    );
    const fullPairs = await fetchPage<HsdsServiceAtLocation>(
      '/service_at_locations?full=true',
      'service_at_location.json',
    );

    expect(organizations.contents.map((o) => o.name)).toEqual([
      'Bildungswerk Emscher',
      'Handwerkskammer Testregion',
      'Kommunales Integrationszentrum Bochum',
    ]);
    const bildungswerk = organizations.contents.find((o) => o.id === werk.id);
    expect(bildungswerk).toMatchObject({
      email: 'kontakt@bildungswerk-emscher.example',
      website: 'https://bildungswerk-emscher.example/',
      phones: [{ number: '0209 555-0101' }],
    });
    expect(bildungswerk?.uri).toMatch(/^http:\/\/localhost:3000\/de\/eintraege\//);

    expect(services.contents.map((s) => s.name)).toEqual([
      'Ausbildungsakquise in Migrantenunternehmen',
      'Bewerbungscoaching auf Türkisch und Arabisch',
    ]);
    // The list has the one-to-one fields only; the description is plain text, not Markdown.
    const listed = services.contents.find((s) => s.name.startsWith('Bewerbungscoaching'));
    expect(listed).not.toHaveProperty('languages');
    expect(listed?.description).toBe(
      'Coaching für Bewerbungen in der Ausbildung.\n\nAblauf\n\nTermine nach Absprache (https://bildungswerk-emscher.example/termine).\n\n- Montag\n- Dienstag',
    );
    const coaching = fullServices.contents.find((s) => s.name.startsWith('Bewerbungscoaching'));
    expect(coaching).toMatchObject({
      organization_id: werk.id,
      organization: { id: werk.id, name: 'Bildungswerk Emscher' },
      status: 'active',
      email: 'coaching@bildungswerk-emscher.example',
      fees_description: 'Kostenlos',
      cost_options: [{ amount: 0, currency: 'EUR' }],
    });
    expect(coaching?.languages.map((l) => [l.code, l.name])).toEqual([
      ['de', 'German'],
      ['tr', 'Turkish'],
      ['ar', 'Arabic'],
    ]);
    expect(coaching?.service_areas.map((a) => a.name)).toEqual(['Gelsenkirchen', 'Mülheim an der Ruhr']);
    // Given at each of its organisation's three locations.
    expect(coaching?.service_at_locations).toHaveLength(3);
    expect(services.contents.find((s) => s.organization_id === nurAngebot.id)?.status).toBe('inactive');
    const byId = await fetchJson<HsdsFullService>(`/services/${coaching?.id ?? ''}`);
    expectOfficial(byId, 'service.json');
    expect(byId).toEqual(coaching);

    // Every reference points at an exported record.
    const organizationIds = new Set(organizations.contents.map((o) => o.id));
    for (const service of services.contents) expect(organizationIds.has(service.organization_id)).toBe(true);
    for (const location of locations.contents) expect(organizationIds.has(location.organization_id)).toBe(true);
    const locationIds = new Set(locations.contents.map((l) => l.id));
    for (const pair of pairs.contents) expect(locationIds.has(pair.location_id)).toBe(true);
    expect(pairs.contents.map((p) => p.service_id)).toEqual(Array(3).fill(coaching?.id));
    expect(fullPairs.contents[0]).toMatchObject({
      service: { id: coaching?.id },
      location: { id: pairs.contents[0]?.location_id },
    });
    const pair = await fetchJson<HsdsServiceAtLocation>(`/service_at_locations/${pairs.contents[0]?.id ?? ''}`);
    expectOfficial(pair, 'service_at_location.json');
    expect(pair).toEqual(fullPairs.contents[0]);

    // Structured addresses: the street in address_1, a building's name in the location's name.
    expect(locations.contents).toHaveLength(4);
    const street = locations.contents.find((l) => l.addresses.length > 0 && l.organization_id === werk.id);
    expect(street?.name).toBe('Bildungswerk Emscher – Stadtteilzentrum Nord');
    expect(street?.addresses[0]).toMatchObject({
      location_id: street?.id,
      address_1: 'Bahnhofstraße 12',
      postal_code: '45879',
      city: 'Gelsenkirchen',
      region: 'Ruhrgebiet',
      state_province: 'Nordrhein-Westfalen',
      country: 'DE',
      address_type: 'physical',
    });
    // Without a street there is no HSDS address (address_1 is required): the line describes the location.
    for (const line of ['Beratungsbüro im Stadtteilzentrum', 'Beratungsbüro Gelsenkirchen-Buer, 45894 Gelsenkirchen'])
      expect(locations.contents.find((l) => l.description === line)?.addresses).toEqual([]);
    expect(locations.contents.find((l) => l.organization_id === kommune.id)?.addresses[0]).toMatchObject({
      address_1: 'Willy-Brandt-Platz 2',
      postal_code: '44787',
      city: 'Bochum',
    });

    const all = JSON.stringify([organizations, fullServices, locations, fullPairs]);
    for (const hidden of [
      'Noch in Prüfung',
      'Veraltet und verborgen',
      'Archiviertes Angebot',
      'Entwurf eines Profils',
      'Geheimweg',
    ])
      expect(all).not.toContain(hidden);
    // The same data gives the same ids on the next export.
    expect(
      (await fetchJson<HsdsPage<HsdsServiceAtLocation>>('/service_at_locations')).contents.map((l) => l.id),
    ).toEqual(pairs.contents.map((l) => l.id));
  });

  it('takes the standard parameters: search, modified_after, organization_id, minimal', async () => {
    const { werk } = await seedCatalogue();
    const found = await fetchPage<HsdsFullService>(
      `/services?search=${encodeURIComponent('türkisch')}`,
      'compiled/service_list.json',
    );
    expect(found.contents.map((s) => s.name)).toEqual(['Bewerbungscoaching auf Türkisch und Arabisch']);
    const literal = await fetchPage<HsdsFullService>('/services?search=%25', 'compiled/service_list.json');
    expect(literal.total_items).toBe(0);
    const ofWerk = await fetchPage<HsdsFullService>(
      `/services?organization_id=${werk.id}`,
      'compiled/service_list.json',
    );
    expect(ofWerk.total_items).toBe(1);
    const future = await fetchPage<HsdsFullService>(
      '/services?modified_after=2999-01-01T00:00:00Z',
      'compiled/service_list.json',
    );
    expect(future).toMatchObject({ total_items: 0, empty: true });
    const recent = await fetchJson<HsdsPage<HsdsFullService>>(
      `/services?modified_after=${encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString())}`,
    );
    expect(recent.total_items).toBe(2);
    const minimal = await fetchJson<HsdsPage<Record<string, unknown>>>('/services?minimal=true');
    for (const item of minimal.contents) {
      expect(Object.keys(item).sort()).toEqual(['id', 'last_modified']);
      expect(unknownFields(item, official.get('service.json') ?? {})).toEqual([]);
    }
    const searchedPairs = await fetchJson<HsdsPage<HsdsServiceAtLocation>>('/service_at_locations?search=akquise');
    expect(searchedPairs.total_items).toBe(0);
    const organizations = await fetchJson<HsdsPage<HsdsOrganization>>('/organizations?search=handwerk');
    expect(organizations.contents.map((o) => o.name)).toEqual(['Handwerkskammer Testregion']);
  });

  it('pages like the HSDS API', async () => {
    await seedCatalogue();
    const first = await fetchPage<HsdsFullService>('/services?per_page=1', 'compiled/service_list.json');
    expect(first).toMatchObject({
      total_items: 2,
      total_pages: 2,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: false,
      empty: false,
    });
    const second = await fetchPage<HsdsFullService>('/services?per_page=1&page=2', 'compiled/service_list.json');
    expect(second).toMatchObject({ page_number: 2, first_page: false, last_page: true });
    expect(second.contents[0]?.id).not.toBe(first.contents[0]?.id);
    const beyond = await fetchPage<HsdsFullService>('/services?per_page=1&page=9', 'compiled/service_list.json');
    expect(beyond).toMatchObject({ empty: true, size: 0, contents: [] });
    const locations = await fetchPage<HsdsLocation>('/locations?page=1&per_page=2', 'location.json');
    expect(locations).toMatchObject({ total_items: 4, total_pages: 2, size: 2 });
  });

  it('refuses bad input and unsupported standard parameters with a JSON error per field, and unknown ids with 404', async () => {
    const cases: [string, string][] = [
      ['?taxonomy_id=x', '_form'],
      ['?format=ndjson', '_form'],
      ['?full=yes', 'full'],
      ['?modified_after=gestern', 'modified_after'],
      ['?organization_id=1', 'organization_id'],
      ['?page=0', 'page'],
      ['?per_page=501', 'per_page'],
      ['?page=abc', 'page'],
      ['?unknown=1', '_form'],
      [`?page=${'9'.repeat(100_000)}`, 'page'],
    ];
    for (const [query, field] of cases) {
      const response = await test.app.inject({ url: `/api/v1/catalogue/hsds/services${query}` });
      expect(response.statusCode, query.slice(0, 40)).toBe(400);
      expect(response.json<{ error: { fields: Record<string, string> } }>().error.fields[field]).toEqual(
        expect.any(String),
      );
    }
    for (const path of ['/services/', '/service_at_locations/']) {
      const missing = await test.app.inject({
        url: `/api/v1/catalogue/hsds${path}00000000-0000-4000-8000-000000000000`,
      });
      expect(missing.statusCode).toBe(404);
      expect(missing.json<{ error: { code: string } }>().error.code).toBe('not_found');
    }
  });
});
