import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { PlatformModule } from '../../core/modules/platform-module.js';
import { migrations } from './migrations/index.js';
import { alertsSource, profileInactivitySource, registerAlerts, scheduleMatchingAlerts } from './alerts/index.js';
import { applicationsPersonalData, registerApplications, scheduleApplicationClosing } from './applications/index.js';
import { mentoringSource, registerMentoring } from './mentoring/index.js';
import { positionsSiteSearch, registerPositions, schedulePositionExpiry } from './positions/index.js';
import { applicantProfilesPersonalData, registerProfiles } from './profiles/index.js';
import { registerRanking } from './ranking/index.js';

/**
 * Talent matching across the seven cities. Each part registers its routes here: positions and
 * profiles, ranking, mentoring, alerts and anonymised applications.
 */
async function registerMatching(app: FastifyInstance): Promise<void> {
  await registerPositions(app);
  await registerProfiles(app);
  await registerRanking(app);
  await registerMentoring(app);
  await registerAlerts(app);
  await registerApplications(app);
}

export const matchingModule: PlatformModule = {
  name: 'matching',
  register: registerMatching,
  messages: fileURLToPath(new URL('messages', import.meta.url)),
  migrations,
  search: positionsSiteSearch,
  navigation: [
    { area: 'main', path: '/stellen', labelKey: 'matching_core.nav', order: 30 },
    { area: 'main', path: '/mentoring', labelKey: 'matching_mentoring.nav', order: 40 },
  ],
  // Closing expired positions, telling applicants about closed ones, alerts.
  jobs: [schedulePositionExpiry, scheduleApplicationClosing, scheduleMatchingAlerts],
  // Applications after profiles: erasure runs in reverse order, so the applications of a deleted
  // account are withdrawn (with a mail to the company) before its profile goes.
  personalData: [
    applicantProfilesPersonalData,
    mentoringSource,
    alertsSource,
    profileInactivitySource,
    applicationsPersonalData,
  ],
};
