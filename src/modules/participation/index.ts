import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { participationSitemap } from './sitemap.js';
import type { PlatformModule } from '../../core/modules/platform-module.js';
import { proposeInitiatives } from '../monitoring/index.js';
import { migrations } from './migrations/index.js';
import { participationPersonalData } from './personal-data.js';
import { participationHomePage, participationStartPage } from './start-page.js';
import { participationRoutes, type ParticipationRouteOptions } from './routes.js';

export type { ProposeToWorkProgramme, WorkProgrammeProposal } from './use-cases/propose-from-round.js';
export { CRITERIA, type Criterion, type FieldOfWork, type TranslatedLocale } from './tables.js';
export { storyImageKey } from './use-cases/save-story-image.js';

/**
 * Where a round's result becomes work-programme entries: monitoring's `proposeInitiatives`, inside the
 * transaction that marks the round proposed (the services it gets carry that transaction as `db`).
 */
const ROUTE_OPTIONS: ParticipationRouteOptions = {
  proposeToWorkProgramme: async ({ services, actor, items }) => {
    await proposeInitiatives({ db: services.db, actor, proposals: items });
  },
};

async function registerParticipation(app: FastifyInstance): Promise<void> {
  await app.register(participationRoutes(ROUTE_OPTIONS), { prefix: '/:lang' });
}

/** Participation: forums with prioritisation rounds, the award "Wirtschaftspreis Vielfalt", campaigns and stories. */
export const participationModule: PlatformModule = {
  name: 'participation',
  register: registerParticipation,
  messages: fileURLToPath(new URL('messages', import.meta.url)),
  migrations,
  sitemap: participationSitemap,
  personalData: participationPersonalData,
  startPage: participationStartPage,
  homePage: participationHomePage,
  navigation: [{ area: 'main', path: '/beteiligung', labelKey: 'participation.nav.hub', order: 26 }],
};
