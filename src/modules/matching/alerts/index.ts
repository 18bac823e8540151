import type { FastifyInstance } from 'fastify';
import { alertsRoutes } from './routes.js';

export { alertsSource, profileInactivitySource } from './personal-data.js';
export { runMatchingAlerts } from './jobs.js';

/** Alerts for applicants and companies, and the inactivity rule of applicant profiles. */
export async function registerAlerts(app: FastifyInstance): Promise<void> {
  await app.register(alertsRoutes, { prefix: '/:lang' });
}

export { scheduleMatchingAlerts } from './jobs.js';
export { alertsStartPage } from './start-page.js';
