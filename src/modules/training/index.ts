import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { ALL_LANGUAGES } from '../../core/http/sitemap.js';
import type { PlatformModule } from '../../core/modules/platform-module.js';
import { scheduleTrainingReminders } from './jobs.js';
import { migrations } from './migrations/index.js';
import { trainingPersonalData } from './personal-data.js';
import { trainingRoutes } from './routes.js';
import { TRAINING_PATH, trainingStartPage } from './start-page.js';

export { CHAMBERS, chamberFor, type Chamber } from './chambers.js';
export { remindOpenSteps } from './use-cases/remind-open-steps.js';
/** The demo seed stores the shipped steps before it ticks some of them. */
export { ensureSteps as ensureTrainingSteps } from './shipped-steps.js';

async function registerTraining(app: FastifyInstance): Promise<void> {
  await app.register(trainingRoutes, { prefix: '/:lang' });
}

/**
 * The path to becoming a training company (issue 16, decision 034): the public path and precondition check, a
 * company's own checklist with reminders, the adviser request to the coordination office, and the office's
 * maintenance of steps and contacts.
 */
export const trainingModule: PlatformModule = {
  name: 'training',
  register: registerTraining,
  messages: fileURLToPath(new URL('messages', import.meta.url)),
  migrations,
  sitemap: async () => [{ path: TRAINING_PATH, languages: ALL_LANGUAGES }],
  // No main-menu entry: one card on the "Ausbilden" hub; the own path, the desk and maintenance are reached from
  // there and from Mein Bereich.
  navigation: [
    {
      area: 'training',
      path: TRAINING_PATH,
      labelKey: 'training.nav.label',
      descriptionKey: 'training.nav.description',
      order: 10,
    },
  ],
  startPage: trainingStartPage,
  jobs: [scheduleTrainingReminders],
  personalData: [trainingPersonalData],
};
