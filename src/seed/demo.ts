import type { FileStorage } from '../core/storage/index.js';
import type { Kysely } from 'kysely';
import { CITIES } from '../region/index.js';
import type { Database, MembershipRole, OrganisationType } from '../core/db/database.js';
import { FIXED_ACCOUNTS, FIXED_ORGANISATIONS, PLATFORM_ADMIN_EMAIL } from './demo-accounts.js';
import {
  buildOrganisation,
  buildUser,
  createSeedContext,
  getDemoPasswordHash,
  type NewOrganisationRow,
  type NewUserRow,
  type SeedContext,
} from './factories.js';
import { generateCatalogueData, type CatalogueDataSummary } from './catalogue/generate.js';
import { generateMatchingData, type MatchingDataSummary } from './matching/generate.js';
import { generateMonitoringData } from './monitoring/generate.js';
import { generateChecklistsData, type ChecklistsDataSummary } from './checklists/generate.js';
import { generateCoursesData } from './courses/generate.js';
import { generateParticipationData, type ParticipationDataSummary } from './participation/generate.js';
import { generatePartnershipsData } from './partnerships/generate.js';
import { generateTrainingData } from './training/generate.js';

/**
 * Demo data: the fixed accounts of docs/demo-accounts.md plus generated, fictional
 * organisations, staff and applicants. Scale 1 is the demo a developer sees after `npm start`;
 * larger scales multiply everything generated (the seven municipalities stay seven) for load tests.
 */
export const DEFAULT_DEMO_SEED = 'vielfalt-ruhr';

/** Generated counts at scale 1, on top of the fixed organisations and accounts. */
const PER_SCALE = { companies: 10, providers: 7, schools: 4, applicants: 20 } as const;
const BATCH_SIZE = 500;

export interface GenerateDemoDataOptions {
  scale?: number;
  seed?: string | number;
  log?: (line: string) => void;
  /** Total catalogue entries instead of the scale's (see src/seed/catalogue/generate.ts). */
  catalogueEntries?: number;
  /** Where the demo's files go (story pictures); without it the demo has no files. */
  storage?: FileStorage;
}

export interface DemoDataSummary {
  organisations: Record<OrganisationType, number>;
  users: number;
  applicants: number;
  memberships: number;
  /** The catalogue, including the fictional associations it adds as actors (not counted above). */
  catalogue: CatalogueDataSummary;
  /** Positions, applicant profiles, applications and mentorships (see src/seed/matching/generate.ts). */
  matching: MatchingDataSummary;
  /** Self-assessments, reviews and certificates (see src/seed/checklists/generate.ts). */
  checklists: ChecklistsDataSummary;
  /** Forums with results, campaigns, stories, the award round (see src/seed/participation/generate.ts). */
  participation: ParticipationDataSummary;
}

interface MembershipRow {
  user_id: string;
  organisation_id: string;
  role: MembershipRole;
}

interface DemoRows {
  organisations: NewOrganisationRow[];
  users: NewUserRow[];
  memberships: MembershipRow[];
}

function addStaff(
  context: SeedContext,
  rows: DemoRows,
  organisation: NewOrganisationRow,
  count: number,
  role: MembershipRole,
  passwordHash: string,
): void {
  for (let i = 0; i < count; i++) {
    const user = buildUser(context, { organisation, passwordHash });
    rows.users.push(user);
    rows.memberships.push({ user_id: user.id, organisation_id: organisation.id, role });
  }
}

/** Builds every row in memory, in a fixed order, so the same seed always gives the same data. */
function buildDemoRows(context: SeedContext, scale: number, passwordHash: string): DemoRows {
  const { random } = context;
  const rows: DemoRows = { organisations: [], users: [], memberships: [] };

  const fixedByKey = new Map<string, NewOrganisationRow>();
  for (const fixed of FIXED_ORGANISATIONS) {
    const row = buildOrganisation(context, {
      name: fixed.name,
      type: fixed.type,
      city: fixed.city,
      ...(fixed.isVerified ? {} : { verified_at: null }),
    });
    fixedByKey.set(fixed.key, row);
    rows.organisations.push(row);
  }
  for (const account of FIXED_ACCOUNTS) {
    const organisation = account.organisationKey ? fixedByKey.get(account.organisationKey) : undefined;
    const user = buildUser(
      context,
      { organisation: organisation ?? null, passwordHash },
      {
        email: account.email,
        display_name: account.displayName,
        locale: account.locale,
        ...(account.isEmailVerified ? {} : { email_verified_at: null, last_login_at: null }),
      },
    );
    rows.users.push(user);
    if (organisation && account.role)
      rows.memberships.push({ user_id: user.id, organisation_id: organisation.id, role: account.role });
  }

  // More staff for the fixed organisations as the scale grows.
  const cooperation = fixedByKey.get('cooperation');
  if (cooperation) addStaff(context, rows, cooperation, scale - 1, 'member', passwordHash);
  for (const city of CITIES) {
    const municipality = fixedByKey.get(`municipality-${city}`);
    if (municipality) addStaff(context, rows, municipality, scale, 'member', passwordHash);
  }

  const generate = (
    type: OrganisationType,
    count: number,
    memberCount: () => number,
    isVerified: (index: number) => boolean,
  ): void => {
    for (let i = 0; i < count; i++) {
      const organisation = buildOrganisation(context, {
        type,
        city: random.pick(CITIES),
        ...(isVerified(i) ? {} : { verified_at: null }),
      });
      rows.organisations.push(organisation);
      addStaff(context, rows, organisation, 1, 'admin', passwordHash);
      addStaff(context, rows, organisation, memberCount(), 'member', passwordHash);
    }
  };
  // One company in ten is still waiting for verification (at scale 1: one, plus the fixed one).
  generate(
    'company',
    PER_SCALE.companies * scale,
    () => (random.chance(0.5) ? random.int(1, 3) : 0),
    (i) => i % 10 !== 5,
  );
  generate(
    'provider',
    PER_SCALE.providers * scale,
    () => random.int(0, 2),
    () => true,
  );
  generate(
    'school',
    PER_SCALE.schools * scale,
    () => random.int(0, 2),
    () => true,
  );

  for (let i = 0; i < PER_SCALE.applicants * scale; i++)
    rows.users.push(buildUser(context, { organisation: null, passwordHash }));
  return rows;
}

