import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import { hashPassword } from '../core/auth/passwords.js';
import { CITIES } from '../region/index.js';
import type {
  Database,
  Membership,
  MembershipRole,
  Organisation,
  OrganisationType,
  OrganisationsTable,
  User,
  UsersTable,
} from '../core/db/database.js';
import type { LocaleCode } from '../core/i18n/locales.js';
import { generateOrganisationName, generatePersonName, organisationDomain, slugify } from './names.js';
import { createRandom, type Random } from './random.js';
import { days, minutes } from '../core/time/durations.js';

/**
 * Factories for tests and the demo seed: each takes a Kysely db (or transaction) and partial
 * overrides, fills the rest with realistic, fictional defaults from a seeded generator, creates
 * missing parents on demand and returns the inserted row. The demo seed uses the same builders
 * (buildOrganisation, buildUser) and inserts their rows in batches.
 */

/** The one development password of every demo and factory account. Demo data never reaches production. */
export const DEMO_PASSWORD = 'Vielfalt-Demo-2026';

let demoPasswordHash: Promise<string> | undefined;
/** Argon2id is slow by design, so the demo password is hashed once per process and the hash reused. */
export function getDemoPasswordHash(): Promise<string> {
  demoPasswordHash ??= hashPassword(DEMO_PASSWORD);
  return demoPasswordHash;
}

export type NewOrganisationRow = Insertable<OrganisationsTable> & { id: string; name: string; type: OrganisationType };
export type NewUserRow = Insertable<UsersTable> & { id: string; email: string };

/** The generator state behind the defaults: the same seed gives the same names, addresses and choices. */
export interface SeedContext {
  random: Random;
  usedEmails: Set<string>;
  usedOrganisationNames: Set<string>;
  /** Adds a running number to every generated address, so factory rows never clash with demo rows. */
  numberEveryEmail: boolean;
  sequence: number;
}

export function createSeedContext(seed: string | number, options: { numberEveryEmail?: boolean } = {}): SeedContext {
  return {
    random: createRandom(seed),
    usedEmails: new Set(),
    usedOrganisationNames: new Set(),
    numberEveryEmail: options.numberEveryEmail ?? false,
    sequence: 0,
  };
}

const factoryContext = createSeedContext('vielfalt-ruhr-factories', { numberEveryEmail: true });

/** A moment within the last `maxDays` days, drawn from the generator. */
export function pastDate(random: Random, maxDays: number, now = Date.now()): Date {
  return new Date(now - days(random.int(1, Math.max(1, maxDays))) - random.int(0, 86_399) * 1000);
}

const APPLICANT_MAIL_DOMAINS = ['mail.example', 'post.example', 'postfach.example', 'webmail.example'] as const;

/** The domain an organisation's staff write from. */
export function domainOf(organisation: Pick<NewOrganisationRow, 'name' | 'type' | 'city'>): string {
  if (organisation.type === 'cooperation_office') return 'koordinierung.vielfalt-ruhr.example';
  if (organisation.type === 'municipality' && organisation.city) return `stadt-${organisation.city}.example`;
  return organisationDomain(organisation.name);
}

function uniqueEmail(context: SeedContext, localPart: string, domain: string): string {
  context.sequence += 1;
  const base = context.numberEveryEmail ? `${localPart}.${context.sequence}` : localPart;
  let email = `${base}@${domain}`;
  for (let n = 2; context.usedEmails.has(email); n++) email = `${base}${n}@${domain}`;
  context.usedEmails.add(email);
  return email;
}

export function buildOrganisation(
  context: SeedContext,
  overrides: Partial<Insertable<OrganisationsTable>> = {},
): NewOrganisationRow {
  const { random } = context;
  const type = overrides.type ?? 'company';
  const city =
    overrides.city !== undefined ? overrides.city : type === 'cooperation_office' ? null : random.pick(CITIES);
  let name = overrides.name;
  if (name === undefined) {
    name = generateOrganisationName(random, type, city);
    // Different firms rarely share a name; a few more draws almost always find a free one.
    for (let attempt = 0; attempt < 20 && context.usedOrganisationNames.has(name); attempt++) {
      name = generateOrganisationName(random, type, city);
    }
  }
  context.usedOrganisationNames.add(name);
  const createdAt = pastDate(random, 720);
  return {
    id: randomUUID(),
    type,
    city,
    website: `https://www.${domainOf({ name, type, city })}`,
    verified_at: new Date(createdAt.getTime() + days(random.int(1, 14))),
    verified_by: null,
    created_at: createdAt,
    updated_at: createdAt,
    ...overrides,
    name,
  };
}

const STAFF_LOCALES: readonly (readonly [LocaleCode, number])[] = [
  ['de', 90],
  ['en', 6],
  ['tr', 1],
  ['ar', 1],
  ['pl', 1],
  ['uk', 1],
];
const APPLICANT_LOCALES: readonly (readonly [LocaleCode, number])[] = [
  ['de', 70],
  ['en', 8],
  ['tr', 5],
  ['ar', 5],
  ['uk', 5],
  ['ru', 4],
  ['pl', 3],
];

export interface BuildUserOptions {
  /** Staff of this organisation get an address at its domain; applicants a private one. */
  organisation?: Pick<NewOrganisationRow, 'name' | 'type' | 'city'> | null;
  passwordHash: string;
}

