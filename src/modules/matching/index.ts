import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { PlatformModule } from '../../core/modules/platform-module.js';
import { migrations } from './migrations/index.js';
import {
  alertsSource,
  alertsStartPage,
  profileInactivitySource,
  registerAlerts,
  scheduleMatchingAlerts,
} from './alerts/index.js';
import {
  applicationsPersonalData,
  applicationsStartPage,
  registerApplications,
  scheduleApplicationClosing,
} from './applications/index.js';
import {
  canOnMentoring,
  mentoringSource,
  mentoringStartPage,
  mentorsFigure,
  registerMentoring,
} from './mentoring/index.js';
import {
  canCreatePositions,
  openPositionsFigure,
  positionsSiteSearch,
  positionsStartPage,
  registerPositions,
  schedulePositionExpiry,
  positionsSitemap,
} from './positions/index.js';
import {
  applicantProfilesPersonalData,
  canKeepOwnProfile,
  profilesStartPage,
  registerProfiles,
} from './profiles/index.js';
import { rankingStartPage, registerRanking, talentInvitationsPersonalData } from './ranking/index.js';

/** The platform's outcomes per city and month, counted for monitoring (counts only). */
export { countMonthlyOutcomes, OUTCOME_KINDS, type MonthlyOutcome, type OutcomeKind } from './monthly-outcomes.js';
export {
  countMonthlyDeclarations,
  DECLARED_OUTCOME_KINDS,
  type DeclaredOutcomeKind,
  type MonthlyDeclarations,
} from './monthly-migration-history.js';

/** Distances between postcodes of the region (decision 016), for partnerships' matches between schools and companies. */
export { distanceKm, withinRadius } from './geo/index.js';

/** What the organisations module's public company profile shows of a company's open positions. */
export { CompanyPositionsList, listCompanyPositions, type CompanyPosition } from './positions/index.js';

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
  sitemap: positionsSitemap,
  navigation: [
    { area: 'main', path: '/stellen', labelKey: 'matching_core.nav', order: 30 },
    {
      area: 'account',
      path: '/profil',
      labelKey: 'matching_start.nav.profile',
      order: 32,
      isVisible: ({ actor }) => canKeepOwnProfile(actor),
    },
    {
      area: 'account',
      path: '/profil/passende-stellen',
      labelKey: 'matching_start.nav.matches',
      order: 34,
      isVisible: ({ actor }) => canKeepOwnProfile(actor),
    },
    {
      area: 'account',
      path: '/bewerbungen',
      labelKey: 'matching_start.nav.applications',
      order: 36,
      isVisible: ({ actor }) => canKeepOwnProfile(actor),
    },
    {
      area: 'account',
      path: '/organisation/stellen',
      labelKey: 'matching_start.nav.own_positions',
      order: 32,
      isVisible: ({ actor }) => canCreatePositions(actor),
    },
    { area: 'main', path: '/mentoring', labelKey: 'matching_mentoring.nav', order: 40 },
    {
      area: 'account',
      path: '/mentoring/koordination',
      labelKey: 'matching_start.nav.coordination',
      order: 42,
      isVisible: ({ actor }) => canOnMentoring(actor, 'coordinate'),
    },
  ],
  startPage: [
    ...profilesStartPage,
    ...rankingStartPage,
    ...applicationsStartPage,
    ...positionsStartPage,
    ...mentoringStartPage,
    ...alertsStartPage,
  ],
  homePage: { figures: [openPositionsFigure, mentorsFigure] },
  // Closing expired positions, telling applicants about closed ones, alerts.
  jobs: [schedulePositionExpiry, scheduleApplicationClosing, scheduleMatchingAlerts],
  // Applications after profiles: erasure runs in reverse order, so the applications of a deleted
  // account are withdrawn (with a mail to the company) before its profile goes.
  personalData: [
    applicantProfilesPersonalData,
    mentoringSource,
    alertsSource,
    profileInactivitySource,
    talentInvitationsPersonalData,
    applicationsPersonalData,
  ],
};
