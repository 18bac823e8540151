import type { FastifyInstance } from 'fastify';
import { registerPersonalData } from '../../../core/privacy/registry.js';
import { catalogueApiRoutes } from './api-routes.js';
import { savedSearchesSource } from './personal-data.js';
import { searchRoutes } from './routes.js';

export { deferSearchIndex, rebuildSearchIndex } from './search-index.js';
export { scheduleSavedSearchDigests } from './use-cases/send-saved-search-digests.js';
export { searchCatalogue, type SearchHit, type SearchResult } from './use-cases/search-catalogue.js';

/** Search page, saved searches with their daily digest, and the public catalogue API. */
export async function registerSearch(app: FastifyInstance): Promise<void> {
  registerPersonalData(savedSearchesSource);
  await app.register(searchRoutes, { prefix: '/:lang' });
  await app.register(catalogueApiRoutes, { prefix: '/api/v1/catalogue' });
}
