import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { EntryDetailSchema, EntryIdParamsSchema, EntryListSchema, ErrorResponseSchema } from './api-schemas.js';
import { presentEntryForApi, presentSearchForApi } from './present.js';
import { SearchParamsSchema, toSearchCriteria } from './schemas.js';
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
        summary: 'Search and list published catalogue entries',
        description:
          'All kinds (actors, offers, projects, funding programmes, knowledge, events). Titles and summaries in the language of the Accept-Language header, German where no translation exists. Unknown filter values and parameters are ignored and reported in `notices`.',
        tags: ['catalogue'],
        querystring: SearchParamsSchema,
        response: { 200: EntryListSchema, 400: ErrorResponseSchema },
      },
    },
    async (request) => {
      const { criteria, notices } = toSearchCriteria(request.query);
      const result = await searchCatalogue({ db: services.db, criteria, locale: request.i18n.locale.code, notices });
      return presentSearchForApi(result, criteria, request.i18n, services.config.baseUrl);
    },
  );
  api.get(
    '/entries/:id',
    {
      schema: {
        summary: 'One published catalogue entry with all its translations',
        tags: ['catalogue'],
        params: EntryIdParamsSchema,
        response: { 200: EntryDetailSchema, 400: ErrorResponseSchema, 404: ErrorResponseSchema },
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
