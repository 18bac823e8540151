import type { FastifyInstance } from 'fastify';
import { registerPersonalData } from '../../core/privacy/registry.js';
import { accountPersonalData } from './personal-data.js';
import { accountRoutes } from './routes.js';

export { AUTH_RATE_LIMITS } from './routes.js';
export { email, TokenQuerySchema } from './schemas.js';

export async function registerAccounts(app: FastifyInstance): Promise<void> {
  registerPersonalData(accountPersonalData);
  await app.register(accountRoutes, { prefix: '/:lang' });
}
