import type { FastifyInstance } from 'fastify';
import { formatRoutes } from './routes.js';

export {
  courseOrServiceJsonLd,
  eventJsonLd,
  jsonLdScript,
  organizationJsonLd,
  projectJsonLd,
  type JsonLdEntry,
  type JsonLdPage,
} from './json-ld.js';

export async function registerFormats(app: FastifyInstance): Promise<void> {
  await app.register(formatRoutes, { prefix: '/api/v1' });
}
