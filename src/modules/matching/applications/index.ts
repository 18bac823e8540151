import type { FastifyInstance } from 'fastify';
import { applicationApiRoutes } from './api-routes.js';
import { applicantRoutes } from './applicant-routes.js';
import { companyRoutes } from './company-routes.js';
import { useApplicationMailing } from './personal-data.js';

export { applicationsPersonalData } from './personal-data.js';
export { closeApplicationsOfClosedPositions } from './use-cases/close-applications.js';
export { APPLICATION_STATUSES } from '../tables.js';

/** Paths other parts link to: the application form of a position and the company's list for it. */
export const applyPath = (lang: string, positionId: string): string => `/${lang}/bewerbungen/neu/${positionId}`;
export const positionApplicationsPath = (lang: string, positionId: string): string =>
  `/${lang}/firma/stellen/${positionId}/bewerbungen`;
export const myApplicationsPath = (lang: string): string => `/${lang}/bewerbungen`;

/** The anonymised application procedure: applicant and company pages, and the JSON API. */
export async function registerApplications(app: FastifyInstance): Promise<void> {
  useApplicationMailing(app.services);
  await app.register(applicantRoutes, { prefix: '/:lang' });
  await app.register(companyRoutes, { prefix: '/:lang' });
  await app.register(applicationApiRoutes, { prefix: '/api/v1/matching' });
}

export { scheduleApplicationClosing } from './closing-job.js';
