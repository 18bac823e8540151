import { describe, expect, it } from 'vitest';
import '../../../../tests/setup/module-messages.js';
import {
  courseOrServiceJsonLd,
  eventJsonLd,
  jsonLdScript,
  organizationJsonLd,
  projectJsonLd,
  type JsonLdEntry,
} from './json-ld.js';

const page = {
  url: 'https://vielfalt-ruhr.example/de/eintraege/e1',
  organisation: { name: 'Bildungswerk Emscher', url: 'https://bildungswerk.example' },
};

function entry(overrides: Partial<JsonLdEntry> = {}): JsonLdEntry {
  return {
    id: 'e1',
    title: 'Interkulturelles Training für Ausbildende',
    summary: 'Zwei Tage Praxis für Ausbilderinnen und Ausbilder.',
    website: null,
    contact_email: 'kontakt@bildungswerk.example',
    contact_phone: '0209 555-0101',
    cities: ['essen', 'muelheim', 'koeln'],
    languages: ['de', 'tr'],
    fields_of_action: ['qualification'],
    target_groups: ['trainers'],
    cost: 'free',
    format: 'hybrid',
    valid_from: new Date('2026-01-01T00:00:00Z'),
    valid_until: new Date('2026-12-31T00:00:00Z'),
    starts_at: null,
    ends_at: null,
    details: {},
    ...overrides,
  };
}

describe('schema.org JSON-LD', () => {
  it('describes an event with dates, attendance mode, places, organiser and capacity', () => {
    const event = eventJsonLd(
      entry({
        starts_at: new Date('2026-06-01T07:00:00Z'),
        ends_at: new Date('2026-06-01T11:00:00Z'),
        details: {
          capacity: 30,
          place_address: 'Rathaus Essen, Porscheplatz 1, 45127 Essen',
          online_url: 'https://meet.example/x',
        },
      }),
      { ...page, remainingCapacity: 0 },
    );
    expect(event).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      startDate: '2026-06-01T07:00:00.000Z',
      endDate: '2026-06-01T11:00:00.000Z',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      organizer: { '@type': 'Organization', name: 'Bildungswerk Emscher', url: 'https://bildungswerk.example/' },
      maximumAttendeeCapacity: 30,
      remainingAttendeeCapacity: 0,
      isAccessibleForFree: true,
      offers: { '@type': 'Offer', price: 0, availability: 'https://schema.org/SoldOut' },
    });
    expect(event.location).toEqual([
      {
        '@type': 'Place',
        name: 'Rathaus Essen',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Porscheplatz 1',
          postalCode: '45127',
          addressLocality: 'Essen',
          addressRegion: 'NW',
          addressCountry: 'DE',
        },
      },
      { '@type': 'VirtualLocation', url: 'https://meet.example/x' },
    ]);
    const online = eventJsonLd(
      entry({ format: 'online', starts_at: new Date(), details: { online_url: 'https://meet.example/y' } }),
      page,
    );
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://meet.example/y' });
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(online).not.toHaveProperty('maximumAttendeeCapacity');
  });

  it('describes actors, qualification programmes, services and projects', () => {
    const organization = organizationJsonLd(
      entry({ details: { addresses: ['Bahnhofstraße 12, 45879 Gelsenkirchen'] } }),
      page,
    );
    expect(organization).toMatchObject({
      '@type': 'Organization',
      name: 'Interkulturelles Training für Ausbildende',
      email: 'kontakt@bildungswerk.example',
      url: page.url,
    });
    expect(organization.areaServed).toEqual([
      { '@type': 'City', name: 'Essen' },
      { '@type': 'City', name: 'Mülheim an der Ruhr' },
    ]);
    expect(organization.address).toEqual([
      {
        '@type': 'PostalAddress',
        streetAddress: 'Bahnhofstraße 12',
        postalCode: '45879',
        addressLocality: 'Gelsenkirchen',
        addressRegion: 'NW',
        addressCountry: 'DE',
      },
    ]);

    const program = courseOrServiceJsonLd(entry(), page);
    expect(program).toMatchObject({
      '@type': 'EducationalOccupationalProgram',
      educationalProgramMode: 'blended',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      provider: { name: 'Bildungswerk Emscher' },
    });
    expect(program.audience).toEqual([{ '@type': 'Audience', audienceType: 'Ausbilderinnen und Ausbilder' }]);
    const service = courseOrServiceJsonLd(entry({ fields_of_action: ['advice_companies'], cost: 'fee' }), page);
    expect(service).toMatchObject({
      '@type': 'Service',
      serviceType: 'Beratung für Unternehmen',
      availableLanguage: ['de', 'tr'],
    });
    expect(service).not.toHaveProperty('offers');

    const project = projectJsonLd(entry({ details: { period_from: '2024-02-01', goals: 'x' } }), page);
    expect(project).toMatchObject({
      '@type': 'Project',
      foundingDate: '2024-02-01',
      parentOrganization: { name: 'Bildungswerk Emscher' },
    });
  });

  it('leaves out broken links and addresses instead of passing them on, and is safe inside a script element', () => {
    const organization = organizationJsonLd(
      entry({ website: 'javascript:alert(1)', contact_email: 'kein mail' }),
      page,
    );
    expect(organization.url).toBe(page.url);
    expect(organization).not.toHaveProperty('email');
    const script = jsonLdScript(
      eventJsonLd(entry({ title: '</script><script>alert(1)</script>', starts_at: new Date() }), page),
    );
    expect(script).not.toContain('</script>');
    expect(script).not.toContain('<');
    expect((JSON.parse(script) as { name: string }).name).toBe('</script><script>alert(1)</script>');
  });
});
