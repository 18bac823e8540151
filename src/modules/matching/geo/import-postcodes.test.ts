import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { getTestDatabase } from '../../../../tests/setup/test-db.js';
import { POSTCODE_AREAS } from '../data/index.js';
import { importPostcodeAreas, parseGeoNamesPostcodes } from './import-postcodes.js';

// The fixture was written for this test in the GeoNames format; its coordinates are made up
// for the test and are never loaded into a real database.
const FIXTURE = readFileSync(new URL('./fixtures/geonames-sample.txt', import.meta.url), 'utf8');

describe('GeoNames postcode import', () => {
  it("keeps the seven cities' postcodes, averages places of one postcode, rejects malformed lines", () => {
    const { areas, rejected } = parseGeoNamesPostcodes(FIXTURE);
    expect(areas).toEqual([
      { postcode: '44135', place: 'Dortmund', latitude: 51.5136, longitude: 7.4653 },
      { postcode: '45127', place: 'Essen', latitude: 51.4566, longitude: 7.0126 },
    ]);
    expect(rejected).toEqual([5, 6]);
  });

  it('replaces coordinates and recomputes distances in one go; other postcodes keep theirs', async () => {
    const { db } = await getTestDatabase();
    const before = await db
      .selectFrom('postcode_distances')
      .select('km')
      .where('from_postcode', '=', '45127')
      .where('to_postcode', '=', '45128')
      .executeTakeFirstOrThrow();
    expect(before.km).toBe(0);
    await importPostcodeAreas(db, parseGeoNamesPostcodes(FIXTURE).areas, 'test fixture');
    const essen = await db
      .selectFrom('postcode_areas')
      .selectAll()
      .where('postcode', '=', '45127')
      .executeTakeFirstOrThrow();
    expect(essen).toMatchObject({ latitude: 51.4566, longitude: 7.0126, source: 'test fixture', city: 'essen' });
    const after = await db
      .selectFrom('postcode_distances')
      .select('km')
      .where('from_postcode', '=', '45127')
      .where('to_postcode', '=', '45128')
      .executeTakeFirstOrThrow();
    expect(after.km).toBeGreaterThan(0);
    const untouched = await db
      .selectFrom('postcode_areas')
      .select('source')
      .where('postcode', '=', '45128')
      .executeTakeFirstOrThrow();
    expect(untouched.source).toContain('Q2066');
  });

  afterAll(async () => {
    // Put the reference data back as the migration loaded it, for the other test files of this worker.
    const { db } = await getTestDatabase();
    for (const area of POSTCODE_AREAS.filter((a) => a.postcode === '45127' || a.postcode === '44135')) {
      await db
        .updateTable('postcode_areas')
        .set({ place: area.place, latitude: area.latitude, longitude: area.longitude, source: area.source })
        .where('postcode', '=', area.postcode)
        .execute();
    }
    await sql`select matching_refresh_postcode_distances()`.execute(db);
  });
});
