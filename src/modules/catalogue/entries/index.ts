import type { FastifyInstance } from 'fastify';
import { registerPersonalData } from '../../../core/privacy/registry.js';
import { catalogueEntriesPersonalData } from './personal-data.js';
import { entryRoutes } from './routes.js';

export { checkStaleEntries } from './use-cases/check-stale-entries.js';
export { renderMarkdown } from './markdown.js';
export { scheduleStalenessCheck } from './staleness-job.js';

/** Entries and publishing: forms, review, public pages, Projektitis views and the staleness job. */
export async function registerEntries(app: FastifyInstance): Promise<void> {
  registerPersonalData(catalogueEntriesPersonalData);
  await app.register(entryRoutes, { prefix: '/:lang' });
}
