import type { AppServices } from '../../../core/http/types.js';
import type { City } from '../../../region/index.js';
import type { ActivityKind } from '../tables.js';

export interface PublicPartnership {
  id: string;
  schoolName: string;
  schoolCity: City | null;
  companyName: string;
  companyCity: City | null;
  activities: ActivityKind[];
  since: Date;
}

/**
 * The public list: running partnerships both sides consented to publish, of one city (the school's or the
 * company's) or all. Names, cities and kinds of activity only — never contact persons, dates or reviews.
 */
export async function listPublicPartnerships(options: {
  services: AppServices;
  city?: City | undefined;
}): Promise<PublicPartnership[]> {
  const { services, city } = options;
  let query = services.db
    .selectFrom('partnerships as p')
    .innerJoin('organisations as s', 's.id', 'p.school_id')
    .innerJoin('organisations as c', 'c.id', 'p.company_id')
    .select([
      'p.id',
      's.name as school_name',
      's.city as school_city',
      'c.name as company_name',
      'c.city as company_city',
    ])
    .select('p.answered_at')
    .select((eb) =>
      eb
        .selectFrom('partnership_activities as a')
        .select((inner) => inner.fn.agg<ActivityKind[]>('array_agg', ['a.kind']).distinct().as('kinds'))
        .whereRef('a.partnership_id', '=', 'p.id')
        .as('kinds'),
    )
    .where('p.status', '=', 'active')
    .where('p.school_consent', '=', true)
    .where('p.company_consent', '=', true);
  if (city) query = query.where((eb) => eb.or([eb('s.city', '=', city), eb('c.city', '=', city)]));
  const rows = await query.orderBy('s.name').orderBy('c.name').limit(500).execute();
  return rows.map((row) => ({
    id: row.id,
    schoolName: row.school_name,
    schoolCity: row.school_city,
    companyName: row.company_name,
    companyCity: row.company_city,
    activities: row.kinds ?? [],
    since: row.answered_at ?? new Date(0),
  }));
}
