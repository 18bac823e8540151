import type { AppServices } from '../../../../core/http/types.js';
import { entryPageUrl } from '../../shared/index.js';
import { toHsdsServiceSummary, type HsdsPage, type HsdsServiceSummary } from '../hsds.js';
import { publicOffers, readOffers, toPage, type HsdsFilter } from '../hsds-sources.js';
import { fullServices } from './get-hsds-service.js';

export type ListedService = HsdsServiceSummary | { id: string; last_modified: string };

/**
 * The HSDS list of services with its standard parameters: search, modified_after, organization_id,
 * paged. Each service with its one-to-one fields; `full` nests everything as GET /services/{id} does,
 * `minimal` gives only id and last_modified.
 */
export async function listHsdsServices(options: {
  services: AppServices;
  filter: HsdsFilter;
  full: boolean;
  minimal: boolean;
  page: number;
  perPage: number;
  now?: Date;
}): Promise<HsdsPage<ListedService>> {
  const { services, filter, page, perPage } = options;
  const total = await publicOffers(services.db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const offers = await readOffers(services.db, filter, { limit: perPage, offset: (page - 1) * perPage });
  const today = options.now ?? new Date();
  let contents: ListedService[];
  if (options.minimal)
    contents = offers.map((offer) => ({ id: offer.id, last_modified: offer.updated_at.toISOString() }));
  else if (options.full) contents = await fullServices(services, offers, today);
  else
    contents = offers.map((offer) =>
      toHsdsServiceSummary(offer, entryPageUrl(services.config.baseUrl, 'de', offer.id), today),
    );
  return toPage({ total: Number(total.n), contents }, page, perPage);
}
