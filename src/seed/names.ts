import { type City, getRuhrCity } from '../region/index.js';
import type { OrganisationType } from '../core/db/database.js';
import type { LocaleCode } from '../core/i18n/locales.js';
import { COMPANY_LEGAL_FORMS, NAME_STEMS, PROVIDER_PATTERNS, SCHOOL_PATTERNS } from './data/organisations.js';
import { TRADES, type CompanyNameStyle, type Trade } from './data/trades.js';
import { NAME_POOLS, type Gender, type NamePool } from './data/people.js';
import type { Random } from './random.js';

export interface PersonName {
  firstName: string;
  lastName: string;
  displayName: string;
  /** The pool's language, which some (not all) people of that pool prefer. */
  poolLocale: LocaleCode | undefined;
}

const POOL_WEIGHTS = NAME_POOLS.map((pool) => [pool, pool.weight] as const);

function surnameFor(pool: NamePool, gender: Gender, random: Random): string {
  const entry = random.pick(pool.surnames);
  return typeof entry === 'string' ? entry : gender === 'f' ? entry[1] : entry[0];
}

/** A fictional full name; one in twelve combines first and last name from different pools, as families do. */
export function generatePersonName(random: Random): PersonName {
  const pool = random.weighted(POOL_WEIGHTS);
  const gender: Gender = random.chance(0.5) ? 'f' : 'm';
  const firstPool = random.chance(1 / 12) ? random.weighted(POOL_WEIGHTS) : pool;
  const firstName = random.pick(gender === 'f' ? firstPool.female : firstPool.male);
  const lastName = surnameFor(pool, gender, random);
  return { firstName, lastName, displayName: `${firstName} ${lastName}`, poolLocale: firstPool.locale };
}

const SPECIAL_LETTERS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  ı: 'i',
  ł: 'l',
  đ: 'd',
  '&': '-',
};

/** Lower-case ASCII for e-mail local parts and domain labels: "Yılmaz & Söhne" → "yilmaz-soehne". */
export function slugify(text: string, separator = '-'): string {
  return text
    .toLowerCase()
    .replace(/[äöüßıłđ&]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, 'g'), '');
}

/** "Mülheim an der Ruhr" → "Mülheim" where a name would otherwise become unwieldy. */
export function shortCityName(city: City): string {
  return getRuhrCity(city).name.replace(/ an der Ruhr$/, '');
}

export function municipalityName(city: City): string {
  return `Stadt ${getRuhrCity(city).name} – Kommunales Integrationszentrum`;
}

function fill(pattern: string, random: Random, city: City | null): string {
  return pattern.replace('{stem}', random.pick(NAME_STEMS)).replace('{city}', city ? shortCityName(city) : 'Ruhr');
}

const TRADE_WEIGHTS = TRADES.filter((trade) => trade.weight > 0).map((trade) => [trade, trade.weight] as const);
const ALL_STYLES: readonly CompanyNameStyle[] = ['stem', 'stem', 'founder', 'founder', 'partners'];

/**
 * A fictional firm of the trade (by default one drawn by the trades' weights), named after it:
 * "Emscherbogen Augenoptik GmbH", "Kfz-Technik Demir e. K.", "Steuerberatung Nowak & Brinkmann PartG mbB".
 */
export function generateCompanyName(random: Random, trade: Trade = random.weighted(TRADE_WEIGHTS)): string {
  const legalForm = random.weighted(trade.legalForms ?? COMPANY_LEGAL_FORMS);
  const label = random.pick(trade.labels);
  const style = random.pick(trade.styles ?? ALL_STYLES);
  // Family firms, many of them founded by people who came to the region.
  const name =
    style === 'stem'
      ? `${random.pick(NAME_STEMS)} ${label}`
      : style === 'founder'
        ? `${label} ${generatePersonName(random).lastName}`
        : `${label} ${generatePersonName(random).lastName} & ${generatePersonName(random).lastName}`;
  return `${name} ${legalForm}`.trim();
}

/** A plausible, fictional name for an organisation of the type (municipalities have their fixed names). */
export function generateOrganisationName(random: Random, type: OrganisationType, city: City | null): string {
  switch (type) {
    case 'municipality':
      if (!city) throw new Error('A municipality needs a city');
      return municipalityName(city);
    case 'cooperation_office':
      return 'Koordinierungsstelle Integration.Interkommunal';
    case 'company':
      return generateCompanyName(random);
    case 'provider':
      return fill(random.pick(PROVIDER_PATTERNS), random, city);
    case 'school':
      return fill(random.pick(SCHOOL_PATTERNS), random, city);
  }
}

const LEGAL_SUFFIX = /\s+(PartG mbB|GmbH & Co\. KG|GmbH|gGmbH|e\. ?K\.|e\. ?V\.|KG|UG \(haftungsbeschränkt\)|OHG|AG)$/;

/** The mail and web domain of an organisation: "Kettenwerk Logistik GmbH" → "kettenwerk-logistik.example". */
export function organisationDomain(name: string): string {
  const label = slugify(name.replace(LEGAL_SUFFIX, '')).slice(0, 50).replace(/-+$/, '');
  return `${label}.example`;
}