async function insertInBatches<T extends object>(
  label: string,
  items: T[],
  insert: (batch: T[]) => Promise<unknown>,
  log: (line: string) => void,
): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH_SIZE) {
    const batch = items.slice(start, start + BATCH_SIZE);
    await insert(batch);
    log(`${label} ${start + batch.length}/${items.length}`);
  }
}

/** Inserts demo data in one transaction and returns what it created. */
export async function generateDemoData(
  db: Kysely<Database>,
  options: GenerateDemoDataOptions = {},
): Promise<DemoDataSummary> {
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a positive integer, got ${String(scale)}`);
  const log = options.log ?? (() => undefined);
  const context = createSeedContext(options.seed ?? DEFAULT_DEMO_SEED);
  const rows = buildDemoRows(context, scale, await getDemoPasswordHash());

  // The cooperation's platform admin verified the organisations (it verifies new ones on the platform, too).
  const platformAdmin = rows.users.find((user) => user.email === PLATFORM_ADMIN_EMAIL);
  for (const organisation of rows.organisations) {
    if (organisation.verified_at && organisation.type !== 'cooperation_office')
      organisation.verified_by = platformAdmin?.id ?? null;
  }

  await db.transaction().execute(async (trx) => {
    await insertInBatches('users', rows.users, (batch) => trx.insertInto('users').values(batch).execute(), log);
    await insertInBatches(
      'organisations',
      rows.organisations,
      (batch) => trx.insertInto('organisations').values(batch).execute(),
      log,
    );
    await insertInBatches(
      'memberships',
      rows.memberships,
      (batch) => trx.insertInto('memberships').values(batch).execute(),
      log,
    );
  });
  const catalogue = await generateCatalogueData(db, {
    scale,
    seed: options.seed ?? DEFAULT_DEMO_SEED,
    log,
    ...(options.catalogueEntries === undefined ? {} : { entries: options.catalogueEntries }),
  });
  const matching = await generateMatchingData(db, { scale, seed: options.seed ?? DEFAULT_DEMO_SEED, log });
  await generateMonitoringData(db, { seed: options.seed ?? DEFAULT_DEMO_SEED });
  const checklists = await generateChecklistsData(db, { scale, seed: options.seed ?? DEFAULT_DEMO_SEED, log });
  await generateCoursesData(db);
  await generateTrainingData(db, { seed: String(options.seed ?? DEFAULT_DEMO_SEED) });
  const participation = await generateParticipationData(db, {
    seed: options.seed ?? DEFAULT_DEMO_SEED,
    log,
    ...(options.storage ? { storage: options.storage } : {}),
  });
  await generatePartnershipsData(db, { seed: options.seed ?? DEFAULT_DEMO_SEED });

  const organisations: Record<OrganisationType, number> = {
    municipality: 0,
    company: 0,
    provider: 0,
    school: 0,
    cooperation_office: 0,
  };
  for (const organisation of rows.organisations) organisations[organisation.type] += 1;
  return {
    organisations,
    users: rows.users.length,
    applicants: rows.users.length - rows.memberships.length,
    memberships: rows.memberships.length,
    catalogue,
    matching,
    checklists,
    participation,
  };
}

/** At `npm start` in development: fills an empty database with the scale-1 demo. */
export async function loadDemoDataIfEmpty(
  db: Kysely<Database>,
  log: (line: string) => void,
  storage?: FileStorage,
): Promise<void> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(row.n) > 0) return;
  log('demo data: empty database, loading fictional demo organisations and accounts (see docs/demo-accounts.md)');
  const summary = await generateDemoData(db, {
    scale: 1,
    seed: DEFAULT_DEMO_SEED,
    log: (line) => log(`demo data: ${line}`),
    ...(storage ? { storage } : {}),
  });
  const entries = Object.values(summary.catalogue.entries).reduce((sum, n) => sum + n, 0);
  log(
    `demo data: loaded ${summary.users} users, ${summary.memberships} memberships, ${entries} catalogue entries, ${summary.matching.positions} positions, ${summary.matching.profiles} applicant profiles; password for every demo account in docs/demo-accounts.md`,
  );
}
