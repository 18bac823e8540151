import type { FastifyInstance } from 'fastify';
import { registerPersonalData } from '../../../core/privacy/registry.js';
import { alertsSource, profileInactivitySource } from './personal-data.js';
import { alertsRoutes } from './routes.js';

export { runMatchingAlerts } from './jobs.js';

/** Alerts for applicants and companies, and the inactivity rule of applicant profiles. */
export async function registerAlerts(app: FastifyInstance): Promise<void> {
  registerPersonalData(alertsSource);
  registerPersonalData(profileInactivitySource);
  await app.register(alertsRoutes, { prefix: '/:lang' });
}

export { scheduleMatchingAlerts } from './jobs.js';
