import type { AppServices } from '../../../core/http/types.js';
import type { City } from '../../../region/index.js';
import type { OrganisationType } from '../../../core/db/database.js';
import { presentPublicOrganisation, type PublicOrganisation } from '../present.js';

export interface OrganisationFilter {
  type?: OrganisationType | undefined;
  city?: City | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** The public directory: verified organisations only, in name order. */
export async function listVerifiedOrganisations(options: {
  services: AppServices;
  filter: OrganisationFilter;
}): Promise<{ total: number; items: PublicOrganisation[] }> {
  const { filter } = options;
  let query = options.services.db.selectFrom('organisations').where('verified_at', 'is not', null);
  if (filter.type) query = query.where('type', '=', filter.type);
  if (filter.city) query = query.where('city', '=', filter.city);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where('name', 'ilike', pattern);
  }
  const [{ total } = { total: 0 }] = await query.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const rows = await query
    .select(['id', 'name', 'type', 'city', 'website'])
    .orderBy('name')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { total, items: rows.map(presentPublicOrganisation) };
}
