import type { FastifyInstance } from 'fastify';
import { healthRoutes, homeRoutes } from './routes.js';

export async function registerSite(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(homeRoutes, { prefix: '/:lang' });
}
