import type { Kysely } from 'kysely';
import { CITIES, OCCUPATIONS } from '../../region/index.js';
import type { ApplicationStatus, PositionKind } from '../../modules/matching/tables.js';
import type { Database } from '../../core/db/database.js';
import { FIXED_ORGANISATIONS, PLATFORM_ADMIN_EMAIL } from '../demo-accounts.js';
import {
  buildOrganisation,
  buildUser,
  createSeedContext,
  getDemoPasswordHash,
  type NewOrganisationRow,
  type NewUserRow,
  type SeedContext,
} from '../factories.js';
import { createRandom } from '../random.js';
import { ApplicationBuilder, STATUS_WEIGHTS } from './build-applications.js';
import { buildMentoring, type Mentee } from './build-mentoring.js';
import { buildPositions, type PositionPin } from './build-positions.js';
import { buildApplicant, PseudonymPool, type Applicant } from './build-profiles.js';
import { newId, type MatchingContext } from './context.js';
import { FIXED_LARGE_COMPANY, FIXED_MENTOR, FIXED_PROFILES } from './fixed.js';
import { insertMatchingRows, type MatchingRows } from './insert.js';
import { BACKGROUNDS } from './pools/backgrounds.js';
import type { PositionOwner, PositionRow, SeedOccupation } from './types.js';
import { tradesNamedIn } from '../data/trades.js';

/**
 * Matching demo data on top of the organisations and accounts of the demo (src/seed/demo.ts):
 * positions of verified companies, applicant profiles with identities stored apart, applications
 * in every status with their history and messages, mentorships, drop-out help and alerts. See
 * the matching section of docs/demo-accounts.md.
 */
export interface GenerateMatchingOptions {
  scale?: number;
  seed?: string | number;
  log?: (line: string) => void;
  /** Dates are relative to this moment (default: now). */
  now?: Date;
}

export interface MatchingDataSummary {
  companies: number;
  positions: number;
  profiles: number;
  applications: Record<ApplicationStatus, number>;
  messages: number;
  mentorships: number;
}

/** Per scale: positions, profiles, the fictional companies added so that many firms publish. */
export const MATCHING_PER_SCALE = {
  positions: 300,
  profiles: 800,
  extraCompanies: 30,
  volunteers: 25,
  staffMentors: 10,
  personRequests: 70,
  dropoutRequests: 6,
} as const;

interface Extras {
  organisations: NewOrganisationRow[];
  users: NewUserRow[];
  memberships: { user_id: string; organisation_id: string; role: 'admin' }[];
}

async function seedContextFor(trx: Kysely<Database>, seed: string): Promise<SeedContext> {
  const context = createSeedContext(`${seed}:matching-people`);
  for (const { name } of await trx.selectFrom('organisations').select('name').execute())
    context.usedOrganisationNames.add(name);
  for (const { email } of await trx.selectFrom('users').select('email').execute())
    context.usedEmails.add(email.toLowerCase());
  return context;
}

/** The fixed large company and volunteer mentor, and fictional companies so that ~40 firms publish. */
function buildExtras(
  context: MatchingContext,
  people: SeedContext,
  passwordHash: string,
  verifiedBy: string | null,
  scale: number,
): Extras {
  const extras: Extras = { organisations: [], users: [], memberships: [] };
  const large = buildOrganisation(people, {
    id: newId(context),
    type: 'company',
    name: FIXED_LARGE_COMPANY.name,
    city: FIXED_LARGE_COMPANY.city,
    verified_by: verifiedBy,
  });
  const largeAdmin = buildUser(
    people,
    { organisation: large, passwordHash },
    {
      id: newId(context),
      email: FIXED_LARGE_COMPANY.admin.email,
      display_name: FIXED_LARGE_COMPANY.admin.displayName,
      locale: FIXED_LARGE_COMPANY.admin.locale,
    },
  );
  extras.organisations.push(large);
  extras.users.push(largeAdmin);
  extras.memberships.push({ user_id: largeAdmin.id, organisation_id: large.id, role: 'admin' });
  extras.users.push(
    buildUser(
      people,
      { organisation: null, passwordHash },
      {
        id: newId(context),
        email: FIXED_MENTOR.email,
        display_name: FIXED_MENTOR.displayName,
        locale: FIXED_MENTOR.locale,
      },
    ),
  );
  for (let i = 0; i < MATCHING_PER_SCALE.extraCompanies * scale; i++) {
    const organisation = buildOrganisation(people, {
      id: newId(context),
      type: 'company',
      city: context.random.pick(CITIES),
      verified_by: verifiedBy,
    });
    const admin = buildUser(people, { organisation, passwordHash }, { id: newId(context) });
    extras.organisations.push(organisation);
    extras.users.push(admin);
    extras.memberships.push({ user_id: admin.id, organisation_id: organisation.id, role: 'admin' });
  }
  return extras;
}

