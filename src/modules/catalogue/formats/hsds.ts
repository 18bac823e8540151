import { createHash } from 'node:crypto';
import { CITIES, type City } from '../../../region/index.js';
import { getTranslator } from '../../../core/i18n/translator.js';
import { plainEmail, webLink } from './public-entries.js';
import { markdownToPlainText } from '../shared/index.js';
import { berlinDay, dateColumnDay } from '../../../core/time/calendar-day.js';

/**
 * Open Referral HSDS 3.0: actors become organizations, offers become services, the addresses
 * of actors become locations. Field names follow the specification; ids of records that have
 * no row of their own (locations, addresses, languages, phones) are derived deterministically,
 * so they stay the same from one export to the next.
 */
const STATE = 'Nordrhein-Westfalen';
const COUNTRY = 'DE';

export function stableUuid(...parts: string[]): string {
  const hash = createHash('sha1').update(parts.join('\u0000')).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export interface HsdsPhone {
  id: string;
  number: string;
}
export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
  code: string;
}
export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description: string;
}
export interface HsdsCostOption {
  id: string;
  service_id: string;
  amount?: number;
  currency?: string;
  option: string;
}
export interface HsdsAddress {
  id: string;
  location_id: string;
  /** The street and house number, never a building's name (that is the location's name). */
  address_1: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical' | 'postal' | 'virtual';
}
export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  uri?: string;
  phones?: HsdsPhone[];
}
/** A service's one-to-one fields: what the list of services shows. */
export interface HsdsServiceSummary {
  id: string;
  organization_id: string;
  name: string;
  /** Plain text: the summary and the description, Markdown rendered to text. */
  description: string;
  url?: string;
  email?: string;
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  fees_description?: string;
  eligibility_description?: string;
  assured_date: string;
  last_modified: string;
}
export interface HsdsService extends HsdsServiceSummary {
  phones?: HsdsPhone[];
  languages: HsdsLanguage[];
  service_areas: HsdsServiceArea[];
  cost_options: HsdsCostOption[];
}
/** A service with everything related nested: its organization and where it is given. */
export interface HsdsFullService extends HsdsService {
  organization?: HsdsOrganization;
  service_at_locations: HsdsServiceAtLocation[];
}
export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  description?: string;
  location?: HsdsLocation;
  service?: HsdsServiceSummary;
}
export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  organization_id: string;
  name: string;
  description?: string;
  addresses: HsdsAddress[];
}

/** The HSDS API's page of results. */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

const de = getTranslator('de');
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

function cityLabel(value: string): string | null {
  return (CITIES as readonly string[]).includes(value) ? de.t(`organisations.cities.${value as City}`) : null;
}

function phones(ownerId: string, phone: string | null): HsdsPhone[] | undefined {
  return phone ? [{ id: stableUuid('phone', ownerId), number: phone }] : undefined;
}

