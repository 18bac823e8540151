import { CITIES, parseAddressLine, schemaOrgPostalAddress, type City } from '../../../region/index.js';
import { getTranslator } from '../../../core/i18n/translator.js';
import { readEventFacts } from '../shared/index.js';
import { plainEmail, webLink } from './public-entries.js';
import { dateColumnDay } from '../../../core/time/calendar-day.js';

/**
 * schema.org JSON-LD for public detail pages: pure functions from an entry to a plain object.
 * Put the result into a page with jsonLdScript(), which makes it safe inside <script>.
 */
export interface JsonLdEntry {
  id: string;
  title: string;
  summary: string;
  website: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  cities: string[];
  languages: string[];
  fields_of_action: string[];
  target_groups: string[];
  cost: 'free' | 'fee' | null;
  format: 'in_person' | 'online' | 'hybrid' | null;
  valid_from: Date | null;
  valid_until: Date | null;
  starts_at: Date | null;
  ends_at: Date | null;
  details: Record<string, unknown>;
}

export interface JsonLdPage {
  /** Absolute address of the entry's page. */
  url: string;
  /** The organisation the entry belongs to. */
  organisation: { name: string; url?: string | null };
  /** Free places of an event, if the page knows them. */
  remainingCapacity?: number | null;
}

type JsonObject = Record<string, unknown>;
const CONTEXT = 'https://schema.org';
const de = getTranslator('de');

function compact(object: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

function cityPlaces(cities: string[]): JsonObject[] {
  return cities
    .filter((city): city is City => (CITIES as readonly string[]).includes(city))
    .map((city) => ({ '@type': 'City', name: de.t(`organisations.cities.${city}`) }));
}

function organiser(page: JsonLdPage): JsonObject {
  return compact({ '@type': 'Organization', name: page.organisation.name, url: webLink(page.organisation.url) });
}

function day(date: Date | null): string | null {
  return date ? dateColumnDay(date) : null;
}

function labels(prefix: string, values: string[]): string[] {
  return values.filter((value) => de.has(`${prefix}.${value}`)).map((value) => de.t(`${prefix}.${value}`));
}

function freeOffer(entry: JsonLdEntry, url: string, extra: JsonObject = {}): JsonObject | null {
  if (entry.cost !== 'free') return null;
  return { '@type': 'Offer', price: 0, priceCurrency: 'EUR', url, ...extra };
}

/** An actor profile. */
export function organizationJsonLd(entry: JsonLdEntry, page: JsonLdPage): JsonObject {
  const raw = entry.details.addresses;
  const addresses = (Array.isArray(raw) ? raw : [])
    .filter((line): line is string => typeof line === 'string' && line.trim().length > 0)
    .map((line) => schemaOrgPostalAddress(parseAddressLine(line)));
  return compact({
    '@context': CONTEXT,
    '@type': 'Organization',
    '@id': page.url,
    name: entry.title,
    description: entry.summary,
    url: webLink(entry.website) ?? page.url,
    email: plainEmail(entry.contact_email),
    telephone: entry.contact_phone,
    address: addresses,
    areaServed: cityPlaces(entry.cities),
    knowsLanguage: entry.languages,
    knowsAbout: labels('catalogue.fields_of_action', entry.fields_of_action),
  });
}

const ATTENDANCE = {
  in_person: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

export function eventJsonLd(entry: JsonLdEntry, page: JsonLdPage): JsonObject {
  const facts = readEventFacts(entry.details);
  const mode = entry.format ?? (facts.address && facts.onlineUrl ? 'hybrid' : facts.onlineUrl ? 'online' : 'in_person');
  const parts = facts.address ? parseAddressLine(facts.address) : null;
  const place = parts
    ? {
        '@type': 'Place',
        name: parts.placeName ?? parts.street ?? parts.locality ?? facts.address,
        address: schemaOrgPostalAddress(parts),
      }
    : null;
  const virtual = facts.onlineUrl ? { '@type': 'VirtualLocation', url: facts.onlineUrl } : null;
  const locations = [mode === 'online' ? null : place, mode === 'in_person' ? null : virtual].filter((l) => l !== null);
  const soldOut = page.remainingCapacity === 0;
  return compact({
    '@context': CONTEXT,
    '@type': 'Event',
    '@id': page.url,
    name: entry.title,
    description: entry.summary,
    url: page.url,
    startDate: entry.starts_at?.toISOString(),
    endDate: entry.ends_at?.toISOString(),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: ATTENDANCE[mode],
    location: locations.length === 1 ? locations[0] : locations,
    organizer: organiser(page),
    inLanguage: entry.languages,
    isAccessibleForFree: entry.cost === null ? null : entry.cost === 'free',
    maximumAttendeeCapacity: facts.capacity,
    remainingAttendeeCapacity: page.remainingCapacity ?? null,
    audience: labels('catalogue.target_groups', entry.target_groups).map((audienceType) => ({
      '@type': 'Audience',
      audienceType,
    })),
    offers: freeOffer(entry, page.url, {
      availability: soldOut ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
    }),
  });
}

const PROGRAM_MODE = { in_person: 'onsite', online: 'online', hybrid: 'blended' } as const;

/**
 * An offer: qualification offers are training programmes (EducationalOccupationalProgram);
 * everything else — advice, matching, coaching — is a Service.
 */
export function courseOrServiceJsonLd(entry: JsonLdEntry, page: JsonLdPage): JsonObject {
  const common = {
    '@context': CONTEXT,
    '@id': page.url,
    name: entry.title,
    description: entry.summary,
    url: webLink(entry.website) ?? page.url,
    provider: organiser(page),
    areaServed: cityPlaces(entry.cities),
    audience: labels('catalogue.target_groups', entry.target_groups).map((audienceType) => ({
      '@type': 'Audience',
      audienceType,
    })),
    offers: freeOffer(entry, page.url),
  };
  if (entry.fields_of_action.includes('qualification')) {
    return compact({
      ...common,
      '@type': 'EducationalOccupationalProgram',
      educationalProgramMode: entry.format ? PROGRAM_MODE[entry.format] : null,
      inLanguage: entry.languages,
      startDate: day(entry.valid_from),
      endDate: day(entry.valid_until),
    });
  }
  return compact({
    ...common,
    '@type': 'Service',
    serviceType: labels('catalogue.fields_of_action', entry.fields_of_action)[0] ?? null,
    availableLanguage: entry.languages,
    email: plainEmail(entry.contact_email),
    telephone: entry.contact_phone,
  });
}

export function projectJsonLd(entry: JsonLdEntry, page: JsonLdPage): JsonObject {
  const text = (key: string) => {
    const field = entry.details[key];
    return typeof field === 'string' ? field : null;
  };
  return compact({
    '@context': CONTEXT,
    '@type': 'Project',
    '@id': page.url,
    name: entry.title,
    description: entry.summary,
    url: webLink(entry.website) ?? page.url,
    parentOrganization: organiser(page),
    areaServed: cityPlaces(entry.cities),
    foundingDate: text('period_from'),
    dissolutionDate: text('period_until'),
    knowsAbout: labels('catalogue.fields_of_action', entry.fields_of_action),
    email: plainEmail(entry.contact_email),
  });
}

/** Serialises JSON-LD for a <script type="application/ld+json"> element: no "</script>" can end it early. */
export function jsonLdScript(data: JsonObject): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
