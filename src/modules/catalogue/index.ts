import type { FastifyInstance } from 'fastify';
import { registerEntries, scheduleStalenessCheck } from './entries/index.js';
import { registerEvents } from './events/index.js';
import { registerFormats } from './formats/index.js';
import { registerSearch, scheduleSavedSearchDigests } from './search/index.js';

/**
 * The transparency hub. Each part registers its own routes here:
 * search (search-routes), entries and publishing (entry-routes), events (event-routes),
 * open data formats and the JSON API (format-routes).
 */
/** The catalogue's daily jobs: staleness check of entries and saved-search digests. */
export const CATALOGUE_JOBS = [scheduleStalenessCheck, scheduleSavedSearchDigests];

export async function registerCatalogue(app: FastifyInstance): Promise<void> {
  await registerEntries(app);
  await registerEvents(app);
  await registerFormats(app);
  await registerSearch(app);
}
