import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { apiError } from '../../core/http/openapi.js';
import { ListOrganisationsQuery, OrganisationListSchema } from './api-schemas.js';
import { listVerifiedOrganisations } from './use-cases/list-verified-organisations.js';

export async function organisationApiRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/organisations',
    {
      schema: {
        operationId: 'listOrganisations',
        summary: 'Verified organisations of the seven cities',
        description:
          'Organisations whose registration the platform verified, filtered by type and city, searched by name, sorted by name and paged with limit and offset.',
        tags: ['organisations'],
        querystring: ListOrganisationsQuery,
        response: {
          200: {
            description: 'One page of organisations and the total',
            content: { 'application/json': { schema: OrganisationListSchema } },
          },
          400: apiError('A parameter is unknown or has a value outside its allowed values'),
        },
      },
    },
    async (request) => listVerifiedOrganisations({ services: app.services, filter: request.query }),
  );
}
