import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { eventFilterText } from '../shared/index.js';
import { buildDcatCatalog, DCAT_PATH } from './dcat.js';
import { apiError, textResponse } from '../../../core/http/openapi.js';
import { EventIdParams, EventsFeedQuery, NoQuery } from './schemas.js';
import {
  HsdsFullServiceSchema,
  HsdsIdParams,
  HsdsLocationSchema,
  HsdsMetaSchema,
  HsdsMinimalServiceSchema,
  HsdsOrganizationSchema,
  HsdsOrganizationsQuery,
  HsdsPageQuery,
  HsdsServiceAtLocationSchema,
  HsdsServiceAtLocationsQuery,
  HsdsServicesQuery,
  HsdsServiceSummarySchema,
  hsdsPage,
} from './hsds-api-schemas.js';
import { buildEventCalendar, buildUpcomingEventsCalendar } from './use-cases/build-event-calendar.js';
import { exportHsdsLocations, exportHsdsOrganizations } from './use-cases/export-hsds.js';
import { getHsdsService } from './use-cases/get-hsds-service.js';
import { getHsdsServiceAtLocation } from './use-cases/get-hsds-service-at-location.js';
import { listHsdsServiceAtLocations } from './use-cases/list-hsds-service-at-locations.js';
import { listHsdsServices } from './use-cases/list-hsds-services.js';
import { catalogueDates } from './use-cases/catalogue-dates.js';
import { linkedDataRoutes, OPEN_DATA_HEADERS } from './linked-data.js';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
const HSDS = '/catalogue/hsds';
const json = (description: string, schema: unknown) => ({ description, content: { 'application/json': { schema } } });
const REFUSED = apiError('A parameter is unknown or has a value outside its allowed values');
const NOT_FOUND = apiError('Nothing public has this id');

