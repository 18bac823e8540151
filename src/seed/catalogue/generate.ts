import type { Kysely } from 'kysely';
import { CITIES } from '../../region/index.js';
import { ENTRY_KINDS, type EntryKind } from '../../modules/catalogue/tables.js';
import type { Database } from '../../core/db/database.js';
import { NAME_STEMS } from '../data/organisations.js';
import { FIXED_ORGANISATIONS, PLATFORM_ADMIN_EMAIL } from '../demo-accounts.js';
import {
  buildOrganisation,
  buildUser,
  createSeedContext,
  domainOf,
  getDemoPasswordHash,
  type NewOrganisationRow,
  type NewUserRow,
} from '../factories.js';
import { shortCityName } from '../names.js';
import { createRandom } from '../random.js';
import { applyStatus, type BuildContext, type CatalogueOwner } from './build-context.js';
import {
  buildCatalogueRows,
  DEMO_COUNTS,
  OwnerPool,
  type CatalogueCounts,
  type PinnedEntry,
} from './build-catalogue.js';
import { insertCatalogueEntries } from './insert.js';
import { EXTRA_ACTOR_PATTERNS } from './pools/actors.js';
import type { CatalogueEntryRow, EventDetails } from './types.js';
import { hours } from '../../core/time/durations.js';

/**
 * Catalogue demo data on top of the organisations of the demo (src/seed/demo.ts): an actor
 * profile for every publishing organisation plus fictional associations and providers, and
 * offers, projects, funding programmes, knowledge and events owned by them. See the catalogue
 * section of docs/demo-accounts.md.
 */
export interface GenerateCatalogueOptions {
  scale?: number;
  seed?: string | number;
  log?: (line: string) => void;
  /** Dates are relative to this moment (default: now). */
  now?: Date;
  /** Total number of entries instead of the scale's (the actor profiles stay one per organisation). */
  entries?: number;
}

export interface CatalogueDataSummary {
  actorOrganisations: number;
  entries: Record<EntryKind, number>;
  translations: number;
  eventRegistrations: number;
}

/** Fictional associations and providers added per scale, so the demo has over 60 actors. */
const EXTRA_ACTORS_PER_SCALE = 40;

interface ActorOrganisations {
  organisations: NewOrganisationRow[];
  users: NewUserRow[];
  memberships: { user_id: string; organisation_id: string; role: 'admin' }[];
}

async function buildExtraActors(trx: Kysely<Database>, seed: string, count: number): Promise<ActorOrganisations> {
  const context = createSeedContext(`${seed}:catalogue-actors`);
  const names = await trx.selectFrom('organisations').select('name').execute();
  for (const { name } of names) context.usedOrganisationNames.add(name);
  const emails = await trx.selectFrom('users').select('email').execute();
  for (const { email } of emails) context.usedEmails.add(email.toLowerCase());
  const admin = await trx.selectFrom('users').select('id').where('email', '=', PLATFORM_ADMIN_EMAIL).executeTakeFirst();
  const passwordHash = await getDemoPasswordHash();
  const result: ActorOrganisations = { organisations: [], users: [], memberships: [] };
  for (let i = 0; i < count; i++) {
    const city = context.random.pick(CITIES);
    const draw = (): string =>
      context.random
        .pick(EXTRA_ACTOR_PATTERNS)
        .replace('{city}', shortCityName(city))
        .replace('{stem}', context.random.pick(NAME_STEMS));
    let name = draw();
    for (let attempt = 0; attempt < 20 && context.usedOrganisationNames.has(name); attempt++) name = draw();
    const organisation = buildOrganisation(context, { type: 'provider', city, name, verified_by: admin?.id ?? null });
    const user = buildUser(context, { organisation, passwordHash });
    result.organisations.push(organisation);
    result.users.push(user);
    result.memberships.push({ user_id: user.id, organisation_id: organisation.id, role: 'admin' });
  }
  return result;
}

