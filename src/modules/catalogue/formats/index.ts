import type { FastifyInstance } from 'fastify';
import type { EventFilter } from '../shared/index.js';
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
export { catalogueSitemap } from './sitemap.js';
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

/** The iCalendar feed of upcoming events (all cities or one, all fields of action or one): the calendar page's filter. */
export function eventsFeedPath(filter: EventFilter): string {
  const params = new URLSearchParams();
  if (filter.city) params.set('city', filter.city);
  if (filter.field) params.set('field', filter.field);
  const query = params.toString();
  return `/api/v1/catalogue/events.ics${query ? `?${query}` : ''}`;
}

/**
 * The feed's address for subscribing: webcal:// makes a browser hand it to the calendar program as a subscription
 * (RFC 7986 clients and the common calendar apps), on the platform's own host.
 */
export function eventsFeedSubscription(baseUrl: string, filter: EventFilter): { webcal: string; https: string } {
  const https = new URL(eventsFeedPath(filter), baseUrl).toString();
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}

/** One published event as an iCalendar file ("In Kalender eintragen"). */
export function eventCalendarPath(eventId: string): string {
  return `/api/v1/catalogue/events/${eventId}/ics`;
}

export async function registerFormats(app: FastifyInstance): Promise<void> {
  await app.register(formatRoutes, { prefix: '/api/v1' });
}