/** Open formats: iCalendar, Open Referral HSDS 3.0 and the DCAT-AP.de catalogue. */
export async function formatRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { services } = app;

  api.get(
    '/catalogue/events.ics',
    {
      schema: {
        operationId: 'getEventsCalendarFeed',
        summary: 'iCalendar feed of upcoming published events: all, or in one city and/or one field of action',
        description: 'Every published event that has not ended, as an RFC 5545 calendar to subscribe to.',
        tags: ['open data'],
        querystring: EventsFeedQuery,
        response: { 200: textResponse('text/calendar', 'The events as iCalendar'), 400: REFUSED },
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
        operationId: 'getEventCalendar',
        summary: 'One published event as iCalendar',
        description: 'One event as an RFC 5545 file to add to a calendar.',
        tags: ['open data'],
        params: EventIdParams,
        querystring: NoQuery,
        response: {
          200: textResponse('text/calendar', 'The event as iCalendar'),
          400: apiError('The id is not a UUID, or a parameter is unknown'),
          404: apiError('No published event has this id'),
        },
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

  const hsds = (operationId: string, summary: string, description: string) => ({
    operationId,
    summary,
    description: `${description} Open Referral HSDS 3.0 (https://docs.openreferral.org/en/latest/hsds/api_reference.html).`,
    tags: ['open data'],
  });
  const open = <T>(reply: { headers: (h: typeof OPEN_DATA_HEADERS) => unknown }, body: T): T => {
    reply.headers(OPEN_DATA_HEADERS);
    return body;
  };

  api.get(
    HSDS,
    {
      schema: {
        ...hsds(
          'getHsdsApiMetaInformation',
          'About this HSDS API',
          'The HSDS version this API follows and where its OpenAPI description is.',
        ),
        querystring: NoQuery,
        response: { 200: json('The HSDS version, profile and OpenAPI description', HsdsMetaSchema), 400: REFUSED },
      },
    },
    async (_request, reply) =>
      open(reply, {
        version: '3.0',
        profile: 'https://docs.openreferral.org/en/v3.0/',
        openapi_url: new URL('/api/openapi.json', services.config.baseUrl).href,
      }),
  );
  api.get(
    `${HSDS}/organizations`,
    {
      schema: {
        ...hsds(
          'listHsdsOrganizations',
          'Actors as Open Referral HSDS 3.0 organizations',
          'Every organisation with a published actor profile or offer, searchable by name, paged.',
        ),
        querystring: HsdsOrganizationsQuery,
        response: { 200: json('One page of organizations', hsdsPage(HsdsOrganizationSchema)), 400: REFUSED },
      },
    },
    async (request, reply) =>
      open(
        reply,
        await exportHsdsOrganizations({
          services,
          search: request.query.search,
          full: request.query.full,
          page: request.query.page,
          perPage: request.query.per_page,
        }),
      ),
  );
  api.get(
    `${HSDS}/services`,
    {
      schema: {
        ...hsds(
          'listHsdsServices',
          'Offers as Open Referral HSDS 3.0 services',
          'Published offers with their one-to-one fields; full=true nests everything, minimal=true gives id and last_modified only.',
        ),
        querystring: HsdsServicesQuery,
        response: {
          200: json(
            'One page of services',
            hsdsPage(z.union([HsdsFullServiceSchema, HsdsServiceSummarySchema, HsdsMinimalServiceSchema])),
          ),
          400: REFUSED,
        },
      },
    },
    async (request, reply) => {
      const { query } = request;
      return open(
        reply,
        await listHsdsServices({
          services,
          filter: { search: query.search, modifiedAfter: query.modified_after, organizationId: query.organization_id },
          full: query.full,
          minimal: query.minimal,
          page: query.page,
          perPage: query.per_page,
        }),
      );
    },
  );
  api.get(
    `${HSDS}/services/:id`,
    {
      schema: {
        ...hsds(
          'getHsdsService',
          'One offer as a fully nested HSDS service',
          'The service with its organization, languages, service areas, cost options and the locations it is given at.',
        ),
        params: HsdsIdParams,
        querystring: NoQuery,
        response: { 200: json('The service', HsdsFullServiceSchema), 400: REFUSED, 404: NOT_FOUND },
      },
    },
    async (request, reply) => open(reply, await getHsdsService({ services, id: request.params.id })),
  );
  api.get(
    `${HSDS}/service_at_locations`,
    {
      schema: {
        ...hsds(
          'listHsdsServiceAtLocations',
          'Where each offer is given, as HSDS service_at_locations',
          'Each offer at each location of its organisation (online-only offers have none); the same filters as services, paged.',
        ),
        querystring: HsdsServiceAtLocationsQuery,
        response: {
          200: json('One page of services at locations', hsdsPage(HsdsServiceAtLocationSchema)),
          400: REFUSED,
        },
      },
    },
    async (request, reply) => {
      const { query } = request;
      return open(
        reply,
        await listHsdsServiceAtLocations({
          services,
          filter: { search: query.search, modifiedAfter: query.modified_after, organizationId: query.organization_id },
          full: query.full,
          page: query.page,
          perPage: query.per_page,
        }),
      );
    },
  );
  api.get(
    `${HSDS}/service_at_locations/:id`,
    {
      schema: {
        ...hsds(
          'getHsdsServiceAtLocation',
          'One offer at one location, with both nested',
          'The service_at_location with its service and its location (and the location’s address).',
        ),
        params: HsdsIdParams,
        querystring: NoQuery,
        response: {
          200: json('The service at the location', HsdsServiceAtLocationSchema),
          400: REFUSED,
          404: NOT_FOUND,
        },
      },
    },
    async (request, reply) => open(reply, await getHsdsServiceAtLocation({ services, id: request.params.id })),
  );
  api.get(
    `${HSDS}/locations`,
    {
      schema: {
        ...hsds(
          'listHsdsLocations',
          'Addresses of actors as Open Referral HSDS 3.0 locations',
          'The addresses of published actor profiles; an address with a street also as a structured HSDS address.',
        ),
        querystring: HsdsPageQuery,
        response: { 200: json('One page of locations', hsdsPage(HsdsLocationSchema)), 400: REFUSED },
      },
    },
    async (request, reply) =>
      open(reply, await exportHsdsLocations({ services, page: request.query.page, perPage: request.query.per_page })),
  );

  linkedDataRoutes(app, {
    path: DCAT_PATH.replace('/api/v1', ''),
    operationId: 'getCatalogueDcatCatalog',
    summary: 'DCAT-AP.de description of the open data sets',
    description: 'The catalogue’s open data sets and their distributions as a DCAT-AP.de catalogue.',
    tags: ['open data'],
    build: async () => buildDcatCatalog({ baseUrl: services.config.baseUrl, dates: await catalogueDates(services) }),
  });
}