async function loadOwners(trx: Kysely<Database>): Promise<CatalogueOwner[]> {
  const organisations = await trx
    .selectFrom('organisations')
    .select(['id', 'name', 'type', 'city', 'website'])
    .where('type', '!=', 'company')
    .where('verified_at', 'is not', null)
    .orderBy('type')
    .orderBy('name')
    .orderBy('created_at')
    .execute();
  const admins = await trx
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['memberships.organisation_id', 'users.id'])
    .where('memberships.role', '=', 'admin')
    .orderBy('users.email')
    .execute();
  const authorOf = new Map<string, string>();
  for (const admin of admins) if (!authorOf.has(admin.organisation_id)) authorOf.set(admin.organisation_id, admin.id);
  return organisations.map((organisation) => ({
    id: organisation.id,
    name: organisation.name,
    type: organisation.type,
    city: organisation.city,
    website: organisation.website,
    domain: domainOf(organisation),
    authorId: authorOf.get(organisation.id) ?? null,
  }));
}

/** The fixed provider and school of docs/demo-accounts.md get entries in every status to try out. */
function pinsForFixedAccounts(owners: readonly CatalogueOwner[]): PinnedEntry[] {
  const byName = (key: string): CatalogueOwner | undefined => {
    const fixed = FIXED_ORGANISATIONS.find((organisation) => organisation.key === key);
    return owners.find((owner) => owner.name === fixed?.name);
  };
  const pins: PinnedEntry[] = [];
  const provider = byName('provider');
  if (provider) {
    for (const status of [
      'draft',
      'in_review',
      'archived',
      'published',
      'published',
      'published',
      'published',
      'published',
    ] as const)
      pins.push({ kind: 'offer', owner: provider, status });
    for (const status of ['published', 'published', 'in_review'] as const)
      pins.push({ kind: 'project', owner: provider, status });
    pins.push({ kind: 'event', owner: provider, status: 'published', when: 'upcoming', isSmall: true });
    pins.push({ kind: 'event', owner: provider, status: 'published', when: 'past' });
    pins.push({ kind: 'knowledge', owner: provider, status: 'published' });
  }
  const school = byName('school');
  if (school) {
    for (const status of ['draft', 'published', 'published'] as const)
      pins.push({ kind: 'offer', owner: school, status });
    pins.push({ kind: 'project', owner: school, status: 'published' });
    pins.push({ kind: 'event', owner: school, status: 'published', when: 'upcoming', isSmall: true });
  }
  return pins;
}

function countsFor(scale: number, entries: number | undefined, actorCount: number): CatalogueCounts {
  const scaled: CatalogueCounts = {
    offers: DEMO_COUNTS.offers * scale,
    projects: DEMO_COUNTS.projects * scale,
    funding: DEMO_COUNTS.funding * scale,
    knowledge: DEMO_COUNTS.knowledge * scale,
    events: DEMO_COUNTS.events * scale,
  };
  if (entries === undefined) return scaled;
  const perScale =
    DEMO_COUNTS.offers + DEMO_COUNTS.projects + DEMO_COUNTS.funding + DEMO_COUNTS.knowledge + DEMO_COUNTS.events;
  const rest = Math.max(0, entries - actorCount);
  const share = (n: number): number => Math.floor((rest * n) / perScale);
  const counts = {
    offers: 0,
    projects: share(DEMO_COUNTS.projects),
    funding: share(DEMO_COUNTS.funding),
    knowledge: share(DEMO_COUNTS.knowledge),
    events: share(DEMO_COUNTS.events),
  };
  counts.offers = rest - counts.projects - counts.funding - counts.knowledge - counts.events;
  return counts;
}

/**
 * Registers generated applicants for the fixed accounts' small upcoming events: the provider's
 * is full with one person waiting, the school's has one place left — so the next registration
 * takes the last place and the one after lands on the waiting list.
 */
