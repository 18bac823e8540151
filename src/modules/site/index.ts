import type { FastifyInstance } from 'fastify';
import { registerPersonalData } from '../../core/privacy/registry.js';
import { accessibilityFeedbackSource } from './personal-data.js';
import { healthRoutes, homeRoutes, legalRoutes } from './routes.js';

export async function registerSite(app: FastifyInstance): Promise<void> {
  registerPersonalData(accessibilityFeedbackSource);
  await app.register(healthRoutes);
  await app.register(homeRoutes, { prefix: '/:lang' });
  await app.register(legalRoutes, { prefix: '/:lang' });
}
