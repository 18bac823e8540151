import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { findCityByPostcode } from '../../../region/index.js';

/**
 * Reads a GeoNames postal-code file (tab-separated, one postcode per line: country code, postal
 * code, place name, admin name 1, admin code 1, admin name 2, admin code 2, admin name 3, admin
 * code 3, latitude, longitude, accuracy) and keeps the lines of the seven cities' postcodes.
 * GeoNames lists a postcode once per place it covers; those points are averaged per postcode.
 */
export interface ImportedArea {
  postcode: string;
  place: string;
  latitude: number;
  longitude: number;
}

export interface ParseResult {
  areas: ImportedArea[];
  /** Line numbers (1-based) that were not valid postcode lines. */
  rejected: number[];
}

export function parseGeoNamesPostcodes(text: string): ParseResult {
  const sums = new Map<string, { place: string; lat: number; lon: number; n: number }>();
  const rejected: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const columns = line.split('\t');
    const [country, postcode, place] = columns;
    const latitude = Number(columns[9]);
    const longitude = Number(columns[10]);
    const valid =
      country === 'DE' &&
      /^\d{5}$/.test(postcode ?? '') &&
      place &&
      columns[9] &&
      columns[10] &&
      Number.isFinite(latitude) &&
      Number.isFinite(longitude) &&
      Math.abs(latitude) <= 90 &&
      Math.abs(longitude) <= 180;
    if (!valid || !postcode || !place) {
      rejected.push(index + 1);
      return;
    }
    if (!findCityByPostcode(postcode)) return;
    const sum = sums.get(postcode) ?? { place, lat: 0, lon: 0, n: 0 };
    sum.lat += latitude;
    sum.lon += longitude;
    sum.n += 1;
    sums.set(postcode, sum);
  });
  const areas = [...sums].map(([postcode, s]) => ({
    postcode,
    place: s.place,
    latitude: Math.round((s.lat / s.n) * 1e5) / 1e5,
    longitude: Math.round((s.lon / s.n) * 1e5) / 1e5,
  }));
  return { areas: areas.sort((a, b) => a.postcode.localeCompare(b.postcode)), rejected };
}

/**
 * Replaces the coordinates of the postcodes found in the file (postcodes not in it keep theirs)
 * and recomputes every distance — one transaction, so ranking never sees half an import.
 */
export async function importPostcodeAreas(
  db: Kysely<Database>,
  areas: readonly ImportedArea[],
  source: string,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    for (const area of areas) {
      const city = findCityByPostcode(area.postcode);
      if (!city) continue;
      await trx
        .insertInto('postcode_areas')
        .values({
          postcode: area.postcode,
          city: city.code,
          place: area.place,
          latitude: area.latitude,
          longitude: area.longitude,
          source,
        })
        .onConflict((oc) =>
          oc
            .column('postcode')
            .doUpdateSet({ place: area.place, latitude: area.latitude, longitude: area.longitude, source }),
        )
        .execute();
    }
    await sql`select matching_refresh_postcode_distances()`.execute(trx);
    return areas.length;
  });
}
