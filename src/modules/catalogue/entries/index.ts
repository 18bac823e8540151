import type { FastifyInstance } from 'fastify';
import { entryRoutes } from './routes.js';

export { catalogueEntriesPersonalData } from './personal-data.js';
export { checkStaleEntries } from './use-cases/check-stale-entries.js';
export { renderMarkdown } from './markdown.js';
export { scheduleStalenessCheck } from './staleness-job.js';

/** Entries and publishing: forms, review, public pages, Projektitis views and the staleness job. */
export async function registerEntries(app: FastifyInstance): Promise<void> {
  await app.register(entryRoutes, { prefix: '/:lang' });
}
export { entriesStartPage, listNewlyPublished, countPublished } from './start-page.js';
export { listPublishedProjects } from './list-published-projects.js';
