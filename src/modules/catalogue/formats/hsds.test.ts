import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createOrganisation } from '../../../seed/factories.js';
import { useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { HSDS_LOCATION_SCHEMA, HSDS_ORGANIZATION_SCHEMA, HSDS_SERVICE_SCHEMA, hsdsPageSchema } from './hsds-schema.js';
import type { HsdsLocation, HsdsOrganization, HsdsPage, HsdsService } from './hsds.js';
import { insertEntry } from './test-entries.js';

const test = useTestPlatform();
// ajv-formats is CommonJS: imported from ESM its plugin function is the `default` of module.exports.
const addFormats = addFormatsModule.default;
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validators = {
  organizations: ajv.compile(hsdsPageSchema(HSDS_ORGANIZATION_SCHEMA)),
  services: ajv.compile(hsdsPageSchema(HSDS_SERVICE_SCHEMA)),
  locations: ajv.compile(hsdsPageSchema(HSDS_LOCATION_SCHEMA)),
};

async function fetchValid<T>(resource: keyof typeof validators, query = ''): Promise<HsdsPage<T>> {
  const response = await test.app.inject({ url: `/api/v1/catalogue/hsds/${resource}${query}` });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers['content-type']).toContain('application/json');
  const body: unknown = response.json();
  const validate = validators[resource];
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  return body as HsdsPage<T>;
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
    details: { addresses: ['Bahnhofstraße 12, 45879 Gelsenkirchen', 'Beratungsbüro im Stadtteilzentrum'] },
  });
  await insertEntry(test.db, {
    kind: 'actor',
    organisation_id: kommune.id,
    title: 'Kommunales Integrationszentrum Bochum',
    summary: 'Koordiniert Angebote der Stadt Bochum.',
    details: { addresses: [{ label: 'Rathaus', postcode: '44787', city: 'bochum', district: 'Mitte' }] },
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
    body: 'Termine nach Absprache.',
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

describe('Open Referral HSDS 3.0 export', () => {
  it('exports published actors, offers and locations that validate against the HSDS schemas', async () => {
    const { werk, kommune, nurAngebot } = await seedCatalogue();
    const organizations = await fetchValid<HsdsOrganization>('organizations');
    const services = await fetchValid<HsdsService>('services');
    const locations = await fetchValid<HsdsLocation>('locations');

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
    const coaching = services.contents.find((s) => s.name.startsWith('Bewerbungscoaching'));
    expect(coaching).toMatchObject({
      organization_id: werk.id,
      status: 'active',
      email: 'coaching@bildungswerk-emscher.example',
      fees_description: 'Kostenlos',
      description: 'Coaching für Bewerbungen in der Ausbildung.\n\nTermine nach Absprache.',
      cost_options: [{ amount: 0, currency: 'EUR' }],
    });
    expect(coaching?.languages.map((l) => [l.code, l.name])).toEqual([
      ['de', 'German'],
      ['tr', 'Turkish'],
      ['ar', 'Arabic'],
    ]);
    expect(coaching?.service_areas.map((a) => a.name)).toEqual(['Gelsenkirchen', 'Mülheim an der Ruhr']);
    expect(services.contents.find((s) => s.organization_id === nurAngebot.id)?.status).toBe('inactive');
    // Every reference points at an exported organization.
    const organizationIds = new Set(organizations.contents.map((o) => o.id));
    for (const service of services.contents) expect(organizationIds.has(service.organization_id)).toBe(true);
    for (const location of locations.contents) expect(organizationIds.has(location.organization_id)).toBe(true);

    expect(locations.contents).toHaveLength(3);
    const street = locations.contents.find((l) => l.addresses.length > 0 && l.organization_id === werk.id);
    expect(street?.addresses[0]).toMatchObject({
      address_1: 'Bahnhofstraße 12',
      postal_code: '45879',
      city: 'Gelsenkirchen',
      state_province: 'Nordrhein-Westfalen',
      country: 'DE',
      address_type: 'physical',
      location_id: street?.id,
    });
    expect(locations.contents.find((l) => l.description === 'Beratungsbüro im Stadtteilzentrum')?.addresses).toEqual(
      [],
    );
    expect(locations.contents.find((l) => l.organization_id === kommune.id)?.addresses[0]).toMatchObject({
      postal_code: '44787',
      city: 'Bochum',
    });

    const all = JSON.stringify([organizations, services, locations]);
    for (const hidden of [
      'Noch in Prüfung',
      'Veraltet und verborgen',
      'Archiviertes Angebot',
      'Entwurf eines Profils',
      'Geheimweg',
    ])
      expect(all).not.toContain(hidden);
    // The same data gives the same ids on the next export.
    expect((await fetchValid<HsdsLocation>('locations')).contents.map((l) => l.id)).toEqual(
      locations.contents.map((l) => l.id),
    );
  });

  it('pages like the HSDS API', async () => {
    await seedCatalogue();
    const first = await fetchValid<HsdsService>('services', '?per_page=1');
    expect(first).toMatchObject({
      total_items: 2,
      total_pages: 2,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: false,
      empty: false,
    });
    const second = await fetchValid<HsdsService>('services', '?per_page=1&page=2');
    expect(second).toMatchObject({ page_number: 2, first_page: false, last_page: true });
    expect(second.contents[0]?.id).not.toBe(first.contents[0]?.id);
    const beyond = await fetchValid<HsdsService>('services', '?per_page=1&page=9');
    expect(beyond).toMatchObject({ empty: true, size: 0, contents: [] });
    const locations = await fetchValid<HsdsLocation>('locations', '?page=1&per_page=2');
    expect(locations).toMatchObject({ total_items: 3, total_pages: 2, size: 2 });
  });

  it('refuses bad paging input with a JSON error per field', async () => {
    const cases: [string, string][] = [
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
  });
});
