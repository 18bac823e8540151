import type { FastifyInstance } from 'fastify';
import { readButtonForm } from '../../../core/http/forms.js';
import { requireUser } from '../../../core/auth/guards.js';
import { requireLocalePrefix } from '../../../core/http/locale-scope.js';
import { parseInput } from '../../../core/validation.js';
import { eventsFeedSubscription } from '../formats/index.js';
import { eventFilterText } from '../shared/index.js';
import { EmptyFormSchema, EventIdParamsSchema, EventsCalendarQuerySchema } from './schemas.js';
import { cancelRegistration } from './use-cases/cancel-registration.js';
import { listMyRegistrations } from './use-cases/list-my-registrations.js';
import { listParticipants } from './use-cases/list-participants.js';
import { listUpcomingEvents } from './use-cases/list-upcoming-events.js';
import { EventsCalendarPage } from './views/events-calendar-page.js';
import { registerForEvent } from './use-cases/register-for-event.js';
import { MyRegistrationsPage } from './views/my-registrations-page.js';
import { ParticipantsPage } from './views/participants-page.js';

/** Registration for events, the waiting list, the participant's own list and the organiser's list. */
export async function eventRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  const { services } = app;

  app.get('/veranstaltungen', async (request, reply) => {
    const { city, field, page } = parseInput(EventsCalendarQuerySchema, request.query);
    const view = await listUpcomingEvents({ services, city, field, page, locale: request.i18n.locale.code });
    const feed = eventsFeedSubscription(services.config.baseUrl, { city, field });
    return reply.renderPage(<EventsCalendarPage view={view} feed={feed} />, {
      title: eventFilterText(request.i18n, 'catalogue_events.calendar.title', { city, field }),
      description: request.i18n.t('catalogue_events.calendar.intro'),
    });
  });

  app.get('/veranstaltungen/meine', async (request, reply) => {
    const registrations = await listMyRegistrations({ services, actor: requireUser(request.actor) });
    return reply.renderPage(<MyRegistrationsPage registrations={registrations} />, {
      title: request.i18n.t('catalogue_events.mine.title'),
    });
  });

  app.post('/veranstaltungen/:id/anmelden', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id, lang } = parseInput(EventIdParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    const result = await registerForEvent({ services, actor, eventId: id });
    return reply
      .setFlash('success', `catalogue_events.flash.${result.status}`)
      .redirect(`/${lang}/veranstaltungen/meine`, 303);
  });

  app.post('/veranstaltungen/:id/abmelden', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id, lang } = parseInput(EventIdParamsSchema, request.params);
    readButtonForm(request, EmptyFormSchema);
    await cancelRegistration({ services, actor, eventId: id });
    return reply
      .setFlash('success', 'catalogue_events.flash.cancelled')
      .redirect(`/${lang}/veranstaltungen/meine`, 303);
  });

  app.get('/veranstaltungen/:id/teilnehmende', async (request, reply) => {
    const actor = requireUser(request.actor);
    const { id } = parseInput(EventIdParamsSchema, request.params);
    const list = await listParticipants({ services, actor, eventId: id, ip: request.ip });
    return reply.renderPage(<ParticipantsPage list={list} />, {
      title: request.i18n.t('catalogue_events.participants.title', { event: list.event.title }),
    });
  });
}
