import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { ALL_LANGUAGES } from '../../core/http/sitemap.js';
import type { PlatformModule } from '../../core/modules/platform-module.js';
import { migrations } from './migrations/index.js';
import { coursesPersonalData } from './personal-data.js';
import { courseRoutes } from './routes.js';
import { coursesStartPage } from './start-page.js';
import { COURSE_PATH } from './views/overview-page.js';

/** For checklists' verification page: one code input verifies quality and course certificates alike. */
export { verifyCourseCertificate, type VerifiedCourseCertificate } from './use-cases/verify-course-certificate.js';
export { CourseCertificateVerdict } from './views/verify-verdict.js';
/** For checklists' question on intercultural-competence training (c_trained). */
export { courseFigureHint } from './figure-hint.js';
export { COURSE_PATH } from './views/overview-page.js';
export { SHIPPED_COURSE } from './content/index.js';
export { PASS_PERCENT } from './scoring.js';

async function registerCourses(app: FastifyInstance): Promise<void> {
  await app.register(courseRoutes, { prefix: '/:lang' });
}

/**
 * The cooperation's base module "Umgang mit Vielfalt" as a self-paced course: lessons with illustrations and
 * optional captioned videos, quizzes with explanations, progress per person, a verifiable completion
 * certificate, the organisation's completion figure, and the office's editing with versions.
 */
export const coursesModule: PlatformModule = {
  name: 'courses',
  register: registerCourses,
  messages: fileURLToPath(new URL('messages', import.meta.url)),
  migrations,
  sitemap: async () => [{ path: COURSE_PATH, languages: ALL_LANGUAGES }],
  // No main-menu entry: one card on the "Ausbilden" hub; also linked from the Qualität page.
  navigation: [
    {
      area: 'training',
      path: COURSE_PATH,
      labelKey: 'courses.nav.label',
      descriptionKey: 'courses.nav.description',
      order: 30,
    },
  ],
  startPage: coursesStartPage,
  personalData: [coursesPersonalData],
};
