import type { FastifyInstance } from 'fastify';
import { applicationApiRoutes } from './api-routes.js';
import { applicantRoutes } from './applicant-routes.js';
import { companyRoutes } from './company-routes.js';
import { useApplicationMailing } from './personal-data.js';

export { applicationsPersonalData } from './personal-data.js';
export { closeApplicationsOfClosedPositions } from './use-cases/close-applications.js';
export { APPLICATION_STATUSES } from '../tables.js';

/** The anonymised application procedure: applicant and company pages, and the JSON API. */
export async function registerApplications(app: FastifyInstance): Promise<void> {
  useApplicationMailing(app.services);
  await app.register(applicantRoutes, { prefix: '/:lang' });
  await app.register(companyRoutes, { prefix: '/:lang' });
  await app.register(applicationApiRoutes, { prefix: '/api/v1/matching' });
}

export { scheduleApplicationClosing } from './closing-job.js';
export { applicationsStartPage } from './start-page.js';
