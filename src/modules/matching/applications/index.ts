import type { FastifyInstance } from 'fastify';
import { registerPersonalData } from '../../../core/privacy/registry.js';
import { applicationApiRoutes } from './api-routes.js';
import { applicantRoutes } from './applicant-routes.js';
import { companyRoutes } from './company-routes.js';
import { applicationsPersonalData, useApplicationMailing } from './personal-data.js';

export { closeApplicationsOfClosedPositions } from './use-cases/close-applications.js';
export { APPLICATION_STATUSES } from '../../../core/db/schema.js';

/**
 * The anonymised application procedure. Register after the profiles part: the registry erases
 * in reverse order, so the applications of a deleted account are withdrawn (with a mail to the
 * company) before its profile goes.
 */
export async function registerApplications(app: FastifyInstance): Promise<void> {
  useApplicationMailing(app.services);
  registerPersonalData(applicationsPersonalData);
  await app.register(applicantRoutes, { prefix: '/:lang' });
  await app.register(companyRoutes, { prefix: '/:lang' });
  await app.register(applicationApiRoutes, { prefix: '/api/v1/matching' });
}

export { scheduleApplicationClosing } from './closing-job.js';
