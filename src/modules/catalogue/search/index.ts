import type { FastifyInstance } from 'fastify';
import { catalogueApiRoutes } from './api-routes.js';
import { searchRoutes } from './routes.js';

export { savedSearchesSource } from './personal-data.js';
export { deferSearchIndex, rebuildSearchIndex } from './search-index.js';
export { scheduleSavedSearchDigests } from './use-cases/send-saved-search-digests.js';
export { searchCatalogue, type SearchHit, type SearchResult } from './use-cases/search-catalogue.js';

/** Search page, saved searches with their daily digest, and the public catalogue API. */
export async function registerSearch(app: FastifyInstance): Promise<void> {
  await app.register(searchRoutes, { prefix: '/:lang' });
  await app.register(catalogueApiRoutes, { prefix: '/api/v1/catalogue' });
}
export { searchStartPage } from './start-page.js';
