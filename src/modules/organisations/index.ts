import type { FastifyInstance } from 'fastify';
import { organisationApiRoutes } from './api-routes.js';
import { organisationRoutes } from './routes.js';

export { canPublish } from './policy.js';

export async function registerOrganisations(app: FastifyInstance): Promise<void> {
  await app.register(organisationRoutes, { prefix: '/:lang' });
  await app.register(organisationApiRoutes, { prefix: '/api/v1' });
}
