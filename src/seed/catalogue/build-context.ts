import { type City, getRuhrCity } from '../../region/index.js';
import type { EntryKind, EntryStatus } from '../../modules/catalogue/tables.js';
import type { OrganisationType } from '../../core/db/database.js';
import { shortCityName, slugify } from '../names.js';
import type { Random } from '../random.js';
import { cityName } from './text.js';
import type { CatalogueEntryRow } from './types.js';
import { days, minutes } from '../../core/time/durations.js';

/** The organisation an entry belongs to, as the builders need it. */
export interface CatalogueOwner {
  id: string;
  name: string;
  type: OrganisationType;
  city: City | null;
  website: string | null;
  /** Mail and web domain, always under .example. */
  domain: string;
  /** The member who "wrote" the entries (the organisation's first admin), if any. */
  authorId: string | null;
}

export interface BuildContext {
  random: Random;
  now: number;
}

/** A version-4-shaped UUID drawn from the seeded generator, so ids repeat with the seed. */
export function seededUuid(random: Random): string {
  let hex = '';
  for (let i = 0; i < 4; i++)
    hex += Math.floor(random.next() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  const variant = (8 + (parseInt(hex[16] ?? '0', 16) & 3)).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** "Stadtbezirk II (Rüttenscheid/Bergerhausen)" → "Essen-Rüttenscheid/Bergerhausen"; "Süd" → "Duisburg-Süd". */
export function districtPlace(city: City, district: string): string {
  const name = district.replace(/^Stadtbezirk [IVX]+ \((.+)\)$/, '$1');
  const short = shortCityName(city);
  return name.includes(short) ? name : `${short}-${name}`;
}

/** A place to name in a text: a district of the city or the city itself. */
export function pickPlace(random: Random, city: City): string {
  return random.chance(0.5) ? districtPlace(city, random.pick(getRuhrCity(city).districts)) : cityName(city);
}

/**
 * An address line without a street, from a real postcode of the city, and the place it names
 * (the district where the reference data ties the postcode to one, else the city).
 */
export function venue(random: Random, city: City, labels: readonly string[]): { line: string; place: string } {
  const reference = getRuhrCity(city);
  const postcode = random.pick(reference.postcodes);
  const district = reference.postcodeDistricts[postcode];
  const label = random.pick(labels);
  const place = district ? districtPlace(city, district) : reference.name;
  return {
    line: district ? `${label} ${place}, ${postcode} ${reference.name}` : `${label}, ${postcode} ${reference.name}`,
    place,
  };
}

/** An address line without a street (see venue). */
export function addressLine(random: Random, city: City, labels: readonly string[]): string {
  return venue(random, city, labels).line;
}

const KIND_PATHS: Record<EntryKind, string> = {
  actor: '',
  offer: 'angebote',
  project: 'projekte',
  funding: 'foerderung',
  knowledge: 'wissen',
  event: 'termine',
};

const MAIL_BOXES: Record<EntryKind, readonly string[]> = {
  actor: ['info', 'kontakt'],
  offer: ['kontakt', 'beratung', 'anmeldung', 'info', 'team'],
  project: ['projekte', 'kontakt'],
  funding: ['foerderung'],
  knowledge: ['redaktion', 'kontakt'],
  event: ['veranstaltungen', 'anmeldung'],
};

export function contactFor(
  random: Random,
  owner: CatalogueOwner,
  kind: EntryKind,
  title: string,
): { email: string; website: string } {
  const base = owner.website ?? `https://www.${owner.domain}`;
  const website =
    kind === 'actor' ? base : `${base}/${KIND_PATHS[kind]}/${slugify(title).slice(0, 60).replace(/-+$/, '')}`;
  return { email: `${random.pick(MAIL_BOXES[kind])}@${owner.domain}`, website };
}

/** The cities an entry serves: the owner's city, sometimes neighbours, all seven for the cooperation. */
export function pickCities(random: Random, owner: CatalogueOwner, allChance = 0.08): City[] {
  const all = [
    'bochum',
    'dortmund',
    'duisburg',
    'essen',
    'gelsenkirchen',
    'muelheim',
    'oberhausen',
  ] as const satisfies readonly City[];
  if (!owner.city || random.chance(allChance)) return [...all];
  if (owner.type === 'municipality' || random.chance(0.7)) return [owner.city];
  const others = all.filter((city) => city !== owner.city);
  return [owner.city, ...random.sample(others, random.int(1, 2))];
}

/**
 * Up to a day, fixed per row and taken from its id (not from the random sequence, so every other
 * value stays as it was): spreads dates that a cap would otherwise give many rows at once.
 */
export function spreadOf(row: CatalogueEntryRow): number {
  return (Number.parseInt(row.id.slice(0, 5), 16) % 86_400) * 1000;
}

/**
 * Sets the publishing dates for a status: published entries over the last two years, confirmed
 * within the last ten months (so none is stale); drafts and entries in review are recent.
 */
export function applyStatus(context: BuildContext, row: CatalogueEntryRow, status: EntryStatus): void {
  const { random, now } = context;
  row.status = status;
  if (status === 'draft' || status === 'in_review') {
    const created = now - days(random.int(2, 45)) - random.int(0, 86_399) * 1000;
    const updated = Math.min(now - minutes(1), created + days(random.int(0, 3)) + random.int(0, 86_399) * 1000);
    row.created_at = new Date(created);
    row.updated_at = new Date(updated);
    row.last_confirmed_at = new Date(updated);
    row.published_at = null;
    return;
  }
  const created = status === 'archived' ? now - days(random.int(420, 730)) : now - days(random.int(20, 730));
  const createdAt = created - random.int(0, 86_399) * 1000;
  const published = Math.min(
    now - days(1) - spreadOf(row),
    createdAt + days(random.int(1, 14)) + random.int(0, 86_399) * 1000,
  );
  const lastEdit = now - days(random.int(1, 300)) - random.int(0, 86_399) * 1000;
  const updated = Math.max(published, lastEdit);
  row.created_at = new Date(createdAt);
  row.published_at = new Date(published);
  row.updated_at = new Date(updated);
  row.last_confirmed_at = new Date(updated);
}

/** A row with every column set to its empty value; the builders fill in the rest. */
export function emptyRow(context: BuildContext, owner: CatalogueOwner, kind: EntryKind): CatalogueEntryRow {
  const at = new Date(context.now);
  return {
    id: seededUuid(context.random),
    kind,
    organisation_id: owner.id,
    status: 'published',
    title: '',
    summary: '',
    body: '',
    fields_of_action: [],
    target_groups: [],
    cities: [],
    languages: ['de'],
    cost: null,
    format: null,
    contact_email: null,
    contact_phone: null,
    website: null,
    accessibility_notes: null,
    valid_from: null,
    valid_until: null,
    starts_at: null,
    ends_at: null,
    details: {},
    review_note: null,
    published_at: at,
    last_confirmed_at: at,
    created_by: owner.authorId,
    created_at: at,
    updated_at: at,
    translations: [],
  };
}