async function fillSmallEvents(
  trx: Kysely<Database>,
  rows: readonly CatalogueEntryRow[],
  pins: readonly PinnedEntry[],
): Promise<number> {
  const smallPins = pins.filter((pin) => pin.kind === 'event' && pin.isSmall);
  if (smallPins.length === 0) return 0;
  const applicants = await trx
    .selectFrom('users')
    .leftJoin('memberships', 'memberships.user_id', 'users.id')
    .select(['users.id'])
    .where('memberships.user_id', 'is', null)
    .where('users.email', 'not like', '%@jugend.vielfalt-ruhr.example')
    .where('users.email_verified_at', 'is not', null)
    .orderBy('users.email')
    .limit(20)
    .execute();
  const registrations: {
    entry_id: string;
    user_id: string;
    status: 'registered' | 'waitlisted';
    created_at: Date;
    updated_at: Date;
  }[] = [];
  let next = 0;
  smallPins.forEach((pin, index) => {
    const event = rows.find(
      (row) =>
        row.kind === 'event' &&
        row.organisation_id === pin.owner.id &&
        (row.details as EventDetails).capacity <= 5 &&
        row.starts_at &&
        row.published_at,
    );
    if (!event?.published_at) return;
    const capacity = (event.details as EventDetails).capacity;
    const registered = index === 0 ? capacity : capacity - 1;
    const waitlisted = index === 0 ? 1 : 0;
    for (let i = 0; i < registered + waitlisted; i++) {
      const applicant = applicants[next++];
      if (!applicant) return;
      const at = new Date(event.published_at.getTime() + hours(i + 1));
      registrations.push({
        entry_id: event.id,
        user_id: applicant.id,
        status: i < registered ? 'registered' : 'waitlisted',
        created_at: at,
        updated_at: at,
      });
    }
  });
  if (registrations.length > 0) await trx.insertInto('event_registrations').values(registrations).execute();
  return registrations.length;
}

export async function generateCatalogueData(
  db: Kysely<Database>,
  options: GenerateCatalogueOptions = {},
): Promise<CatalogueDataSummary> {
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a positive integer, got ${String(scale)}`);
  const seed = String(options.seed ?? 'vielfalt-ruhr');
  const log = options.log ?? (() => undefined);
  const context: BuildContext = {
    random: createRandom(`${seed}:catalogue`),
    now: (options.now ?? new Date()).getTime(),
  };

  return db.transaction().execute(async (trx) => {
    const extra = await buildExtraActors(trx, seed, EXTRA_ACTORS_PER_SCALE * scale);
    for (let start = 0; start < extra.organisations.length; start += 1000) {
      await trx
        .insertInto('users')
        .values(extra.users.slice(start, start + 1000))
        .execute();
      await trx
        .insertInto('organisations')
        .values(extra.organisations.slice(start, start + 1000))
        .execute();
      await trx
        .insertInto('memberships')
        .values(extra.memberships.slice(start, start + 1000))
        .execute();
    }
    log(`catalogue actor organisations ${extra.organisations.length}`);

    const owners = await loadOwners(trx);
    const pins = pinsForFixedAccounts(owners);
    const counts = countsFor(scale, options.entries, owners.length);
    const rows = buildCatalogueRows(context, new OwnerPool(owners), {
      counts,
      pins,
      withOverlapGroups: true,
      translationChance: 0.5,
    });
    // The newest association still waits for the office's review of its profile.
    const newest = extra.organisations[extra.organisations.length - 1];
    const newestProfile = rows.find((row) => row.kind === 'actor' && row.organisation_id === newest?.id);
    if (newestProfile) applyStatus(context, newestProfile, 'in_review');

    const inserted = await insertCatalogueEntries(trx, rows, log);
    const eventRegistrations = await fillSmallEvents(trx, rows, pins);

    const entries = Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, 0])) as Record<EntryKind, number>;
    for (const row of rows) entries[row.kind] += 1;
    return { actorOrganisations: owners.length, entries, translations: inserted.translations, eventRegistrations };
  });
}
