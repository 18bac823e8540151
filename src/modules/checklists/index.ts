import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { ALL_LANGUAGES } from '../../core/http/sitemap.js';
import type { PlatformModule } from '../../core/modules/platform-module.js';
import { scheduleCertificateReminders } from './jobs.js';
import { migrations } from './migrations/index.js';
import { checklistsPersonalData } from './personal-data.js';
import { checklistRoutes } from './routes.js';
import { checklistsStartPage, validCertificatesFigure } from './start-page.js';

/** Certificates issued per city and month, for monitoring's platform outcomes. */
export { countMonthlyCertificates, type MonthlyCertificates } from './monthly-certificates.js';
export { remindExpiringCertificates } from './use-cases/remind-expiring-certificates.js';
export { computeBenchmark } from './use-cases/compute-benchmark.js';
export { newCertificateCode, validUntil } from './use-cases/decide-review.js';
export { currentQuestionnaire, overallLevel, scoreAssessment, type AnswerValue } from './questionnaires/index.js';
export { AUDIENCES_BY_TYPE, reviewerCityFor } from './policy.js';
export { SECTORS, SIZE_BANDS, type Audience, type Sector, type SizeBand } from './tables.js';

async function registerChecklists(app: FastifyInstance): Promise<void> {
  await app.register(checklistRoutes, { prefix: '/:lang' });
}

/**
 * Quality standards as checklists: versioned questionnaires per audience, self-assessment in sittings,
 * results with recommendations into the catalogue, the anonymous peer benchmark, action plans, reviews
 * and verifiable certificates.
 */
export const checklistsModule: PlatformModule = {
  name: 'checklists',
  register: registerChecklists,
  messages: fileURLToPath(new URL('messages', import.meta.url)),
  migrations,
  sitemap: async () =>
    ['/qualitaet', '/qualitaet/zertifikat-pruefen'].map((path) => ({ path, languages: ALL_LANGUAGES })),
  // One menu entry for everybody; the own assessments, the review desk and the questionnaire versions are
  // reached from there and from Mein Bereich, so the menu does not grow by role.
  navigation: [{ area: 'main', path: '/qualitaet', labelKey: 'checklists.nav.quality', order: 30 }],
  startPage: checklistsStartPage,
  homePage: { figures: [validCertificatesFigure] },
  jobs: [scheduleCertificateReminders],
  personalData: [checklistsPersonalData],
};
