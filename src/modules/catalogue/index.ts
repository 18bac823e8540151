import type { FastifyInstance } from 'fastify';
import { registerEvents } from './events/index.js';

/**
 * The transparency hub. Each part registers its own routes here:
 * search (search-routes), entries and publishing (entry-routes), events (event-routes),
 * open data formats and the JSON API (format-routes).
 */
export async function registerCatalogue(app: FastifyInstance): Promise<void> {
  await registerEvents(app);
}
