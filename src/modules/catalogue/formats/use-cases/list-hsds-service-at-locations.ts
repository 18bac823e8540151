import type { AppServices } from '../../../../core/http/types.js';
import { entryPageUrl } from '../../shared/index.js';
import { toHsdsServiceSummary, type HsdsPage, type HsdsServiceAtLocation } from '../hsds.js';
import { readLocations, readOffers, servicesAtLocations, toPage, type HsdsFilter } from '../hsds-sources.js';

/**
 * Where each service is given. The pairs are derived (a service at each location of its organisation,
 * unless online only), so they are built for the filtered services and paged after; `full` nests the
 * service and the location, as GET /service_at_locations/{id} does.
 */
async function pairs(
  services: AppServices,
  filter: HsdsFilter,
  full: boolean,
  now: Date,
): Promise<HsdsServiceAtLocation[]> {
  const offers = await readOffers(services.db, filter, null);
  const locations = await readLocations(
    services.db,
    offers.map((offer) => offer.organisation_id),
  );
  return offers.flatMap((offer) =>
    servicesAtLocations(offer, locations).map((pair) => {
      if (!full) return pair;
      const location = locations.find((candidate) => candidate.id === pair.location_id);
      return {
        ...pair,
        ...(location ? { location } : {}),
        service: toHsdsServiceSummary(offer, entryPageUrl(services.config.baseUrl, 'de', offer.id), now),
      };
    }),
  );
}

export async function listHsdsServiceAtLocations(options: {
  services: AppServices;
  filter: HsdsFilter;
  full: boolean;
  page: number;
  perPage: number;
  now?: Date;
}): Promise<HsdsPage<HsdsServiceAtLocation>> {
  const { page, perPage } = options;
  const all = await pairs(options.services, options.filter, options.full, options.now ?? new Date());
  return toPage({ total: all.length, contents: all.slice((page - 1) * perPage, page * perPage) }, page, perPage);
}
