import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { getTestDatabase } from '../../../../tests/setup/test-db.js';
import { POSTCODE_AREAS, REGION_POSTCODE_AREAS, RUHR_CITIES } from '../../../region/index.js';
import { distanceKm, withinRadius } from './index.js';

describe('postcode areas', () => {
  beforeAll(async () => {
    await getTestDatabase(); // migrates this worker's database once, within the hook's time
  });

  it('covers every postcode of the seven cities exactly once, with its city and its own point', () => {
    const all = RUHR_CITIES.flatMap((city) => city.postcodes.map((postcode) => ({ postcode, city: city.code })));
    expect(POSTCODE_AREAS.map((a) => ({ postcode: a.postcode, city: a.city }))).toEqual(all);
    expect(new Set(REGION_POSTCODE_AREAS.map((a) => a.postcode)).size).toBe(REGION_POSTCODE_AREAS.length);
    // Real points, not one city centre per city (GeoNames gives 5 of Essen's 32 postcodes the town's own point).
    const essen = POSTCODE_AREAS.filter((a) => a.city === 'essen');
    expect(new Set(essen.map((a) => `${a.latitude},${a.longitude}`)).size).toBe(essen.length - 4);
  });

  it('is loaded by the migrations with a distance for every pair', async () => {
    const { db } = await getTestDatabase();
    const areas = await db
      .selectFrom('postcode_areas')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(areas.n)).toBe(REGION_POSTCODE_AREAS.length);
    const pairs = await db
      .selectFrom('postcode_distances')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(pairs.n)).toBe(REGION_POSTCODE_AREAS.length ** 2);
    const neighbour = await db
      .selectFrom('postcode_areas')
      .selectAll()
      .where('postcode', '=', '46236')
      .executeTakeFirst();
    expect(neighbour).toMatchObject({ city: null, place: 'Bottrop' });
  });

  it('measures postcode to postcode across city borders (haversine)', async () => {
    const { db } = await getTestDatabase();
    const km = async (a: string, b: string) => (await distanceKm(db, a, b)) ?? Number.NaN;
    // 45127 Essen-Stadtkern to 46236 Bottrop and 45879 Gelsenkirchen, computed independently from the points.
    expect(await km('45127', '46236')).toBeGreaterThan(9);
    expect(await km('45127', '46236')).toBeLessThan(10.5);
    expect(await km('45127', '45879')).toBeGreaterThan(8);
    expect(await km('45127', '45879')).toBeLessThan(9.5);
    expect(await km('45127', '45127')).toBe(0);
    expect(await km('46236', '45127')).toBeCloseTo(await km('45127', '46236'), 5);
    // Two postcodes of one city are no longer 0 km apart.
    expect(await km('45127', '45359')).toBeGreaterThan(3);
    expect(await distanceKm(db, '45127', '10115')).toBeNull();
    const direct = await sql<{ km: number }>`select matching_haversine_km(0, 0, 0, 1) as km`.execute(db);
    expect(direct.rows[0]?.km).toBeCloseTo(111.195, 2);
  });

  it('finds the postcodes within a radius, nearest first, including the neighbouring towns', async () => {
    const { db } = await getTestDatabase();
    const near = await withinRadius(db, { from: '45127', radiusKm: 20 });
    const postcodes = near.map((n) => n.postcode);
    expect(postcodes[0]).toBe('45127');
    expect(postcodes).toContain('46236'); // Bottrop
    expect(postcodes).toContain('45879'); // Gelsenkirchen
    expect(postcodes).not.toContain('44135'); // Dortmund, about 32 km
    expect(postcodes).not.toContain('40878'); // Ratingen, about 21 km
    expect(near.every((n) => n.km <= 20)).toBe(true);
    expect(near.map((n) => n.km)).toEqual([...near.map((n) => n.km)].sort((a, b) => a - b));
    const small = await withinRadius(db, { from: '45127', radiusKm: 5 });
    expect(small.map((n) => n.postcode)).not.toContain('46236');
    expect(await withinRadius(db, { from: '10115', radiusKm: 20 })).toEqual([]);
  });
});
