import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { apiError, NoQuery } from '../../../core/http/openapi.js';
import { ApiSearchQuerySchema, EntryDetailSchema, EntryIdParamsSchema, EntryListSchema } from './api-schemas.js';
import { presentEntryForApi, presentSearchForApi } from './present.js';
import { toSearchCriteria } from './schemas.js';
import { getPublicEntry } from './use-cases/get-public-entry.js';
import { searchCatalogue } from './use-cases/search-catalogue.js';

/** The public catalogue API: list and search (same parameters as the search page), and one entry. */
export async function catalogueApiRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { services } = app;
  api.get(
    '/entries',
    {
      schema: {
        operationId: 'searchCatalogueEntries',
        summary: 'Search and list published catalogue entries',
        description:
          'All kinds (actors, offers, projects, funding programmes, knowledge, events). Titles and summaries in the language of the Accept-Language header, German where no translation exists. A filter value outside its allowed values or an unknown parameter is refused with 400; a shortened query or a similar word is reported in `notices`.',
        tags: ['catalogue'],
        querystring: ApiSearchQuerySchema,
        response: {
          200: {
            description: 'One page of entries with facets',
            content: { 'application/json': { schema: EntryListSchema } },
          },
          400: apiError('A parameter is unknown or has a value outside its allowed values'),
        },
      },
    },
    async (request) => {
      const { page, ...filters } = request.query;
      const { criteria, notices } = toSearchCriteria({
        ...filters,
        page: page === undefined ? undefined : String(page),
      });
      const result = await searchCatalogue({ db: services.db, criteria, locale: request.i18n.locale.code, notices });
      return presentSearchForApi(result, criteria, request.i18n, services.config.baseUrl);
    },
  );
  api.get(
    '/entries/:id',
    {
      schema: {
        operationId: 'getCatalogueEntry',
        summary: 'One published catalogue entry with all its translations',
        description:
          'A published entry with its body (Markdown), contact, dates, kind-specific details and every translation.',
        tags: ['catalogue'],
        params: EntryIdParamsSchema,
        querystring: NoQuery,
        response: {
          200: { description: 'The entry', content: { 'application/json': { schema: EntryDetailSchema } } },
          400: apiError('The id is not a UUID, or a parameter is unknown'),
          404: apiError('No published entry has this id'),
        },
      },
    },
    async (request) =>
      presentEntryForApi(
        await getPublicEntry({ services, id: request.params.id }),
        services.config.baseUrl,
        request.i18n.locale.code,
      ),
  );
}
