import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireUser } from '../../../core/auth/guards.js';
import { apiError, NoQuery, SESSION, SESSION_AND_CSRF } from '../../../core/http/openapi.js';
import {
  ApplicationIdParams,
  CompanyApplicationSchema,
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
  400: apiError('A parameter or field is unknown or invalid (a message per field)'),
  401: apiError('Not signed in'),
  403: apiError('Signed in, but not a member of the company the application was made to'),
  404: apiError('No such application or position'),
  409: apiError('The application has moved on in the meantime'),
};
const json = (description: string, schema: unknown) => ({ description, content: { 'application/json': { schema } } });

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
        operationId: 'listPositionApplications',
        summary: 'Applications for a position of your company, under pseudonyms',
        description:
          'The applications for one position of the signed-in member’s company: pseudonym, status, school certificate and languages; never a name or contact.',
        tags,
        security: SESSION,
        params: PositionIdParams,
        querystring: NoQuery,
        response: { 200: json('The position and its applications', PositionApplicationsSchema), ...errors },
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
        operationId: 'getCompanyApplication',
        description:
          'The qualifications, messages and history of one application to the signed-in member’s company; the identity only once the applicant consented to the reveal.',
        tags,
        security: SESSION,
        params: ApplicationIdParams,
        querystring: NoQuery,
        response: { 200: json('The application', CompanyApplicationSchema), ...errors },
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
        operationId: 'setApplicationStatus',
        summary: 'Move an application on (in review, invite, interview, offer, contract, decline)',
        description:
          'Moves the application to one of its next statuses with an optional note to the applicant; contact data in the note before the reveal is held back.',
        tags,
        security: SESSION_AND_CSRF,
        params: ApplicationIdParams,
        querystring: NoQuery,
        body: StatusFormSchema,
        response: { 200: json('The new status', StatusResultSchema), ...errors },
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
        operationId: 'postApplicationMessage',
        summary: 'Write to the applicant; contact data before the reveal is held back',
        description: 'Sends a message to the applicant under the application’s pseudonym.',
        tags,
        security: SESSION_AND_CSRF,
        params: ApplicationIdParams,
        querystring: NoQuery,
        body: MessageFormSchema,
        response: { 200: json('Whether the message was held back', MessageResultSchema), ...errors },
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
