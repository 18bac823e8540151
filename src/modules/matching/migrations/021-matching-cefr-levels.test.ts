import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../core/db/client.js';
import { mergeMigrations, migrateToLatest } from '../../../core/db/migrate.js';
import { MIGRATIONS } from '../../../platform.js';
import { createOrganisation, createUser } from '../../../seed/factories.js';
import { openEmptyDatabase } from '../../../../tests/setup/test-db.js';
import { presentProfileForCompany } from '../profiles/index.js';
import { LANGUAGE_CODES } from '../shared/index.js';

const NAME = '021-matching-cefr-levels';

describe('migration 021: CEFR levels only, no "native"; free texts naming the applicant held back', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openEmptyDatabase('cefr');
    const before = Object.fromEntries(Object.entries(mergeMigrations(MIGRATIONS)).filter(([name]) => name < NAME));
    const { error } = await new Migrator({
      db: handle.db,
      provider: { getMigrations: async () => before },
    }).migrateToLatest();
    if (error) throw new Error('Migrations before 021 failed', { cause: error });
  });
  afterAll(async () => {
    await handle?.close();
  });

  /** A profile for a Mechatroniker apprenticeship as the schema before 021 stored it, with its holder's name. */
  async function insertProfile(profile: {
    userId: string;
    pseudonym: string;
    languages: string;
    potentials: Record<string, string>;
    postcode: string;
    fullName: string;
  }): Promise<{ id: string }> {
    const row = await handle.db
      .insertInto('applicant_profiles')
      .values({
        user_id: profile.userId,
        pseudonym: profile.pseudonym,
        interests: ['mechatroniker'],
        certificate: 'msa',
        languages: profile.languages,
        potentials: JSON.stringify(profile.potentials),
        postcode: profile.postcode,
        travel_km: 20,
        available_from: '2027-08-01',
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto('applicant_identities')
      .values({ profile_id: row.id, full_name: profile.fullName })
      .execute();
    return row;
  }

  it('moves every stored "native" to C2 in profiles, their ranking copy, positions and applications, and refuses it afterwards', async () => {
    const db = handle.db;
    const postcode = (
      await db.selectFrom('postcode_areas').select('postcode').where('city', '=', 'essen').executeTakeFirstOrThrow()
    ).postcode;
    const applicant = await createUser(db, { email: 'cefr.bewerberin@mail.example' });
    const languages = JSON.stringify([
      { code: 'tr', level: 'native' },
      { code: 'de', level: 'C1' },
      { code: 'ar', level: 'native' },
    ]);
    const profile = await insertProfile({
      userId: applicant.id,
      pseudonym: 'Talent-210021',
      languages,
      potentials: { volunteering: 'Fragen Sie im Jugendzentrum nach Frau Ostermann.' },
      postcode,
      fullName: 'Derya Ostermann-Kılıç',
    });
    // A name that is only part of a word in the text is no finding ("Demir" in "Demirci").
    const other = await createUser(db, { email: 'cefr.zweiter@mail.example' });
    const otherProfile = await insertProfile({
      userId: other.id,
      pseudonym: 'Talent-210022',
      languages: JSON.stringify([{ code: 'de', level: 'C1' }]),
      potentials: { strengths: 'Demirci ist mein Lieblingsberuf.' },
      postcode,
      fullName: 'Emre Demir',
    });
    const company = await createOrganisation(db, { type: 'company' });
    const position = await db
      .insertInto('positions')
      .values({
        organisation_id: company.id,
        kind: 'apprenticeship',
        occupation_id: 'mechatroniker',
        title: 'Mechatroniker:in',
        city: 'essen',
        postcode,
        starts_on: '2027-08-01',
        places: 1,
        languages: JSON.stringify([{ code: 'de', level: 'native' }]),
        deadline: '2099-12-31',
        status: 'published',
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    const application = await db
      .insertInto('applications')
      .values({
        position_id: position.id,
        profile_id: profile.id,
        organisation_id: company.id,
        position_title: 'Mechatroniker:in',
        pseudonym: 'B-ACDEFG',
        qualifications: JSON.stringify({
          school_certificate: 'msa',
          languages: [
            { code: 'tr', level: 'native' },
            { code: 'de', level: 'B2' },
          ],
        }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const trPlace = LANGUAGE_CODES.indexOf('tr') + 1;
    const levelsOf = async () =>
      (
        await sql<{
          level: number;
        }>`select language_levels[${trPlace}::int] as level from candidate_interests where profile_id = ${profile.id}`.execute(
          db,
        )
      ).rows.map((row) => row.level);
    expect(await levelsOf()).toEqual([7]);

    await migrateToLatest(db, MIGRATIONS);

    const after = await db
      .selectFrom('applicant_profiles')
      .select(['languages', 'language_ranks'])
      .where('id', '=', profile.id)
      .executeTakeFirstOrThrow();
    expect(after.languages).toEqual([
      { code: 'tr', level: 'C2' },
      { code: 'de', level: 'C1' },
      { code: 'ar', level: 'C2' },
    ]);
    expect(after.language_ranks).toEqual({ tr: 6, de: 5, ar: 6 });
    expect(await levelsOf()).toEqual([6]);
    expect(
      (await db.selectFrom('positions').select('languages').where('id', '=', position.id).executeTakeFirstOrThrow())
        .languages,
    ).toEqual([{ code: 'de', level: 'C2' }]);
    expect(
      (
        await db
          .selectFrom('applications')
          .select('qualifications')
          .where('id', '=', application.id)
          .executeTakeFirstOrThrow()
      ).qualifications,
    ).toEqual({
      school_certificate: 'msa',
      languages: [
        { code: 'tr', level: 'C2' },
        { code: 'de', level: 'B2' },
      ],
    });

    // Free texts that name the applicant wait for the next save through the form, which checks them with the name.
    const flags = await db
      .selectFrom('applicant_profiles')
      .select(['id', 'free_texts_held_back'])
      .where('id', 'in', [profile.id, otherProfile.id])
      .execute();
    expect(Object.fromEntries(flags.map((row) => [row.id, row.free_texts_held_back]))).toEqual({
      [profile.id]: true,
      [otherProfile.id]: false,
    });
    const rows = await db
      .selectFrom('applicant_profiles')
      .selectAll()
      .where('id', 'in', [profile.id, otherProfile.id])
      .orderBy('pseudonym')
      .execute();
    expect(rows.map((row) => presentProfileForCompany(row).potentials)).toEqual([
      {},
      { strengths: 'Demirci ist mein Lieblingsberuf.' },
    ]);

    // No writer can bring it back, nor any other level outside A1–C2.
    for (const level of ['native', 'Muttersprache', 'C3'])
      await expect(
        db
          .updateTable('positions')
          .set({ languages: JSON.stringify([{ code: 'de', level }]) })
          .where('id', '=', position.id)
          .execute(),
      ).rejects.toThrow(/positions_cefr_levels/);
    await expect(
      db
        .updateTable('applicant_profiles')
        .set({ languages: JSON.stringify([{ code: 'de', level: 'native' }]) })
        .where('id', '=', profile.id)
        .execute(),
    ).rejects.toThrow(/applicant_profiles_cefr_levels/);
  });
});
