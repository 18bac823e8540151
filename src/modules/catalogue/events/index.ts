import type { FastifyInstance } from 'fastify';
import { usePromotionMailing } from './personal-data.js';
import { eventRoutes } from './routes.js';

export { eventRegistrationsPersonalData } from './personal-data.js';
export { EventRegistrationBox } from './views/event-registration-box.js';
export { getEventRegistration } from './use-cases/get-event-registration.js';
export type { EventRegistrationView } from './present.js';

export async function registerEvents(app: FastifyInstance): Promise<void> {
  usePromotionMailing({ queue: app.services.queue, baseUrl: app.services.config.baseUrl });
  await app.register(eventRoutes, { prefix: '/:lang' });
}
export { eventsStartPage, nextEventsList } from './start-page.js';
