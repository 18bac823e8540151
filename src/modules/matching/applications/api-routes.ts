import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireUser } from '../../../core/auth/guards.js';
import {
  ApplicationIdParams,
  CompanyApplicationSchema,
  ErrorResponseSchema,
  MessageResultSchema,
  PositionApplicationsSchema,
  PositionIdParams,
  StatusResultSchema,
  withIsoDates,
} from './api-schemas.js';
import { MessageFormSchema, StatusFormSchema } from './schemas.js';
import { getCompanyApplication } from './use-cases/get-company-application.js';
import { listPositionApplications } from './use-cases/list-position-applications.js';
import { postMessage } from './use-cases/post-message.js';
import { setApplicationStatus } from './use-cases/set-application-status.js';

const errors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
  409: ErrorResponseSchema,
};

/** The company side as JSON for members' own tools: the same use-cases, presenters and rules as the pages. */
export async function applicationApiRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { services } = app;
  const tags = ['matching'];
  // An application may carry a revealed identity: no browser or proxy keeps a copy of any answer here.
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  api.get(
    '/positions/:positionId/applications',
    {
      schema: {
        summary: 'Applications for a position of your company, under pseudonyms',
        tags,
        params: PositionIdParams,
        response: { 200: PositionApplicationsSchema, ...errors },
      },
    },
    async (request) =>
      withIsoDates(
        await listPositionApplications({
          services,
          actor: requireUser(request.actor),
          positionId: request.params.positionId,
        }),
      ),
  );

  api.get(
    '/applications/:id',
    {
      schema: {
        summary:
          'One application: the qualifications part under its pseudonym; name and contact only after the applicant consented',
        tags,
        params: ApplicationIdParams,
        response: { 200: CompanyApplicationSchema, ...errors },
      },
    },
    async (request) =>
      withIsoDates(
        await getCompanyApplication({
          services,
          actor: requireUser(request.actor),
          id: request.params.id,
          ip: request.ip,
          via: 'api',
        }),
      ),
  );

  api.post(
    '/applications/:id/status',
    {
      schema: {
        summary: 'Move an application on (in review, invite, interview, offer, contract, decline)',
        tags,
        params: ApplicationIdParams,
        body: StatusFormSchema,
        response: { 200: StatusResultSchema, ...errors },
      },
    },
    async (request) => {
      const { status, note } = request.body;
      const result = await setApplicationStatus({
        services,
        actor: requireUser(request.actor),
        id: request.params.id,
        status,
        note,
      });
      return { status, noteHeldBack: result.noteHeldBack };
    },
  );

  api.post(
    '/applications/:id/messages',
    {
      schema: {
        summary: 'Write to the applicant; contact data before the reveal is held back',
        tags,
        params: ApplicationIdParams,
        body: MessageFormSchema,
        response: { 200: MessageResultSchema, ...errors },
      },
    },
    async (request) =>
      postMessage({
        services,
        actor: requireUser(request.actor),
        id: request.params.id,
        side: 'company',
        body: request.body.body,
      }),
  );
}
