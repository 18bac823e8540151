import type { FastifyInstance } from 'fastify';
import { registerAlerts, scheduleMatchingAlerts } from './alerts/index.js';
import { registerApplications, scheduleApplicationClosing } from './applications/index.js';
import { registerMentoring } from './mentoring/index.js';
import { registerPositions, schedulePositionExpiry } from './positions/index.js';
import { registerProfiles } from './profiles/index.js';
import { registerRanking } from './ranking/index.js';

/** Matching's scheduled jobs: closing expired positions, telling applicants about closed ones, alerts. */
export const MATCHING_JOBS = [schedulePositionExpiry, scheduleApplicationClosing, scheduleMatchingAlerts];

/**
 * Talent matching across the seven cities. Each part registers its routes here: positions and
 * profiles, anonymised applications, mentoring and alerts.
 */
export async function registerMatching(app: FastifyInstance): Promise<void> {
  await registerPositions(app);
  await registerProfiles(app);
  await registerRanking(app);
  await registerMentoring(app);
  await registerAlerts(app);
  // After the profiles part: erasure runs in reverse order, so applications are withdrawn before their profile goes.
  await registerApplications(app);
}