export function buildUser(
  context: SeedContext,
  options: BuildUserOptions,
  overrides: Partial<Insertable<UsersTable>> = {},
): NewUserRow {
  const { random } = context;
  const person = generatePersonName(random);
  const isApplicant = !options.organisation;
  const domain = options.organisation ? domainOf(options.organisation) : random.pick(APPLICANT_MAIL_DOMAINS);
  const email = overrides.email ?? uniqueEmail(context, slugify(`${person.firstName}.${person.lastName}`, '.'), domain);
  context.usedEmails.add(email.toLowerCase());
  // Some people prefer the language of their family's first country; most use German either way.
  const locale =
    person.poolLocale && random.chance(isApplicant ? 0.3 : 0.08)
      ? person.poolLocale
      : random.weighted(isApplicant ? APPLICANT_LOCALES : STAFF_LOCALES);
  const createdAt = pastDate(random, 540);
  return {
    id: randomUUID(),
    display_name: person.displayName,
    locale,
    password_hash: options.passwordHash,
    email_verified_at: new Date(createdAt.getTime() + minutes(random.int(1, 600))),
    last_login_at: random.chance(0.7) ? pastDate(random, 60) : null,
    created_at: createdAt,
    updated_at: createdAt,
    ...overrides,
    email,
  };
}

type OrganisationOverrides = Partial<Insertable<OrganisationsTable>>;

/** Inserts an organisation. A municipality without a city takes a city that has none yet. */
export async function createOrganisation(
  db: Kysely<Database>,
  overrides: OrganisationOverrides = {},
): Promise<Organisation> {
  let city = overrides.city;
  if (overrides.type === 'municipality' && city === undefined) {
    const taken = await db.selectFrom('organisations').select('city').where('type', '=', 'municipality').execute();
    const takenCities = new Set(taken.map((row) => row.city));
    city = CITIES.find((candidate) => !takenCities.has(candidate));
    if (!city) throw new Error('createOrganisation: every city already has its municipality');
  }
  const row = buildOrganisation(factoryContext, city === undefined ? overrides : { ...overrides, city });
  return db.insertInto('organisations').values(row).returningAll().executeTakeFirstOrThrow();
}

export interface UserOverrides extends Partial<Insertable<UsersTable>> {
  /** Hashed on the spot (slow); without it the shared demo password hash is used. */
  password?: string;
  /** An existing organisation (by id), or overrides for a new one created on demand. */
  organisation?: Pick<Organisation, 'id'> | OrganisationOverrides;
  /** Creates a new organisation of this type for the user. */
  organisationType?: OrganisationType;
  /** Role in the organisation: defaults to admin in a new organisation, member in an existing one. */
  role?: MembershipRole;
}

export type CreatedUser = User & { organisation: Organisation | null; membership: Membership | null };

type ParentChoice = Pick<UserOverrides, 'organisation' | 'organisationType' | 'role'>;

async function resolveOrganisation(
  db: Kysely<Database>,
  overrides: ParentChoice,
): Promise<{ organisation: Organisation; isNew: boolean } | null> {
  const wanted = overrides.organisation;
  if (wanted && 'id' in wanted && typeof wanted.id === 'string') {
    const existing = await db.selectFrom('organisations').selectAll().where('id', '=', wanted.id).executeTakeFirst();
    if (existing) return { organisation: existing, isNew: false };
  }
  if (!wanted && !overrides.organisationType && !overrides.role) return null;
  const organisationOverrides: OrganisationOverrides = { ...wanted };
  if (overrides.organisationType) organisationOverrides.type = overrides.organisationType;
  return { organisation: await createOrganisation(db, organisationOverrides), isNew: true };
}

/**
 * Inserts a user with a verified e-mail address and German as language (override email_verified_at: null for an
 * unverified one). With organisation, organisationType or role the user also joins an
 * organisation, which is created on demand.
 */
export async function createUser(db: Kysely<Database>, overrides: UserOverrides = {}): Promise<CreatedUser> {
  const { password, organisation, organisationType, role, ...columns } = overrides;
  const parent = await resolveOrganisation(db, { organisation, organisationType, role });
  const passwordHash =
    columns.password_hash ?? (password === undefined ? await getDemoPasswordHash() : await hashPassword(password));
  // Tests read mails and pages in German unless they ask for another language; the demo data varies languages itself.
  const row = buildUser(
    factoryContext,
    { organisation: parent?.organisation ?? null, passwordHash },
    { locale: 'de', ...columns },
  );
  const user = await db.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow();
  if (!parent) return { ...user, organisation: null, membership: null };
  const membership = await db
    .insertInto('memberships')
    .values({
      user_id: user.id,
      organisation_id: parent.organisation.id,
      role: role ?? (parent.isNew ? 'admin' : 'member'),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ...user, organisation: parent.organisation, membership };
}

export interface MembershipOverrides {
  user?: Pick<User, 'id'>;
  organisation?: Pick<Organisation, 'id'>;
  organisationType?: OrganisationType;
  role?: MembershipRole;
}

/** Inserts a membership, creating the user (without one) and the organisation when not given. */
export async function createMembership(db: Kysely<Database>, overrides: MembershipOverrides = {}): Promise<Membership> {
  const organisation =
    overrides.organisation ??
    (await createOrganisation(db, overrides.organisationType ? { type: overrides.organisationType } : {}));
  const user = overrides.user ?? (await createUser(db));
  return db
    .insertInto('memberships')
    .values({ user_id: user.id, organisation_id: organisation.id, role: overrides.role ?? 'member' })
    .returningAll()
    .executeTakeFirstOrThrow();
}
