import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { entryPageUrl } from '../../shared/index.js';
import { toHsdsService, type HsdsFullService } from '../hsds.js';
import {
  readLocations,
  readOffers,
  readOrganizationsByIds,
  servicesAtLocations,
  type OfferRow,
} from '../hsds-sources.js';

/** Services with everything related nested: organization, languages, areas, costs, and where each is given. */
export async function fullServices(services: AppServices, offers: OfferRow[], today: Date): Promise<HsdsFullService[]> {
  const organisationIds = offers.map((offer) => offer.organisation_id);
  const [organizations, locations] = await Promise.all([
    readOrganizationsByIds(services, organisationIds),
    readLocations(services.db, organisationIds),
  ]);
  return offers.map((offer) => {
    const organization = organizations.get(offer.organisation_id);
    return {
      ...toHsdsService(offer, entryPageUrl(services.config.baseUrl, 'de', offer.id), today),
      ...(organization ? { organization } : {}),
      service_at_locations: servicesAtLocations(offer, locations).map((pair) => {
        const location = locations.find((candidate) => candidate.id === pair.location_id);
        return location ? { ...pair, location } : pair;
      }),
    };
  });
}

/** One published offer as a fully nested HSDS service; anything else is not found. */
export async function getHsdsService(options: {
  services: AppServices;
  id: string;
  now?: Date;
}): Promise<HsdsFullService> {
  const offers = await readOffers(options.services.db, { id: options.id }, null);
  const [service] = await fullServices(options.services, offers, options.now ?? new Date());
  if (!service) throw new AppError('not_found');
  return service;
}
