import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../../core/db/database.js';

/**
 * Distances between postcode areas of the region, read from postcode_distances (every pair,
 * haversine between the areas' points, km to the metre; decision 016). Postcodes outside the
 * region have no distance: callers show "unknown postcode", never a guess.
 */

/** The distance in km between two postcodes of the region, or null if either is unknown. */
export async function distanceKm(db: Kysely<Database>, from: string, to: string): Promise<number | null> {
  const row = await db
    .selectFrom('postcode_distances')
    .select('km')
    .where('from_postcode', '=', from)
    .where('to_postcode', '=', to)
    .executeTakeFirst();
  return row?.km ?? null;
}

/** Every postcode of the region within radiusKm of `from`, nearest first ([] if `from` is unknown). */
export async function withinRadius(
  db: Kysely<Database>,
  options: { from: string; radiusKm: number },
): Promise<{ postcode: string; km: number }[]> {
  const rows = await db
    .selectFrom('postcode_distances')
    .select(['to_postcode as postcode', 'km'])
    .where('from_postcode', '=', options.from)
    .where('km', '<=', options.radiusKm)
    .orderBy('km')
    .orderBy('to_postcode')
    .execute();
  return rows;
}

/** The same set as a subquery, for a `postcode in (…)` condition inside a larger query. */
export function withinRadiusSql(from: string, radiusKm: number): RawBuilder<unknown> {
  return sql`(select d.to_postcode from postcode_distances d where d.from_postcode = ${from}::text and d.km <= ${radiusKm}::float8)`;
}

/** Whether the database knows the postcode (it is in the region and has distances). */
export async function isKnownPostcode(db: Kysely<Database>, postcode: string): Promise<boolean> {
  const row = await db
    .selectFrom('postcode_areas')
    .select('postcode')
    .where('postcode', '=', postcode)
    .executeTakeFirst();
  return row !== undefined;
}
