import { CITIES, type City } from '../region/index.js';
import type { MembershipRole, OrganisationType } from '../core/db/database.js';
import type { LocaleCode } from '../core/i18n/locales.js';
import { municipalityName } from './names.js';

/**
 * The fixed, memorable demo accounts listed in docs/demo-accounts.md: one per organisation type
 * and role, an admin for every municipality, an unverified company and applicants. All of
 * them, like every demo organisation and person, are fictional.
 */
export interface FixedOrganisation {
  key: string;
  name: string;
  type: OrganisationType;
  city: City | null;
  isVerified: boolean;
}

export interface FixedAccount {
  email: string;
  displayName: string;
  locale: LocaleCode;
  /** Null for applicants, who belong to no organisation. */
  organisationKey: string | null;
  role: MembershipRole | null;
  isEmailVerified: boolean;
}

export const FIXED_ORGANISATIONS: readonly FixedOrganisation[] = [
  {
    key: 'cooperation',
    name: 'Koordinierungsstelle Integration.Interkommunal',
    type: 'cooperation_office',
    city: null,
    isVerified: true,
  },
  ...CITIES.map((city) => ({
    key: `municipality-${city}`,
    name: municipalityName(city),
    type: 'municipality' as const,
    city,
    isVerified: true,
  })),
  { key: 'company', name: 'Zechenring Mechatronik GmbH', type: 'company', city: 'dortmund', isVerified: true },
  {
    key: 'company-unverified',
    name: 'Hafenkante Logistik UG (haftungsbeschränkt)',
    type: 'company',
    city: 'duisburg',
    isVerified: false,
  },
  { key: 'provider', name: 'Bildungswerk Lichtschacht e. V.', type: 'provider', city: 'bochum', isVerified: true },
  { key: 'school', name: 'Berufskolleg Emscherquell', type: 'school', city: 'gelsenkirchen', isVerified: true },
];

const MUNICIPALITY_ADMINS: Record<City, string> = {
  bochum: 'Katarzyna Nowak',
  dortmund: 'Kwame Mensah',
  duisburg: 'Elif Şahin',
  essen: 'Thomas Brinkmann',
  gelsenkirchen: 'Georgios Papadakis',
  muelheim: 'Sabine Kemper',
  oberhausen: 'Adnan Begić',
};

const staff = (email: string, displayName: string, organisationKey: string, role: MembershipRole): FixedAccount => ({
  email,
  displayName,
  locale: 'de',
  organisationKey,
  role,
  isEmailVerified: true,
});

export const FIXED_ACCOUNTS: readonly FixedAccount[] = [
  staff('admin@koordinierung.vielfalt-ruhr.example', 'Miriam Okafor', 'cooperation', 'admin'),
  staff('team@koordinierung.vielfalt-ruhr.example', 'Jonas Kowalczyk', 'cooperation', 'member'),
  ...CITIES.map((city) =>
    staff(`verwaltung@${city}.vielfalt-ruhr.example`, MUNICIPALITY_ADMINS[city], `municipality-${city}`, 'admin'),
  ),
  staff('team@essen.vielfalt-ruhr.example', 'Layla Haddad', 'municipality-essen', 'member'),
  staff('firma@unternehmen.vielfalt-ruhr.example', 'Murat Yıldırım', 'company', 'admin'),
  staff('team@unternehmen.vielfalt-ruhr.example', 'Giulia Conti', 'company', 'member'),
  staff('firma-neu@unternehmen.vielfalt-ruhr.example', 'Andrii Melnyk', 'company-unverified', 'admin'),
  staff('anbieter@anbieter.vielfalt-ruhr.example', 'Ioana Popescu', 'provider', 'admin'),
  staff('team@anbieter.vielfalt-ruhr.example', 'Felix Overbeck', 'provider', 'member'),
  staff('schule@schule.vielfalt-ruhr.example', 'Rojda Murad', 'school', 'admin'),
  staff('team@schule.vielfalt-ruhr.example', 'Piotr Wiśniewski', 'school', 'member'),
  {
    email: 'bewerbung@jugend.vielfalt-ruhr.example',
    displayName: 'Selin Demir',
    locale: 'de',
    organisationKey: null,
    role: null,
    isEmailVerified: true,
  },
  {
    email: 'bewerbung-ar@jugend.vielfalt-ruhr.example',
    displayName: 'Omar Khalil',
    locale: 'ar',
    organisationKey: null,
    role: null,
    isEmailVerified: true,
  },
  {
    email: 'unbestaetigt@jugend.vielfalt-ruhr.example',
    displayName: 'Olena Kovalenko',
    locale: 'uk',
    organisationKey: null,
    role: null,
    isEmailVerified: false,
  },
];

export const PLATFORM_ADMIN_EMAIL = 'admin@koordinierung.vielfalt-ruhr.example';
