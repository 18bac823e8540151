import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { entryPageUrl } from '../../shared/index.js';
import { toHsdsServiceSummary, type HsdsServiceAtLocation } from '../hsds.js';
import { readLocations, readOffers, servicesAtLocations } from '../hsds-sources.js';

/** One service at one location, with the service and the location nested; an unknown id is not found. */
export async function getHsdsServiceAtLocation(options: {
  services: AppServices;
  id: string;
  now?: Date;
}): Promise<HsdsServiceAtLocation> {
  const { services } = options;
  const offers = await readOffers(services.db, {}, null);
  const locations = await readLocations(services.db, null);
  for (const offer of offers) {
    const pair = servicesAtLocations(offer, locations).find((candidate) => candidate.id === options.id);
    if (!pair) continue;
    const location = locations.find((candidate) => candidate.id === pair.location_id);
    return {
      ...pair,
      ...(location ? { location } : {}),
      service: toHsdsServiceSummary(
        offer,
        entryPageUrl(services.config.baseUrl, 'de', offer.id),
        options.now ?? new Date(),
      ),
    };
  }
  throw new AppError('not_found');
}
