import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { PlatformModule } from '../../core/modules/platform-module.js';
import { scheduleCertificateReminders } from './jobs.js';
import { migrations } from './migrations/index.js';
import { checklistsPersonalData } from './personal-data.js';
import { canAssess, canManageQuestionnaires, canOpenReviewDesk } from './policy.js';
import { checklistRoutes } from './routes.js';
import { checklistsStartPage, validCertificatesFigure } from './start-page.js';

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
  navigation: [
    { area: 'main', path: '/qualitaet', labelKey: 'checklists.nav.quality', order: 30 },
    {
      area: 'main',
      path: '/qualitaet/selbstcheck',
      labelKey: 'checklists.nav.self_assessment',
      order: 62,
      isVisible: ({ actor }) => canAssess(actor),
    },
    {
      area: 'main',
      path: '/qualitaet/pruefungen',
      labelKey: 'checklists.nav.review_desk',
      order: 66,
      isVisible: ({ actor }) => canOpenReviewDesk(actor),
    },
    {
      area: 'main',
      path: '/qualitaet/frageboegen',
      labelKey: 'checklists.nav.questionnaires',
      order: 72,
      isVisible: ({ actor }) => canManageQuestionnaires(actor),
    },
  ],
  startPage: checklistsStartPage,
  homePage: { figures: [validCertificatesFigure] },
  jobs: [scheduleCertificateReminders],
  personalData: [checklistsPersonalData],
};