interface Owner extends PositionOwner {
  locale: string;
}

async function loadOwners(trx: Kysely<Database>): Promise<Owner[]> {
  const rows = await trx
    .selectFrom('organisations as o')
    .innerJoin('memberships as m', 'm.organisation_id', 'o.id')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['o.id', 'o.name', 'o.city', 'u.id as admin_id', 'u.locale', 'u.email'])
    .where('o.type', '=', 'company')
    .where('o.verified_at', 'is not', null)
    .where('m.role', '=', 'admin')
    .orderBy('o.name')
    .orderBy('u.email')
    .execute();
  const owners = new Map<string, Owner>();
  for (const row of rows) {
    if (owners.has(row.id)) continue;
    // Every demo company is named after its trade (names.ts); the trade decides what it trains.
    const trades = tradesNamedIn(row.name);
    const trade = trades[0];
    if (!trade || trades.length > 1)
      throw new Error(`company "${row.name}" names ${trades.length} trades; demo companies name exactly one`);
    owners.set(row.id, {
      id: row.id,
      name: row.name,
      city: row.city ?? 'essen',
      adminId: row.admin_id,
      locale: row.locale,
      trade,
    });
  }
  return [...owners.values()];
}

function findOccupation(id: string): SeedOccupation {
  const occupation = OCCUPATIONS.find((candidate) => candidate.id === id);
  if (!occupation) throw new Error(`Unknown occupation ${id}`);
  return occupation;
}

/** The fixed company of docs/demo-accounts.md publishes positions that bilingual applicants fit. */
function fixedCompanyPins(owner: Owner | undefined): PositionPin[] {
  if (!owner) return [];
  const pin = (
    occupationId: string,
    kind: PositionKind,
    status: PositionPin['status'],
    languages: PositionPin['languages'] = [],
  ): PositionPin => ({ owner, status, kind, occupation: findOccupation(occupationId), languages, city: owner.city });
  return [
    pin('mechatroniker', 'apprenticeship', 'published', [
      { code: 'tr', level: 'B2' },
      { code: 'en', level: 'B1' },
    ]),
    pin('elektroniker-betriebstechnik', 'apprenticeship', 'published', [{ code: 'ar', level: 'B1' }]),
    pin('industriemechaniker', 'apprenticeship', 'published'),
    pin('kaufmann-bueromanagement', 'apprenticeship', 'published', [{ code: 'pl', level: 'B1' }]),
    pin('mechatroniker', 'school_internship', 'published'),
    pin('fachinformatiker', 'dual_study', 'published', [{ code: 'en', level: 'B2' }]),
    pin('elektroniker-automatisierungstechnik', 'apprenticeship', 'draft'),
    pin('mechatroniker', 'apprenticeship', 'closed', [{ code: 'tr', level: 'B1' }]),
  ];
}

