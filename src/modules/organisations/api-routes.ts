import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponseSchema, ListOrganisationsQuery, OrganisationListSchema } from './api-schemas.js';
import { listVerifiedOrganisations } from './use-cases/list-verified-organisations.js';

export async function organisationApiRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/organisations',
    {
      schema: {
        summary: 'Verified organisations of the seven cities',
        tags: ['organisations'],
        querystring: ListOrganisationsQuery,
        response: { 200: OrganisationListSchema, 400: ErrorResponseSchema },
      },
    },
    async (request) => listVerifiedOrganisations({ services: app.services, filter: request.query }),
  );
}
