import { readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import {
  parseGeoNamesPostcodes,
  POSTCODE_SOURCE,
  selectRegion,
  VENDORED_POSTCODES_FILE,
} from '../../../region/index.js';

/**
 * Real postcode coordinates (decision 016): the postcode areas of the seven cities get their GeoNames
 * points instead of their city's centre, the neighbouring towns' postcodes (city null) join them, and
 * every distance is recomputed. Reads the vendored file (src/region/postcodes/DE-ruhr.txt) as it is
 * when the migration runs; later updates go through `npm run import:postcodes`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table postcode_areas drop constraint postcode_areas_city_check`.execute(db);
  await sql`alter table postcode_areas alter column city drop not null`.execute(db);
  await sql`
    alter table postcode_areas add constraint postcode_areas_city_check
      check (city is null or city in ('bochum', 'dortmund', 'duisburg', 'essen', 'gelsenkirchen', 'muelheim', 'oberhausen'))`.execute(
    db,
  );
  // Distances are derived data, rewritten wholesale from postcode_areas by matching_refresh_postcode_distances();
  // two foreign-key checks per row made each refresh of the 69,000 pairs several times slower.
  await sql`alter table postcode_distances drop constraint postcode_distances_from_postcode_fkey`.execute(db);
  await sql`alter table postcode_distances drop constraint postcode_distances_to_postcode_fkey`.execute(db);
  // Same distances (km to the metre), rounded in float8 rather than through numeric: cheaper per pair.
  await sql`
    create or replace function matching_refresh_postcode_distances() returns void language sql as $$
      delete from postcode_distances;
      insert into postcode_distances (from_postcode, to_postcode, km)
      select a.postcode, b.postcode, round(matching_haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) * 1000) / 1000
      from postcode_areas a cross join postcode_areas b;
    $$`.execute(db);
  const { areas } = parseGeoNamesPostcodes(readFileSync(VENDORED_POSTCODES_FILE, 'utf8'));
  for (const area of selectRegion(areas)) {
    await sql`
      insert into postcode_areas (postcode, city, place, latitude, longitude, source)
      values (${area.postcode}, ${area.city}, ${area.place}, ${area.latitude}, ${area.longitude}, ${POSTCODE_SOURCE})
      on conflict (postcode) do update set
        city = excluded.city, place = excluded.place, latitude = excluded.latitude,
        longitude = excluded.longitude, source = excluded.source`.execute(db);
  }
  await sql`select matching_refresh_postcode_distances()`.execute(db);
}
