import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '../../modules/matching/tables.js';
import { CITIES, isOccupationId } from '../../region/index.js';
import { detectContactData, nameParts } from '../../modules/matching/shared/contact-data.js';
import { LANGUAGE_CODES } from '../../modules/matching/applications/languages.js';
import { REVEALED_STATUSES } from '../../modules/matching/applications/statuses.js';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { FIXED_ORGANISATIONS } from '../demo-accounts.js';
import { generateDemoData } from '../demo.js';
import { FIXED_LARGE_COMPANY, FIXED_MENTOR } from './fixed.js';
import { REVEAL_AUDIT_ACTION } from './build-applications.js';

// The checks at scale 1 only read: they share one demo, seeded by the first that needs it.
const test = useTestPlatform({ resetBeforeEach: false });
let seeded: ReturnType<typeof generateDemoData> | undefined;
const demo = () => (seeded ??= generateDemoData(test.db, { scale: 1 }));
const FIXED_COMPANY = FIXED_ORGANISATIONS.find((organisation) => organisation.key === 'company')?.name ?? '';

async function count(
  table:
    | 'positions'
    | 'applicant_profiles'
    | 'applicant_identities'
    | 'applications'
    | 'application_messages'
    | 'mentorships',
): Promise<number> {
  const row = await test.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('matching demo data at scale 1', () => {
  it('meets the minimums of the issue across all seven cities, with applications in every status and mentorships', async () => {
    const summary = await demo();
    expect(await count('positions')).toBeGreaterThanOrEqual(300);
    expect(await count('applicant_profiles')).toBeGreaterThanOrEqual(800);
    expect(await count('applicant_identities')).toBe(await count('applicant_profiles'));
    expect(summary.matching.positions).toBe(await count('positions'));

    const positionCities = await test.db
      .selectFrom('positions')
      .select('city')
      .distinct()
      .where('status', '=', 'published')
      .execute();
    expect(positionCities.map((row) => row.city).sort()).toEqual([...CITIES].sort());
    const profileCities = await test.db
      .selectFrom('applicant_profiles')
      .innerJoin('postcode_areas', 'postcode_areas.postcode', 'applicant_profiles.postcode')
      .select('postcode_areas.city')
      .distinct()
      .execute();
    expect(profileCities.map((row) => row.city).sort()).toEqual([...CITIES].sort());

    const statuses = await test.db
      .selectFrom('applications')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute();
    const byStatus = Object.fromEntries(statuses.map((row) => [row.status, Number(row.n)]));
    for (const status of APPLICATION_STATUSES) expect(byStatus[status] ?? 0, status).toBeGreaterThan(0);
    expect(summary.matching.applications).toEqual(
      Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, byStatus[status] ?? 0])),
    );
    expect(await count('application_messages')).toBeGreaterThan(100);

    const mentorships = await test.db
      .selectFrom('mentorships')
      .innerJoin('mentorship_offers', 'mentorship_offers.id', 'mentorships.offer_id')
      .select(['mentorships.status', 'mentorship_offers.audience', 'mentorship_offers.mentor_kind'])
      .execute();
    expect(mentorships.length).toBeGreaterThanOrEqual(30);
    expect(new Set(mentorships.map((row) => row.status))).toEqual(new Set(['active', 'ended']));
    expect(new Set(mentorships.map((row) => row.mentor_kind))).toEqual(
      new Set(['volunteer', 'company_staff', 'company']),
    );
    const sessions = await test.db.selectFrom('mentorship_sessions').select('id').execute();
    expect(sessions.length).toBeGreaterThan(mentorships.length);
  });

  it('gives profiles realistic language mixes, occupations from the list and foreign certificates with their recognition', async () => {
    await demo();
    const profiles = await test.db
      .selectFrom('applicant_profiles')
      .select(['languages', 'interests', 'certificate', 'foreign_certificate', 'recognition_status', 'potentials'])
      .execute();
    const spoken = new Set(profiles.flatMap((profile) => profile.languages.map((skill) => skill.code)));
    for (const code of ['de', 'tr', 'ar', 'ku', 'pl', 'ru', 'uk', 'el', 'it', 'ro', 'bg', 'fa', 'en'])
      expect(spoken.has(code), code).toBe(true);
    for (const code of spoken) expect((LANGUAGE_CODES as readonly string[]).includes(code), code).toBe(true);
    // Bilingual: German and another language at B2 or better.
    const strong = (level: string) => ['B2', 'C1', 'C2'].includes(level);
    const bilingual = profiles.filter(
      (profile) =>
        profile.languages.some((skill) => skill.code === 'de' && strong(skill.level)) &&
        profile.languages.some((skill) => skill.code !== 'de' && skill.code !== 'en' && strong(skill.level)),
    );
    expect(bilingual.length / profiles.length).toBeGreaterThan(0.4);
    for (const profile of profiles) {
      expect(profile.interests.length).toBeGreaterThan(0);
      for (const interest of profile.interests) expect(isOccupationId(interest), interest).toBe(true);
      expect(profile.foreign_certificate === null).toBe(profile.recognition_status === null);
      expect(typeof profile.potentials.strengths).toBe('string');
    }
    const recognition = new Set(profiles.map((profile) => profile.recognition_status).filter(Boolean));
    expect(recognition).toEqual(new Set(['recognised', 'partially_recognised', 'in_progress', 'not_started']));
    const positions = await test.db
      .selectFrom('positions')
      .select(['occupation_id', 'deadline', 'status', 'starts_on'])
      .execute();
    for (const position of positions) expect(isOccupationId(position.occupation_id), position.occupation_id).toBe(true);
    const today = new Date(new Date().toISOString().slice(0, 10)).getTime();
    for (const position of positions.filter((row) => row.status === 'published')) {
      expect(new Date(position.deadline).getTime()).toBeGreaterThanOrEqual(today);
      expect(new Date(position.starts_on).getTime()).toBeGreaterThan(new Date(position.deadline).getTime());
    }
  });

  it('keeps every application consistent with its history: revealed ones have consent, every consent is audited', async () => {
    await demo();
    const applications = await test.db.selectFrom('applications').selectAll().execute();
    const changes = await test.db
      .selectFrom('application_status_changes')
      .select(['application_id', 'from_status', 'to_status', 'at', 'actor'])
      .orderBy('id')
      .execute();
    const audits = await test.db
      .selectFrom('audit_log')
      .select('subject_id')
      .where('action', '=', REVEAL_AUDIT_ACTION)
      .execute();
    const audited = new Set(audits.map((row) => row.subject_id));
    const history = new Map<string, typeof changes>();
    for (const change of changes)
      history.set(change.application_id, [...(history.get(change.application_id) ?? []), change]);
    for (const application of applications) {
      if (REVEALED_STATUSES.includes(application.status))
        expect(application.consent_at, application.status).not.toBeNull();
      if (application.consent_at) expect(audited.has(application.id)).toBe(true);
      if (application.status === 'withdrawn') expect(application.withdrawn_at).not.toBeNull();
      const steps = history.get(application.id) ?? [];
      expect(steps[0]?.to_status).toBe('submitted');
      expect(steps[steps.length - 1]?.to_status).toBe(application.status);
      for (let i = 1; i < steps.length; i++) {
        expect(steps[i]?.from_status).toBe(steps[i - 1]?.to_status);
        expect(steps[i]?.at.getTime()).toBeGreaterThanOrEqual(steps[i - 1]?.at.getTime() ?? 0);
      }
      if (steps.some((step) => step.to_status === 'identity_revealed'))
        expect(steps.find((step) => step.to_status === 'identity_revealed')?.actor).toBe('applicant');
    }
    // One active application per position and profile; closed positions hold only finished procedures.
    const closed = await sql<{ status: string }>`
      select a.status from applications a join positions p on p.id = a.position_id where p.status = 'closed'`.execute(
      test.db,
    );
    expect(closed.rows.length).toBeGreaterThan(0);
    for (const row of closed.rows) expect(['contract', 'declined', 'withdrawn']).toContain(row.status);
    const drafts = await sql<{
      n: number;
    }>`select count(*)::int as n from applications a join positions p on p.id = a.position_id where p.status = 'draft'`.execute(
      test.db,
    );
    expect(drafts.rows[0]?.n).toBe(0);
  });

  it('stores identities apart: no identity value appears in a profile, an application or a visible message', async () => {
    await demo();
    const rows = await test.db
      .selectFrom('applicant_profiles as p')
      .innerJoin('applicant_identities as i', 'i.profile_id', 'p.id')
      .select([
        'p.id',
        'p.pseudonym',
        'p.interests',
        'p.certificate',
        'p.foreign_certificate',
        'p.languages',
        'p.potentials',
        'p.postcode',
        'p.preferred_cities',
        'i.full_name',
        'i.birth_date',
        'i.contact_email',
      ])
      .execute();
    const applications = await test.db
      .selectFrom('applications')
      .select(['profile_id', 'pseudonym', 'qualifications'])
      .execute();
    const messages = await test.db
      .selectFrom('application_messages as m')
      .innerJoin('applications as a', 'a.id', 'm.application_id')
      .select(['a.profile_id', 'm.sender', 'm.body', 'm.held_back'])
      .execute();
    const applicationsOf = new Map<string, string[]>();
    for (const application of applications)
      if (application.profile_id)
        applicationsOf.set(application.profile_id, [
          ...(applicationsOf.get(application.profile_id) ?? []),
          JSON.stringify(application),
        ]);
    const messagesOf = new Map<string, { sender: string; body: string }[]>();
    for (const message of messages)
      if (message.profile_id && !message.held_back)
        messagesOf.set(message.profile_id, [...(messagesOf.get(message.profile_id) ?? []), message]);

    for (const row of rows) {
      const { full_name: fullName, birth_date: birthDate, contact_email: email, ...profile } = row;
      const identityValues = [fullName, email ?? '', ...nameParts(fullName).filter((part) => part.length >= 5)];
      if (birthDate) {
        const day = new Date(birthDate);
        const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
        identityValues.push(iso, `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`);
      }
      const texts = [
        JSON.stringify(profile).toLowerCase(),
        ...(applicationsOf.get(row.id) ?? []).map((text) => text.toLowerCase()),
        ...(messagesOf.get(row.id) ?? []).map((message) => message.body.toLowerCase()),
      ];
      // As words: the surname Schulz is not in "Schulzeit".
      for (const value of identityValues) {
        const word = new RegExp(
          `(?<![\\p{L}\\p{N}])${value.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
          'u',
        );
        for (const text of texts) expect(word.test(text), `${value} in ${text.slice(0, 80)}`).toBe(false);
      }
      expect(profile.pseudonym).toMatch(/^Talent-\d{4,}$/);
      // As the platform checks them: the applicant's own words also against their name; a company's words
      // (which may name the occupation, such as "Koch" for an applicant called Koch) for contact data only.
      for (const message of messagesOf.get(row.id) ?? [])
        expect(
          detectContactData(message.body, { names: message.sender === 'applicant' ? nameParts(fullName) : [] }),
          message.body,
        ).toEqual([]);
    }
    const heldBack = messages.filter((message) => message.held_back);
    expect(heldBack.length).toBeGreaterThan(0);
    for (const message of heldBack) expect(detectContactData(message.body)).toContain('email');
    // No photos anywhere, and no nationality is kept for the demo's applicants (data minimisation).
    const nationalities = await test.db
      .selectFrom('applicant_identities')
      .select('nationality')
      .where('nationality', 'is not', null)
      .execute();
    expect(nationalities).toEqual([]);
  });

  it('uses only .example addresses and websites, also for the companies and people it adds', async () => {
    await demo();
    const users = await test.db.selectFrom('users').select('email').execute();
    for (const { email } of users) expect(email).toMatch(/^[a-z0-9.-]+@([a-z0-9-]+\.)+example$/);
    const identities = await test.db.selectFrom('applicant_identities').select('contact_email').execute();
    for (const { contact_email: email } of identities) expect(email).toMatch(/^[a-z0-9.-]+@([a-z0-9-]+\.)+example$/);
    const organisations = await test.db.selectFrom('organisations').select('website').execute();
    for (const { website } of organisations) expect(website).toMatch(/^https:\/\/([a-z0-9-]+\.)+example$/);
  });

  it('gives the same data for the same seed and other data for another seed', async () => {
    // Dates are relative to the moment of generation, so the comparison leaves timestamps out.
    const snapshot = async () => ({
      positions: await test.db
        .selectFrom('positions as p')
        .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
        .select(['p.id', 'o.name', 'p.title', 'p.kind', 'p.status', 'p.languages', 'p.description'])
        .orderBy('p.id')
        .execute(),
      profiles: await test.db
        .selectFrom('applicant_profiles')
        .select(['id', 'pseudonym', 'interests', 'languages', 'potentials', 'postcode', 'certificate'])
        .orderBy('id')
        .execute(),
      identities: await test.db
        .selectFrom('applicant_identities')
        .select(['profile_id', 'full_name', 'contact_email'])
        .orderBy('profile_id')
        .execute(),
      applications: await test.db
        .selectFrom('applications')
        .select(['id', 'pseudonym', 'status', 'profile_id', 'position_id', 'qualifications'])
        .orderBy('id')
        .execute(),
      messages: await test.db
        .selectFrom('application_messages')
        .select(['id', 'body', 'held_back'])
        .orderBy('id')
        .execute(),
      mentorships: await test.db
        .selectFrom('mentorships')
        .select(['id', 'offer_id', 'request_id', 'status'])
        .orderBy('id')
        .execute(),
    });
    // Three demos of their own: the shared one is seeded again by the next check that needs it.
    await test.reset();
    seeded = undefined;
    await generateDemoData(test.db, { scale: 1, seed: 'matching-seed-a' });
    const first = await snapshot();
    await test.reset();
    await generateDemoData(test.db, { scale: 1, seed: 'matching-seed-a' });
    const again = await snapshot();
    await test.reset();
    await generateDemoData(test.db, { scale: 1, seed: 'matching-seed-b' });
    const other = await snapshot();
    await test.reset();
    expect(first.positions.length).toBeGreaterThanOrEqual(300);
    expect(again).toEqual(first);
    expect(other.profiles.map((row) => row.pseudonym)).not.toEqual(first.profiles.map((row) => row.pseudonym));
    expect(other.identities.map((row) => row.full_name)).not.toEqual(first.identities.map((row) => row.full_name));
    expect(other.positions.map((row) => row.title)).not.toEqual(first.positions.map((row) => row.title));
  }, 120_000);

  it('gives the fixed accounts something to try: the company has applications in every status, the applicants and the mentor their own', async () => {
    await demo();
    const companyApplications = await test.db
      .selectFrom('applications as a')
      .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
      .select('a.status')
      .where('o.name', '=', FIXED_COMPANY)
      .execute();
    for (const status of APPLICATION_STATUSES)
      expect(
        companyApplications.some((row) => row.status === status),
        status,
      ).toBe(true);
    const companyPositions = await test.db
      .selectFrom('positions as p')
      .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select('p.status')
      .where('o.name', '=', FIXED_COMPANY)
      .execute();
    expect(new Set(companyPositions.map((row) => row.status))).toEqual(new Set(['draft', 'published', 'closed']));

    const applicantStatuses = async (email: string) =>
      (
        await test.db
          .selectFrom('applications as a')
          .innerJoin('applicant_profiles as p', 'p.id', 'a.profile_id')
          .innerJoin('users as u', 'u.id', 'p.user_id')
          .select('a.status')
          .where('u.email', '=', email)
          .execute()
      ).map((row) => row.status);
    expect(await applicantStatuses('bewerbung@jugend.vielfalt-ruhr.example')).toContain('invited');
    expect(await applicantStatuses('bewerbung-ar@jugend.vielfalt-ruhr.example')).toContain('interview');
    const unconfirmed = await test.db
      .selectFrom('applicant_profiles as p')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .select('p.id')
      .where('u.email', '=', 'unbestaetigt@jugend.vielfalt-ruhr.example')
      .execute();
    expect(unconfirmed).toEqual([]);

    const mentorOf = async (email: string) =>
      test.db
        .selectFrom('mentorships as m')
        .innerJoin('mentorship_offers as o', 'o.id', 'm.offer_id')
        .innerJoin('users as u', 'u.id', 'o.mentor_user_id')
        .select(['m.status', 'o.audience'])
        .where('u.email', '=', email)
        .execute();
    expect((await mentorOf(FIXED_MENTOR.email)).length).toBeGreaterThan(0);
    expect((await mentorOf(FIXED_LARGE_COMPANY.admin.email)).some((row) => row.audience === 'company')).toBe(true);
  });
});
