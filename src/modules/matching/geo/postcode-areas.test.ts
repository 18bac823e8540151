import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { getTestDatabase } from '../../../../tests/setup/test-db.js';
import { RUHR_CITIES } from '../../../seed/data/ruhr-cities.js';
import { CITY_CENTRES, POSTCODE_AREAS } from '../data/index.js';

describe('postcode areas', () => {
  it('covers every postcode of the seven cities exactly once, with its city', () => {
    const all = RUHR_CITIES.flatMap((city) => city.postcodes.map((postcode) => ({ postcode, city: city.code })));
    expect(POSTCODE_AREAS.map((a) => ({ postcode: a.postcode, city: a.city }))).toEqual(all);
    expect(new Set(POSTCODE_AREAS.map((a) => a.postcode)).size).toBe(POSTCODE_AREAS.length);
    for (const area of POSTCODE_AREAS) expect(area.source).toContain(CITY_CENTRES[area.city].wikidata);
  });

  it('is loaded by the migration with a distance for every pair', async () => {
    const { db } = await getTestDatabase();
    const areas = await db
      .selectFrom('postcode_areas')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(areas.n)).toBe(POSTCODE_AREAS.length);
    const pairs = await db
      .selectFrom('postcode_distances')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(pairs.n)).toBe(POSTCODE_AREAS.length ** 2);
  });

  it('measures city-to-city distances with the haversine formula (0 km within a city)', async () => {
    const { db } = await getTestDatabase();
    const km = async (a: string, b: string): Promise<number> => {
      const row = await db
        .selectFrom('postcode_distances')
        .select('km')
        .where('from_postcode', '=', a)
        .where('to_postcode', '=', b)
        .executeTakeFirstOrThrow();
      return row.km;
    };
    expect(await km('45127', '45359')).toBe(0); // both Essen
    // Essen centre to Dortmund centre, computed independently: about 32.0 km.
    expect(await km('45127', '44135')).toBeGreaterThan(31);
    expect(await km('45127', '44135')).toBeLessThan(33);
    expect(await km('44135', '45127')).toBeCloseTo(await km('45127', '44135'), 5);
    const direct = await sql<{ km: number }>`select matching_haversine_km(0, 0, 0, 1) as km`.execute(db);
    expect(direct.rows[0]?.km).toBeCloseTo(111.195, 2);
  });
});
