import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { getTestDatabase, resetTestDatabase } from '../../../../tests/setup/test-db.js';
import { rankCandidates, type CandidateTarget } from './rank-candidates.js';
import { rankPositions } from './rank-positions.js';
import { scanCandidates, scanPositions } from './reference-scan.js';
import {
  analyseMatchingTables,
  generatePositions,
  generateProfiles,
  insertSyntheticCompany,
  insertSyntheticPositions,
  insertSyntheticProfiles,
  seededRandom,
  type SyntheticPosition,
  type SyntheticProfile,
} from './synthetic.js';

const PROFILES = generateProfiles(600, 11);
const POSITIONS = generatePositions(120, 12);

function target(position: SyntheticPosition): CandidateTarget {
  return {
    occupationId: position.occupation_id,
    requiredCertificate: position.required_certificate,
    languages: position.languages,
    city: position.city,
    postcode: position.postcode,
    startsOn: position.starts_on,
  };
}
function seeker(profile: SyntheticProfile) {
  return {
    interests: profile.interests,
    certificate: profile.certificate,
    languageRanks: profile.language_ranks,
    postcode: profile.postcode,
    travelKm: profile.travel_km,
    availableFrom: profile.available_from,
    preferredCities: profile.preferred_cities,
  };
}

/** Every ranking the platform can produce for this data: candidates for each position, positions for each profile. */
async function allRankings(db: Kysely<Database>): Promise<{ candidates: string[][]; positions: string[][] }> {
  const candidates: string[][] = [];
  for (const position of POSITIONS)
    candidates.push(
      (await rankCandidates(db, { target: target(position), limit: 30 })).map((r) => `${r.profileId}:${r.total}`),
    );
  const positions: string[][] = [];
  for (const profile of PROFILES)
    positions.push((await rankPositions(db, { seeker: seeker(profile) })).map((r) => `${r.positionId}:${r.total}`));
  return { candidates, positions };
}

