import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../core/auth/passwords.js';
import { CITIES, RUHR_CITIES } from '../region/index.js';
import { resetTestDatabase } from '../../tests/setup/test-db.js';
import { TestClient, useTestPlatform } from '../../tests/setup/test-platform.js';
import { FIXED_ACCOUNTS, FIXED_ORGANISATIONS, PLATFORM_ADMIN_EMAIL } from './demo-accounts.js';
import { generateDemoData, loadDemoDataIfEmpty } from './demo.js';
import { createMembership, createOrganisation, createUser, DEMO_PASSWORD } from './factories.js';
import { createRandom } from './random.js';

const test = useTestPlatform();

async function snapshot(): Promise<{ organisations: string[]; emails: string[] }> {
  const organisations = await test.db.selectFrom('organisations').select('name').orderBy('name').execute();
  const users = await test.db.selectFrom('users').select('email').orderBy('email').execute();
  return { organisations: organisations.map((row) => row.name), emails: users.map((row) => row.email) };
}

async function resetAndGenerate(seed: string): Promise<{ organisations: string[]; emails: string[] }> {
  // Truncated, not deleted row by row: the matching demo's mentorships reach users on several cascade paths.
  await resetTestDatabase(test.platform.database);
  await generateDemoData(test.db, { scale: 1, seed });
  return snapshot();
}

describe('seeded random', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const draw = (seed: string): string[] => {
      const random = createRandom(seed);
      return [
        String(random.int(1, 1_000_000)),
        random.pick(['a', 'b', 'c', 'd']),
        random.shuffle([1, 2, 3, 4, 5, 6, 7, 8]).join(''),
      ];
    };
    expect(draw('ruhr')).toEqual(draw('ruhr'));
    expect(draw('ruhr')).not.toEqual(draw('emscher'));
  });
});

