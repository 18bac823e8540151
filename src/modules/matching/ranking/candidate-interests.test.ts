import { sql, type Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../core/db/database.js';
import { getTestDatabase, resetTestDatabase } from '../../../../tests/setup/test-db.js';
import { LANGUAGE_CODES } from '../shared/index.js';
import { rankCandidates, type CandidateTarget } from './rank-candidates.js';
import { generateProfiles, insertSyntheticProfiles, type SyntheticProfile } from './synthetic.js';

const [PROFILE] = generateProfiles(1, 77) as [SyntheticProfile];

const target = (occupationId: string): CandidateTarget => ({
  occupationId,
  requiredCertificate: 'none',
  languages: [{ code: 'tr', level: 'B2' }],
  city: 'essen',
  postcode: PROFILE.postcode,
  startsOn: PROFILE.available_from,
});

/** The copy of one profile the ranking reads: its occupations with the language columns. */
const copyOf = (db: Kysely<Database>) =>
  db
    .selectFrom('candidate_interests')
    .select(['occupation_id', 'language_mask', 'language_levels', 'interests'])
    .where('profile_id', '=', PROFILE.id)
    .orderBy('occupation_id')
    .execute();

describe("the ranking's copy of active profiles (candidate_interests)", () => {
  let db: Kysely<Database>;
  beforeAll(async () => {
    const handle = await getTestDatabase();
    db = handle.db;
    await resetTestDatabase(handle);
    await insertSyntheticProfiles(db, [
      {
        ...PROFILE,
        interests: ['koch', 'mechatroniker'],
        languages: [
          { code: 'tr', level: 'C2' },
          { code: 'de', level: 'B2' },
        ],
      },
    ]);
  });

  it('holds one row per interest, with the languages as levels by place and as a mask', async () => {
    const rows = await copyOf(db);
    expect(rows.map((row) => row.occupation_id)).toEqual(['koch', 'mechatroniker']);
    const levels = rows[0]?.language_levels ?? [];
    expect(levels).toHaveLength(LANGUAGE_CODES.length);
    expect(levels[LANGUAGE_CODES.indexOf('tr')]).toBe(6);
    expect(levels[LANGUAGE_CODES.indexOf('de')]).toBe(4);
    expect(levels.filter((level) => level > 0)).toHaveLength(2);
    const bit = (code: (typeof LANGUAGE_CODES)[number]) => 1n << BigInt(LANGUAGE_CODES.indexOf(code));
    expect(BigInt(rows[0]?.language_mask ?? 0)).toBe(bit('tr') | bit('de'));
  });

  it('follows a change of interests and languages, and a deactivation, in the same statement', async () => {
    await db
      .updateTable('applicant_profiles')
      .set({ interests: ['koch'], languages: JSON.stringify([{ code: 'ar', level: 'A2' }]) })
      .where('id', '=', PROFILE.id)
      .execute();
    const rows = await copyOf(db);
    expect(rows.map((row) => row.occupation_id)).toEqual(['koch']);
    expect(rows[0]?.interests).toEqual(['koch']);
    expect(rows[0]?.language_levels[LANGUAGE_CODES.indexOf('ar')]).toBe(2);
    expect((await rankCandidates(db, { target: target('koch') })).map((r) => r.profileId)).toEqual([PROFILE.id]);
    expect(await rankCandidates(db, { target: target('mechatroniker') })).toEqual([]);

    await db.updateTable('applicant_profiles').set({ is_active: false }).where('id', '=', PROFILE.id).execute();
    expect(await copyOf(db)).toEqual([]);
    expect(await rankCandidates(db, { target: target('koch') })).toEqual([]);
  });

  it('refuses a fourth interest, which the field-wide ranking query could not count on', async () => {
    await expect(
      db
        .updateTable('applicant_profiles')
        .set({ interests: ['koch', 'baecker', 'konditor', 'fleischer'] })
        .where('id', '=', PROFILE.id)
        .execute(),
    ).rejects.toThrow(/applicant_profiles_interests_limit/);
  });

  it('is gone with the profile when the person is erased', async () => {
    await db.updateTable('applicant_profiles').set({ is_active: true }).where('id', '=', PROFILE.id).execute();
    expect(await copyOf(db)).toHaveLength(1);
    await db.deleteFrom('applicant_profiles').where('id', '=', PROFILE.id).execute();
    expect(await copyOf(db)).toEqual([]);
    const left = await sql<{ n: number }>`select count(*)::int as n from candidate_interests`.execute(db);
    expect(left.rows[0]?.n).toBe(0);
  });
});
