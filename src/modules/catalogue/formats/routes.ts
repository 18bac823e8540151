import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { eventFilterText } from '../shared/index.js';
import { buildDcatCatalog, DCAT_PATH } from './dcat.js';
import { EventIdParams, EventsFeedQuery, HsdsPageQuery, NoQuery } from './schemas.js';
import { buildEventCalendar, buildUpcomingEventsCalendar } from './use-cases/build-event-calendar.js';
import { exportHsdsLocations, exportHsdsOrganizations, exportHsdsServices } from './use-cases/export-hsds.js';
import { catalogueDates } from './use-cases/catalogue-dates.js';
import { linkedDataRoutes, OPEN_DATA_HEADERS } from './linked-data.js';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

/** Open formats: iCalendar, Open Referral HSDS 3.0 and the DCAT-AP.de catalogue. */
export async function formatRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { services } = app;

  api.get(
    '/catalogue/events.ics',
    {
      schema: {
        summary: 'iCalendar feed of upcoming published events: all, or in one city and/or one field of action',
        tags: ['open data'],
        querystring: EventsFeedQuery,
      },
    },
    async (request, reply) => {
      const filter = { city: request.query.city ?? null, field: request.query.field ?? null };
      const body = await buildUpcomingEventsCalendar({
        services,
        ...filter,
        name: eventFilterText(request.i18n, 'catalogue_formats.calendar.feed_name', filter),
        source: new URL(request.url, services.config.baseUrl).toString(),
      });
      const fileName = ['veranstaltungen', filter.city, filter.field].filter(Boolean).join('-');
      return reply
        .headers(OPEN_DATA_HEADERS)
        .header('content-type', CALENDAR_TYPE)
        .header('content-disposition', `inline; filename="${fileName}.ics"`)
        .send(body);
    },
  );

  api.get(
    '/catalogue/events/:id/ics',
    {
      schema: {
        summary: 'One published event as iCalendar',
        tags: ['open data'],
        params: EventIdParams,
        querystring: NoQuery,
      },
    },
    async (request, reply) => {
      const body = await buildEventCalendar({
        db: services.db,
        baseUrl: services.config.baseUrl,
        eventId: request.params.id,
      });
      return reply
        .headers(OPEN_DATA_HEADERS)
        .header('content-type', CALENDAR_TYPE)
        .header('content-disposition', `attachment; filename="veranstaltung-${request.params.id}.ics"`)
        .send(body);
    },
  );

  const hsds = { tags: ['open data'], querystring: HsdsPageQuery };
  api.get(
    '/catalogue/hsds/organizations',
    { schema: { ...hsds, summary: 'Actors as Open Referral HSDS 3.0 organizations' } },
    async (request, reply) =>
      reply
        .headers(OPEN_DATA_HEADERS)
        .send(await exportHsdsOrganizations({ services, page: request.query.page, perPage: request.query.per_page })),
  );
  api.get(
    '/catalogue/hsds/services',
    { schema: { ...hsds, summary: 'Offers as Open Referral HSDS 3.0 services' } },
    async (request, reply) =>
      reply
        .headers(OPEN_DATA_HEADERS)
        .send(await exportHsdsServices({ services, page: request.query.page, perPage: request.query.per_page })),
  );
  api.get(
    '/catalogue/hsds/locations',
    { schema: { ...hsds, summary: 'Addresses of actors as Open Referral HSDS 3.0 locations' } },
    async (request, reply) =>
      reply
        .headers(OPEN_DATA_HEADERS)
        .send(await exportHsdsLocations({ services, page: request.query.page, perPage: request.query.per_page })),
  );

  linkedDataRoutes(app, {
    path: DCAT_PATH.replace('/api/v1', ''),
    summary: 'DCAT-AP.de description of the open data sets',
    tags: ['open data'],
    build: async () => buildDcatCatalog({ baseUrl: services.config.baseUrl, dates: await catalogueDates(services) }),
  });
}
