import type { FastifyInstance } from 'fastify';
import { positionRoutes } from './routes.js';
import { positionSearchRoutes } from './search-routes.js';

export { closeExpiredPositions } from './use-cases/change-position-status.js';
export { canOnPosition, canCreatePositions, isVerifiedCompanyMember } from './policy.js';
export { authorizePosition, loadPositionFor, isExpired } from './records.js';
export { PositionParamsSchema } from './schemas.js';
export { listCompanyPositions, type CompanyPosition } from './use-cases/list-company-positions.js';
export { CompanyPositionsList } from './views/company-positions.js';

/** Positions of verified companies: forms, public page with JobPosting JSON-LD, search, expiry job. */
export async function registerPositions(app: FastifyInstance): Promise<void> {
  await app.register(positionSearchRoutes, { prefix: '/:lang' });
  await app.register(positionRoutes, { prefix: '/:lang' });
}

export { schedulePositionExpiry } from './expiry-job.js';
export { positionsStartPage, openPositionsFigure } from './start-page.js';
export { positionsSiteSearch } from './site-search.js';
export { positionsSitemap } from './sitemap.js';