export async function generateMatchingData(
  db: Kysely<Database>,
  options: GenerateMatchingOptions = {},
): Promise<MatchingDataSummary> {
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a positive integer, got ${String(scale)}`);
  const seed = String(options.seed ?? 'vielfalt-ruhr');
  const log = options.log ?? (() => undefined);
  const context: MatchingContext = {
    random: createRandom(`${seed}:matching`),
    now: (options.now ?? new Date()).getTime(),
  };
  const passwordHash = await getDemoPasswordHash();
  const occupations: readonly SeedOccupation[] = OCCUPATIONS;

  return db.transaction().execute(async (trx) => {
    const people = await seedContextFor(trx, seed);
    const platformAdmin = await trx
      .selectFrom('users')
      .select('id')
      .where('email', '=', PLATFORM_ADMIN_EMAIL)
      .executeTakeFirst();
    const extras = buildExtras(context, people, passwordHash, platformAdmin?.id ?? null, scale);
    await trx.insertInto('users').values(extras.users).execute();
    await trx.insertInto('organisations').values(extras.organisations).execute();
    await trx.insertInto('memberships').values(extras.memberships).execute();
    log(`matching companies ${extras.organisations.length}`);

    const owners = await loadOwners(trx);
    const fixedCompanyName = FIXED_ORGANISATIONS.find((organisation) => organisation.key === 'company')?.name;
    const fixedCompany = owners.find((owner) => owner.name === fixedCompanyName);
    const largeCompany = owners.find((owner) => owner.name === FIXED_LARGE_COMPANY.name);
    const positions = buildPositions(
      context,
      owners,
      MATCHING_PER_SCALE.positions * scale,
      fixedCompanyPins(fixedCompany),
    );

    // Applicants: the fixed demo applicants with a confirmed address, then generated ones.
    const pseudonyms = new PseudonymPool(MATCHING_PER_SCALE.profiles * scale);
    const applicants: Applicant[] = [];
    const fixedEmails = Object.keys(FIXED_PROFILES) as (keyof typeof FIXED_PROFILES)[];
    const fixedUsers = await trx.selectFrom('users').selectAll().where('email', 'in', fixedEmails).execute();
    // In the order of FIXED_PROFILES: the German-speaking applicant first, then the Arabic-speaking one.
    fixedUsers.sort(
      (a, b) =>
        fixedEmails.indexOf(a.email as keyof typeof FIXED_PROFILES) -
        fixedEmails.indexOf(b.email as keyof typeof FIXED_PROFILES),
    );
    for (const user of fixedUsers) {
      const plan = FIXED_PROFILES[user.email as keyof typeof FIXED_PROFILES];
      const background = BACKGROUNDS.find((candidate) => candidate.key === plan.background);
      applicants.push(
        buildApplicant(context, {
          seed: people,
          passwordHash,
          occupations,
          pseudonyms,
          user,
          background,
          interests: [...plan.interests],
          city: plan.city,
        }),
      );
    }
    const newApplicants: NewUserRow[] = [];
    while (applicants.length < MATCHING_PER_SCALE.profiles * scale) {
      const applicant = buildApplicant(context, { seed: people, passwordHash, occupations, pseudonyms });
      applicant.user.id = newId(context);
      applicant.profile.user_id = applicant.user.id;
      newApplicants.push(applicant.user);
      applicants.push(applicant);
    }
    const applications = buildApplications(context, positions, applicants, fixedCompany?.id);

    const coordinators = await trx
      .selectFrom('users as u')
      .innerJoin('memberships as m', 'm.user_id', 'u.id')
      .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
      .select('u.id')
      .where('o.type', '=', 'cooperation_office')
      .orderBy('u.email')
      .execute();
    const mentor = extras.users.find((user) => user.email === FIXED_MENTOR.email);
    const volunteers = [
      mentor?.id ?? '',
      ...Array.from({ length: MATCHING_PER_SCALE.volunteers * scale - 1 }, () => {
        const user = buildUser(people, { organisation: null, passwordHash }, { id: newId(context) });
        newApplicants.push(user);
        return user.id;
      }),
    ].filter(Boolean);
    const others = owners.filter((owner) => owner.id !== fixedCompany?.id && owner.id !== largeCompany?.id);
    const mentees: Mentee[] = context.random.shuffle(applicants.slice(2)).map(toMentee);
    mentees.unshift(...applicants.slice(0, 2).map(toMentee));
    const mentoring = buildMentoring(context, {
      volunteers,
      staffMentors: context.random
        .sample(others, MATCHING_PER_SCALE.staffMentors * scale)
        .map((owner) => ({ userId: owner.adminId, organisationId: owner.id, city: owner.city })),
      mentorCompanies: [...(largeCompany ? [largeCompany] : []), ...context.random.sample(others, 3 * scale)],
      menteeCompanies: [...(fixedCompany ? [fixedCompany] : []), ...context.random.sample(others, 5 * scale)],
      mentees,
      coordinators: coordinators.map((row) => row.id),
      companyAdmins: owners.map((owner) => ({ userId: owner.adminId, organisationId: owner.id, locale: owner.locale })),
      personRequests: MATCHING_PER_SCALE.personRequests * scale,
      dropoutRequests: MATCHING_PER_SCALE.dropoutRequests * scale,
      alertShare: 0.12,
      pinnedPairs: [
        ...(mentor && applicants[1] ? [{ requesterUserId: applicants[1].user.id, mentorUserId: mentor.id }] : []),
        ...(fixedCompany && largeCompany
          ? [{ requesterUserId: fixedCompany.adminId, mentorUserId: largeCompany.adminId }]
          : []),
      ],
    });

    const rows: MatchingRows = {
      users: newApplicants,
      positions,
      profiles: applicants.map((applicant) => applicant.profile),
      identities: applicants.map((applicant) => applicant.identity),
      ...applications,
      mentoring,
    };
    await insertMatchingRows(trx, rows, log);

    const byStatus = Object.fromEntries(STATUS_WEIGHTS.map(([status]) => [status, 0])) as Record<
      ApplicationStatus,
      number
    >;
    for (const application of applications.applications) byStatus[application.status] += 1;
    return {
      companies: owners.length,
      positions: positions.length,
      profiles: applicants.length,
      applications: byStatus,
      messages: applications.messages.length,
      mentorships: mentoring.mentorships.length,
    };
  });
}

function toMentee(applicant: Applicant): Mentee {
  const city = CITIES.find((candidate) => applicant.profile.preferred_cities[0] === candidate) ?? 'essen';
  return {
    userId: applicant.user.id,
    city,
    languages: applicant.profile.languages.map((skill) => skill.code),
    locale: String(applicant.user.locale ?? 'de'),
    interests: applicant.profile.interests,
  };
}

/**
 * Applications: the fixed company's published positions get one in every status, the fixed
 * applicants some to try (one invitation waiting for consent), the rest go to positions that
 * match an applicant's interests. Closed positions only hold finished procedures.
 */
function buildApplications(
  context: MatchingContext,
  positions: readonly PositionRow[],
  applicants: readonly Applicant[],
  fixedCompanyId: string | undefined,
) {
  const { random } = context;
  const builder = new ApplicationBuilder(context);
  const [selin, omar] = applicants;
  const generated = applicants.slice(2);
  const interested = new Map<string, Applicant[]>();
  for (const applicant of generated) {
    for (const interest of applicant.profile.interests)
      interested.set(interest, [...(interested.get(interest) ?? []), applicant]);
  }
  const candidateFor = (position: PositionRow): Applicant => {
    const pool = interested.get(position.occupation_id);
    for (let attempt = 0; attempt < 10; attempt++) {
      const applicant = pool && random.chance(0.85) ? random.pick(pool) : random.pick(generated);
      if (!builder.has(position, applicant)) return applicant;
    }
    return random.pick(generated);
  };

  const fixedPositions = positions.filter((position) => position.organisation_id === fixedCompanyId);
  const fixedPublished = fixedPositions.filter((position) => position.status === 'published');
  const allStatuses: ApplicationStatus[] = [
    'submitted',
    'in_review',
    'invited',
    'identity_revealed',
    'interview',
    'offer',
    'contract',
    'declined',
    'withdrawn',
  ];
  allStatuses.forEach((status, index) => {
    const position = fixedPublished[index % Math.max(1, fixedPublished.length)];
    if (position)
      builder.add({
        position,
        applicant: candidateFor(position),
        status,
        ...(status === 'withdrawn' ? { leftFrom: 'identity_revealed' as const } : {}),
      });
  });
  const published = positions.filter(
    (position) => position.status === 'published' && position.organisation_id !== fixedCompanyId,
  );
  if (selin && fixedPublished[0]) builder.add({ position: fixedPublished[0], applicant: selin, status: 'invited' });
  if (selin && published[0]) builder.add({ position: published[0], applicant: selin, status: 'in_review' });
  if (selin && published[1]) builder.add({ position: published[1], applicant: selin, status: 'submitted' });
  if (omar && published[2]) builder.add({ position: published[2], applicant: omar, status: 'interview' });
  if (omar && fixedPublished[1]) builder.add({ position: fixedPublished[1], applicant: omar, status: 'submitted' });

  for (const position of positions) {
    if (position.status === 'draft') continue;
    const count = random.weighted([
      [0, 22],
      [1, 30],
      [2, 25],
      [3, 13],
      [5, 10],
    ] as const);
    for (let i = 0; i < count; i++) {
      const status: ApplicationStatus =
        position.status === 'closed'
          ? random.weighted([
              ['contract', 30],
              ['declined', 50],
              ['withdrawn', 20],
            ] as const)
          : random.weighted(STATUS_WEIGHTS);
      const row = builder.add({ position, applicant: candidateFor(position), status });
      // When a position closes, the procedures still running end with it.
      if (position.status === 'closed' && status === 'declined' && random.chance(0.5))
        row.closed_reason = 'position_closed';
    }
  }
  return builder.result;
}