function optional<K extends string, V>(key: K, value: V | null | undefined): Partial<Record<K, V>> {
  return value === null || value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

export interface OrganizationSource {
  organisationId: string;
  organisationName: string;
  organisationWebsite: string | null;
  actor: {
    id: string;
    title: string;
    summary: string;
    contact_email: string | null;
    contact_phone: string | null;
    website: string | null;
  } | null;
}

export function toHsdsOrganization(
  source: OrganizationSource,
  actorPageUrl: (entryId: string) => string,
): HsdsOrganization {
  const { actor } = source;
  return {
    id: source.organisationId,
    name: actor?.title ?? source.organisationName,
    description: markdownToPlainText(actor?.summary ?? ''),
    ...optional('email', plainEmail(actor?.contact_email)),
    ...optional('website', webLink(actor?.website ?? source.organisationWebsite)),
    ...optional('uri', actor ? actorPageUrl(actor.id) : null),
    ...optional('phones', phones(source.organisationId, actor?.contact_phone ?? null)),
  };
}

export interface OfferSource {
  id: string;
  organisation_id: string;
  title: string;
  summary: string;
  body: string;
  website: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  cost: 'free' | 'fee' | null;
  languages: string[];
  cities: string[];
  target_groups: string[];
  valid_until: Date | null;
  last_confirmed_at: Date;
  updated_at: Date;
}

export function toHsdsService(offer: OfferSource, pageUrl: string, today: Date): HsdsService {
  return {
    ...toHsdsServiceSummary(offer, pageUrl, today),
    ...optional('phones', phones(offer.id, offer.contact_phone)),
    languages: offer.languages.map((code) => ({
      id: stableUuid('language', offer.id, code),
      service_id: offer.id,
      name: languageNames.of(code) ?? code,
      code,
    })),
    service_areas: offer.cities.flatMap((city) => {
      const name = cityLabel(city);
      return name
        ? [
            {
              id: stableUuid('service_area', offer.id, city),
              service_id: offer.id,
              name,
              description: `${name}, ${STATE}`,
            },
          ]
        : [];
    }),
    cost_options:
      offer.cost === 'free'
        ? [
            {
              id: stableUuid('cost_option', offer.id),
              service_id: offer.id,
              amount: 0,
              currency: 'EUR',
              option: de.t('catalogue.costs.free'),
            },
          ]
        : [],
  };
}

export function toHsdsServiceSummary(offer: OfferSource, pageUrl: string, today: Date): HsdsServiceSummary {
  const expired = offer.valid_until !== null && dateColumnDay(offer.valid_until) < berlinDay(today);
  const groups = offer.target_groups
    .filter((g) => de.has(`catalogue.target_groups.${g}`))
    .map((g) => de.t(`catalogue.target_groups.${g}`));
  return {
    id: offer.id,
    organization_id: offer.organisation_id,
    name: offer.title,
    description: [offer.summary, markdownToPlainText(offer.body)].filter(Boolean).join('\n\n'),
    url: webLink(offer.website) ?? pageUrl,
    ...optional('email', plainEmail(offer.contact_email)),
    status: expired ? 'inactive' : 'active',
    ...optional('fees_description', offer.cost ? de.t(`catalogue.costs.${offer.cost}`) : null),
    ...optional('eligibility_description', groups.length > 0 ? groups.join(', ') : null),
    assured_date: berlinDay(offer.last_confirmed_at),
    last_modified: offer.updated_at.toISOString(),
  };
}

/**
 * Actors' addresses come in two shapes: lines typed into the form ("Weg 1, 45127 Essen", or with a
 * building's name first: "Bürgerhaus Nord, Weg 1, 45127 Essen") and structured records ({ label,
 * street, postcode, city }). A part with a house number is the street (address_1); a name before it
 * names the location. A line without a street, postal code and city becomes a location described in
 * words, without an address: HSDS requires address_1, and a building's name is not a street.
 */
interface ParsedAddress {
  label: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  line: string;
}

/** A street with a house number: "Kettwiger Straße 12", "Am Hafen 3a", "Hafenweg 1–3". */
const STREET = /^\D.*\s\d{1,4}\s?[a-zA-Z]?(?:\s?[-–/]\s?\d{1,4}\s?[a-zA-Z]?)?$/;
const POSTCODE_CITY = /^(\d{5})\s+(.+)$/;

function parseLine(value: string): ParsedAddress {
  const line = value.trim().slice(0, 500);
  const parts = line
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const place = parts.length > 1 ? POSTCODE_CITY.exec(parts.at(-1) ?? '') : null;
  const before = place ? parts.slice(0, -1) : parts;
  const streetIndex = before.findLastIndex((part) => STREET.test(part));
  const labelParts = before.filter((_, index) => index !== streetIndex);
  return {
    label: labelParts.length > 0 ? labelParts.join(', ') : null,
    street: streetIndex >= 0 ? (before[streetIndex] ?? null) : null,
    postcode: place?.[1] ?? null,
    city: place?.[2] ?? null,
    line,
  };
}

function parseAddress(value: unknown): ParsedAddress | null {
  if (typeof value === 'string') return value.trim() ? parseLine(value) : null;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const text = (key: string) => {
      const field = record[key];
      return typeof field === 'string' && field.trim() ? field.trim().slice(0, 500) : null;
    };
    const city = text('city');
    const cityName = city ? (cityLabel(city) ?? city) : null;
    const street = text('street');
    const label = [text('label'), text('district')].filter(Boolean).join(', ') || null;
    const postcode = text('postcode') ?? text('postal_code');
    if (!label && !street && !cityName) return null;
    const line = [label, street, [postcode, cityName].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    return { label, street: street && STREET.test(street) ? street : null, postcode, city: cityName, line };
  }
  return null;
}

/** The seven cities lie in the Ruhr region; an address elsewhere gets no region. */
const REGION = 'Ruhrgebiet';
const isRuhrCity = (name: string): boolean => CITIES.some((city) => cityLabel(city) === name);

export interface ActorSource {
  id: string;
  organisation_id: string;
  title: string;
  details: Record<string, unknown>;
}

export function toHsdsLocations(actor: ActorSource): HsdsLocation[] {
  const raw = actor.details.addresses;
  const list = Array.isArray(raw) ? raw.slice(0, 20) : raw === undefined ? [] : [raw];
  return list.flatMap((value, index) => {
    const address = parseAddress(value);
    if (!address) return [];
    const id = stableUuid('location', actor.id, String(index));
    const { street, postcode, city } = address;
    const complete = street !== null && postcode !== null && city !== null;
    return [
      {
        id,
        location_type: 'physical' as const,
        organization_id: actor.organisation_id,
        name: address.label ? `${actor.title} – ${address.label}` : actor.title,
        ...optional('description', complete ? null : address.line),
        addresses: complete
          ? [
              {
                id: stableUuid('address', actor.id, String(index)),
                location_id: id,
                address_1: street,
                city,
                ...optional('region', isRuhrCity(city) ? REGION : null),
                state_province: STATE,
                postal_code: postcode,
                country: COUNTRY,
                address_type: 'physical' as const,
              },
            ]
          : [],
      },
    ];
  });
}