describe('ranking', () => {
  let db: Kysely<Database>;
  let distances: Map<string, number>;
  const km = (a: string, b: string) => distances.get(`${a}>${b}`) ?? Number.NaN;

  beforeAll(async () => {
    const handle = await getTestDatabase();
    db = handle.db;
    await resetTestDatabase(handle);
    await insertSyntheticProfiles(db, PROFILES);
    await insertSyntheticPositions(db, POSITIONS, await insertSyntheticCompany(db));
    await analyseMatchingTables(db);
    const rows = await db.selectFrom('postcode_distances').selectAll().execute();
    distances = new Map(rows.map((row) => [`${row.from_postcode}>${row.to_postcode}`, row.km]));
  });

  it('ranks candidates exactly like the JavaScript reference, with a score per criterion', async () => {
    let nonEmpty = 0;
    for (const position of POSITIONS.slice(0, 40)) {
      const fromDb = await rankCandidates(db, { target: target(position) });
      const reference = scanCandidates(position, PROFILES, km);
      expect(fromDb.map(({ pseudonym: _p, nearKm: _n, ...rest }) => rest)).toEqual(reference);
      if (fromDb.length > 0) nonEmpty += 1;
      for (const result of fromDb) {
        for (const score of Object.values(result.scores)) expect(score).toBeGreaterThanOrEqual(0);
        for (const score of Object.values(result.scores)) expect(score).toBeLessThanOrEqual(1);
      }
    }
    expect(nonEmpty).toBeGreaterThan(30);
  });

  it('ranks positions for a profile exactly like the JavaScript reference', async () => {
    let nonEmpty = 0;
    for (const profile of PROFILES.slice(0, 80)) {
      const fromDb = await rankPositions(db, { seeker: seeker(profile) });
      expect(fromDb).toEqual(scanPositions(profile, POSITIONS, km));
      if (fromDb.length > 0) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThan(40);
  });

  it("respects the travel radius: every candidate lives within it or prefers the position's city", async () => {
    const byId = new Map(PROFILES.map((p) => [p.id, p]));
    for (const position of POSITIONS.slice(0, 20)) {
      for (const result of await rankCandidates(db, { target: target(position) })) {
        const profile = byId.get(result.profileId);
        expect(profile?.is_active).toBe(true);
        expect(result.km <= (profile?.travel_km ?? -1) || profile?.preferred_cities.includes(position.city)).toBe(true);
      }
    }
  });

  it('applies the company search filters: languages at their level, certificate, radius around a postcode', async () => {
    const position = POSITIONS[0] as SyntheticPosition;
    const results = await rankCandidates(db, {
      target: { ...target(position), occupationId: position.occupation_id },
      filters: {
        languages: [{ code: 'de', level: 'B2' }],
        minCertificate: 'msa',
        near: { postcode: '45127', radiusKm: 20 },
      },
      limit: 200,
    });
    const byId = new Map(PROFILES.map((p) => [p.id, p]));
    for (const result of results) {
      const profile = byId.get(result.profileId) as SyntheticProfile;
      expect(profile.language_ranks.de ?? 0).toBeGreaterThanOrEqual(4);
      expect(['msa', 'fachhochschulreife', 'abitur']).toContain(profile.certificate);
      expect(result.nearKm).toBe(km('45127', profile.postcode));
      expect(result.nearKm).toBeLessThanOrEqual(20);
    }
    const all = await rankCandidates(db, { target: target(position), limit: 200 });
    expect(results.length).toBeLessThan(all.length);
  });

  it('reaches across city borders: a radius around 45127 Essen takes in Bottrop, Gelsenkirchen and no Dortmund', async () => {
    const reached = new Set<string>();
    for (const position of POSITIONS.slice(0, 30)) {
      const results = await rankCandidates(db, {
        target: target(position),
        filters: { near: { postcode: '45127', radiusKm: 20 } },
        limit: 200,
      });
      for (const result of results) reached.add(PROFILES.find((p) => p.id === result.profileId)?.postcode ?? '');
    }
    const inRadius = [...reached].filter((postcode) => km('45127', postcode) <= 20);
    expect(inRadius).toEqual([...reached]);
    expect([...reached].some((postcode) => postcode.startsWith('462'))).toBe(true); // Bottrop 46236–46244
    expect([...reached].some((postcode) => postcode.startsWith('458'))).toBe(true); // Gelsenkirchen
    expect([...reached].some((postcode) => postcode.startsWith('441'))).toBe(false); // Dortmund centre
  });

  it('never reads identities: no ranking query selects from or joins applicant_identities', () => {
    for (const file of ['rank-candidates.ts', 'rank-positions.ts', 'sql-scores.ts']) {
      const code = readFileSync(new URL(file, import.meta.url), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(code).not.toMatch(/applicant_identities|full_name|birth_date|nationality|gender|migration_history/);
    }
  });

  it('fairness: changing only protected attributes of every profile changes no ranking at all', async () => {
    const before = await allRankings(db);
    expect(before.candidates.flat().length).toBeGreaterThan(200);
    // Change every protected attribute of every profile: name, birth date (age), gender,
    // nationality, self-declared migration history, address, phone, e-mail, and the account's
    // display name and e-mail.
    const random = seededRandom(99);
    const identities = await db.selectFrom('applicant_identities').select('profile_id').execute();
    for (const { profile_id } of identities) {
      await db
        .updateTable('applicant_identities')
        .set({
          full_name: `Changed ${Math.floor(random() * 1e9)}`,
          birth_date: new Date(1970 + Math.floor(random() * 40), Math.floor(random() * 12), 1),
          gender: ['female', 'male', 'diverse', null][Math.floor(random() * 4)] ?? null,
          nationality: ['afghanisch', 'italienisch', 'deutsch', null][Math.floor(random() * 4)] ?? null,
          self_declared_migration_history: random() < 0.5 ? null : random() < 0.5,
          address: `Weg ${Math.floor(random() * 100)}`,
          phone: `0201 ${Math.floor(random() * 1e6)}`,
          contact_email: `x${Math.floor(random() * 1e9)}@example.org`,
        })
        .where('profile_id', '=', profile_id)
        .execute();
    }
    await sql`update users set display_name = 'Renamed ' || md5(id::text), email = md5(id::text) || '@example.net'`.execute(
      db,
    );
    const after = await allRankings(db);
    expect(after).toEqual(before);
    // Two full rankings (about 1,400 queries): minutes on a busy machine with PGlite, never a timing check.
  }, 180_000);

  it('the fairness check can fail: changing a qualification does change rankings', async () => {
    const before = await allRankings(db);
    await sql`update applicant_profiles set certificate = case when certificate = 'abitur' then 'none' else 'abitur' end`.execute(
      db,
    );
    const after = await allRankings(db);
    expect(after).not.toEqual(before);
  }, 180_000);
});
