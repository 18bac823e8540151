import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../../core/db/database.js';
import { understandQuery } from '../../../../core/search/understand.js';
import { CITIES, type City } from '../../../../region/index.js';
import { queryPositions, type PositionHit, type PositionSearchCriteria } from './search-positions.js';

export interface NoResultHelp {
  /** The nearest positions with the same filters but no radius (when there is an origin). */
  nearest: PositionHit[];
  /** Other cities of the region nearest to the origin or chosen city, nearest first. */
  neighbouringCities: { city: City; km: number }[];
}

/** When nothing is found: the nearest positions without the radius, and the neighbouring cities. */
export async function helpWithoutResults(options: {
  db: Kysely<Database>;
  criteria: PositionSearchCriteria;
  limit: number;
}): Promise<NoResultHelp> {
  const { db, criteria } = options;
  const understood = understandQuery(criteria.q);
  const placeCities = understood.places.map((p) => p.city);
  const chosen = [...new Set([...(criteria.city ? [criteria.city] : []), ...placeCities])];
  const nearest = criteria.origin
    ? (
        await queryPositions(db, criteria, understood.terms, chosen, {
          limit: options.limit,
          offset: 0,
          withinRadius: false,
        })
      ).items
    : [];
  const from = criteria.origin ? [criteria.origin] : null;
  if (!from && chosen.length === 0) return { nearest, neighbouringCities: [] };
  const rows = await sql<{ city: City; km: number }>`
    select a.city, min(d.km)::float8 as km
    from postcode_distances d
    join postcode_areas a on a.postcode = d.to_postcode
    where ${from ? sql`d.from_postcode = any(${from}::text[])` : sql`d.from_postcode in (select postcode from postcode_areas where city = any(${chosen}::text[]))`}
      and a.city = any(${[...CITIES]}::text[])
      and not (a.city = any(${chosen}::text[]))
      ${from ? sql`and a.city <> (select city from postcode_areas where postcode = ${criteria.origin ?? ''})` : sql``}
    group by a.city
    order by km, a.city
    limit 3`.execute(db);
  return { nearest, neighbouringCities: rows.rows.map((row) => ({ city: row.city, km: Number(row.km) })) };
}