describe('demo data', () => {
  it('gives the same organisations and addresses for the same seed, and others for another seed', async () => {
    const first = await resetAndGenerate('seed-a');
    const again = await resetAndGenerate('seed-a');
    const other = await resetAndGenerate('seed-b');
    expect(again).toEqual(first);
    expect(other.organisations).not.toEqual(first.organisations);
    expect(other.emails).not.toEqual(first.emails);
    // Three whole demos: longer than the default timeout on a busy machine.
  }, 120_000);

  it('creates the fixed accounts with their roles and organisations at scale 1', async () => {
    const summary = await generateDemoData(test.db, { scale: 1 });
    expect(summary.organisations).toMatchObject({
      municipality: 7,
      cooperation_office: 1,
      company: 12,
      provider: 8,
      school: 5,
    });
    for (const account of FIXED_ACCOUNTS) {
      const row = await test.db
        .selectFrom('users')
        .leftJoin('memberships', 'memberships.user_id', 'users.id')
        .leftJoin('organisations', 'organisations.id', 'memberships.organisation_id')
        .select(['users.email_verified_at', 'memberships.role', 'organisations.name'])
        .where('users.email', '=', account.email)
        .executeTakeFirst();
      const organisation = FIXED_ORGANISATIONS.find((candidate) => candidate.key === account.organisationKey);
      expect(row, account.email).toBeDefined();
      expect(row?.role ?? null, account.email).toBe(account.role);
      expect(row?.name ?? null, account.email).toBe(organisation?.name ?? null);
      expect(row?.email_verified_at !== null, account.email).toBe(account.isEmailVerified);
    }
    const unverified = await test.db
      .selectFrom('organisations')
      .select('name')
      .where('type', '=', 'company')
      .where('verified_at', 'is', null)
      .execute();
    expect(unverified).toHaveLength(2);
  });

  it('has exactly one verified municipality per city', async () => {
    await generateDemoData(test.db, { scale: 1 });
    const municipalities = await test.db
      .selectFrom('organisations')
      .select(['city', 'verified_at'])
      .where('type', '=', 'municipality')
      .execute();
    expect(municipalities.map((row) => row.city).sort()).toEqual([...CITIES].sort());
    expect(municipalities.every((row) => row.verified_at !== null)).toBe(true);
    expect(RUHR_CITIES.map((city) => city.code).sort()).toEqual([...CITIES].sort());
  });

  it('uses only addresses and websites under the reserved .example domain', async () => {
    await generateDemoData(test.db, { scale: 2, seed: 'domains' });
    const users = await test.db.selectFrom('users').select('email').execute();
    const organisations = await test.db.selectFrom('organisations').select('website').execute();
    expect(users.length).toBeGreaterThan(100);
    for (const { email } of users) expect(email).toMatch(/^[a-z0-9.-]+@([a-z0-9-]+\.)+example$/);
    for (const { website } of organisations) expect(website).toMatch(/^https:\/\/([a-z0-9-]+\.)+example$/);
  });

  it('multiplies the generated data with the scale but keeps seven municipalities', async () => {
    const summary = await generateDemoData(test.db, { scale: 3 });
    expect(summary.organisations).toMatchObject({
      municipality: 7,
      cooperation_office: 1,
      company: 2 + 30,
      provider: 1 + 21,
      school: 1 + 12,
    });
    expect(summary.applicants).toBe(3 + 60);
  }, 120_000);

  it('loads the demo only into an empty database', async () => {
    const countUsers = async (): Promise<number> =>
      Number(
        (
          await test.db
            .selectFrom('users')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    await loadDemoDataIfEmpty(test.db, () => undefined);
    const loaded = await countUsers();
    expect(loaded).toBeGreaterThan(FIXED_ACCOUNTS.length);
    await loadDemoDataIfEmpty(test.db, () => undefined);
    expect(await countUsers()).toBe(loaded);
  });

  it('lets a demo account sign in with the development password', async () => {
    await generateDemoData(test.db, { scale: 1 });
    const admin = await test.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', PLATFORM_ADMIN_EMAIL)
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(admin.password_hash, DEMO_PASSWORD)).toBe(true);
    const response = await new TestClient(test.app).postForm('/de/anmelden', {
      email: PLATFORM_ADMIN_EMAIL,
      password: DEMO_PASSWORD,
    });
    expect(response.statusCode).toBe(303);
    const wrong = await new TestClient(test.app).postForm('/de/anmelden', {
      email: PLATFORM_ADMIN_EMAIL,
      password: 'nicht-das-passwort',
    });
    expect(wrong.statusCode).not.toBe(303);
  });
});

describe('factories', () => {
  it('create a verified user and, when asked, its organisation as parent', async () => {
    const applicant = await createUser(test.db);
    expect(applicant.email_verified_at).not.toBeNull();
    expect(applicant.organisation).toBeNull();

    const teacher = await createUser(test.db, { organisationType: 'school' });
    expect(teacher.organisation?.type).toBe('school');
    expect(teacher.membership?.role).toBe('admin');

    const colleague = await createUser(test.db, { organisation: { id: teacher.organisation?.id ?? '' } });
    expect(colleague.membership).toMatchObject({ organisation_id: teacher.organisation?.id, role: 'member' });

    const unverified = await createUser(test.db, { email_verified_at: null, role: 'member' });
    expect(unverified.email_verified_at).toBeNull();
    expect(unverified.organisation?.type).toBe('company');
  });

  it('create a membership with a new user and organisation on demand', async () => {
    const membership = await createMembership(test.db, { organisationType: 'provider', role: 'admin' });
    const organisation = await test.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', membership.organisation_id)
      .executeTakeFirstOrThrow();
    expect(organisation.type).toBe('provider');
    expect(membership.role).toBe('admin');
  });

  it('give each municipality its own city until all seven exist', async () => {
    const cities = [];
    for (let i = 0; i < CITIES.length; i++)
      cities.push((await createOrganisation(test.db, { type: 'municipality' })).city);
    expect(new Set(cities).size).toBe(CITIES.length);
    await expect(createOrganisation(test.db, { type: 'municipality' })).rejects.toThrow(/every city/);
  });
});
