import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { ALL_LANGUAGES } from '../../core/http/sitemap.js';
import { INDICATOR_KEYS } from './indicators.js';
import type { PlatformModule } from '../../core/modules/platform-module.js';
import { monitoringApiRoutes } from './api-routes.js';
import { startImportWorker } from './jobs.js';
import { migrations } from './migrations/index.js';
import { monitoringRoutes } from './routes.js';
import { indicatorsFigure, monitoringStartPage } from './start-page.js';

/** Adds initiatives in status "proposed" to the work programme (participation calls it with a forum's result). */
export { proposeInitiatives, type InitiativeProposal } from './use-cases/propose-initiatives.js';

/** The areas and the indicator catalogue, for the demo seed and the benchmark. */
export { AREAS, type Area } from './areas.js';
export { STORED_INDICATORS, type IndicatorDefinition } from './indicators.js';

/** The report's goal tree and initiatives, written when there are no goals yet (migration 014, demo seed). */
export { seedReportGoals } from './report-goals.js';

async function registerMonitoring(app: FastifyInstance): Promise<void> {
  await app.register(monitoringRoutes, { prefix: '/:lang' });
  await app.register(monitoringApiRoutes, { prefix: '/api/v1' });
}

/**
 * Monitoring and the work programme: the indicator catalogue with its breaks, values per city and
 * year imported from official-statistics tables (mapping, checks, all or nothing, rollback) and
 * corrected with a reason, targets and gaps, public and internal dashboards with server-drawn
 * charts, the platform's own outcomes, the goal tree with its initiatives, and the open data.
 */
export const monitoringModule: PlatformModule = {
  name: 'monitoring',
  register: registerMonitoring,
  messages: fileURLToPath(new URL('messages', import.meta.url)),
  migrations,
  // The public dashboards: overview, indicators (texts from the translated catalogues), open data, work programme.
  sitemap: async () =>
    [
      '/monitoring',
      '/monitoring/indikatoren',
      ...INDICATOR_KEYS.map((key) => `/monitoring/indikatoren/${key}`),
      '/monitoring/offene-daten',
      '/monitoring/arbeitsprogramm',
    ].map((path) => ({ path, languages: ALL_LANGUAGES })),
  jobs: [startImportWorker],
  startPage: monitoringStartPage,
  homePage: { figures: [indicatorsFigure] },
  // One menu entry: the internal dashboard and the imports are reached from the dashboard and from Mein Bereich.
  navigation: [{ area: 'main', path: '/monitoring', labelKey: 'monitoring.nav.dashboard', order: 45 }],
};
