import type { FastifyInstance } from 'fastify';
import { formatRoutes } from './routes.js';

export {
  courseOrServiceJsonLd,
  eventJsonLd,
  jsonLdScript,
  organizationJsonLd,
  projectJsonLd,
  type JsonLdEntry,
  type JsonLdPage,
} from './json-ld.js';

export { upcomingEvents } from './public-entries.js';
/** What every DCAT-AP.de description of the platform shares (monitoring describes its indicator data alike). */
export {
  ATTRIBUTION,
  DATA_LICENCE,
  DCAT_CONTEXT,
  dateTime,
  datasetCommons,
  periodOfTime,
  publisherNode,
} from './dcat.js';
export { linkedDataRoutes, RDF_FORMATS, RDF_MEDIA_TYPES, type RdfFormat } from './linked-data.js';
export { buildEventCalendar } from './use-cases/build-event-calendar.js';

/** The iCalendar feed of upcoming events (all cities, or one): the same filter as the calendar page. */
export function eventsFeedPath(city: string | null): string {
  return `/api/v1/catalogue/events.ics${city ? `?city=${encodeURIComponent(city)}` : ''}`;
}

/** One published event as an iCalendar file ("In Kalender eintragen"). */
export function eventCalendarPath(eventId: string): string {
  return `/api/v1/catalogue/events/${eventId}/ics`;
}

export async function registerFormats(app: FastifyInstance): Promise<void> {
  await app.register(formatRoutes, { prefix: '/api/v1' });
}
