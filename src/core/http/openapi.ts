import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config.js';
import { SESSION_COOKIE } from '../auth/sessions.js';
import { CSRF_HEADER } from './csrf.js';

/**
 * The OpenAPI description of the platform's API (served at /api/openapi.json, decision 028). Routes
 * describe themselves in their `schema` (operationId, summary, description, tags, parameters and every
 * response with its media type); this file adds what all share: servers, contact, licence, tags, the
 * security schemes, and the error responses every validated operation can give.
 */

/** The JSON body of every API error: a code, a message in the request's language, a message per field. */
export const ApiErrorSchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable error code, e.g. invalid_input, not_found, unauthenticated'),
      message: z.string().describe('Explanation in the language of the Accept-Language header'),
      fields: z.record(z.string(), z.string()).describe('A message per refused parameter or field'),
    }),
  })
  .describe('An error');

/** A response of the error shape, for a route's `response` map. */
export const apiError = (description: string) => ({
  description,
  content: { 'application/json': { schema: ApiErrorSchema } },
});

/** A response whose body is not JSON (iCalendar, CSV, JSON-LD), declared with its media type. */
export function textResponse(mediaType: string, description: string) {
  return { description, content: { [mediaType]: { schema: z.string().describe(description) } } };
}

/** A query string that takes no parameters: anything given is refused with 400. */
export const NoQuery = z.object({}).strict();

/** Open to everyone: no session needed. */
export const PUBLIC: Record<string, string[]>[] = [];
/** Reading needs a signed-in session (the session cookie). */
export const SESSION: Record<string, string[]>[] = [{ session: [] }];
/** Writing needs the session and the CSRF token in the x-csrf-token header. */
export const SESSION_AND_CSRF: Record<string, string[]>[] = [{ session: [], csrfToken: [] }];

const TAGS = [
  { name: 'catalogue', description: 'The catalogue of actors, offers, projects, funding, knowledge and events' },
  { name: 'open data', description: 'Open formats: Open Referral HSDS 3.0, DCAT-AP.de, iCalendar' },
  { name: 'organisations', description: 'Verified organisations of the cities' },
  { name: 'matching', description: 'A company’s view of the applications for its positions (sign-in required)' },
  { name: 'monitoring', description: 'Integration monitoring: indicators and their values per city' },
  { name: 'operations', description: 'Whether the platform is up' },
];

export function openApiDocument(config: Pick<Config, 'baseUrl'>): FastifyDynamicSwaggerOptions['openapi'] {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vielfalt Ruhr API',
      version: '1.0.0',
      description:
        'Public JSON API and open data of the Vielfalt Ruhr platform of seven Ruhr cities. Unknown parameters and values outside a parameter’s allowed values are refused with 400 and a message per parameter.',
      contact: { name: 'Vielfalt Ruhr', url: new URL('/de/impressum', config.baseUrl).href },
      license: {
        name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
        url: 'https://www.govdata.de/dl-de/by-2-0',
      },
    },
    // Relative: the installation that serves this description (its address differs per installation).
    servers: [{ url: '/', description: 'This installation' }],
    tags: TAGS,
    components: {
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: `The session cookie set by signing in (named __Host-${SESSION_COOKIE} over HTTPS in production).`,
        },
        csrfToken: {
          type: 'apiKey',
          in: 'header',
          name: CSRF_HEADER,
          description: 'The CSRF token bound to the session (the vr_csrf cookie’s value); required for every write.',
        },
      },
    },
  };
}

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

/**
 * Hides everything outside the API, and gives every described operation the defaults it shares:
 * no session needed unless the route says otherwise, and a 400 with the error body wherever the
 * route validates a parameter.
 */
export function describeOperation(document: TransformInput): ReturnType<typeof jsonSchemaTransform> {
  const { url } = document;
  const schema = (document.schema ?? {}) as Record<string, unknown>;
  if (!url.startsWith('/api/') && url !== '/health') return { schema: { ...schema, hide: true }, url };
  const response = { ...((schema.response as Record<string, unknown> | undefined) ?? {}) };
  if ((schema.querystring || schema.params || schema.body) && !response['400'])
    response['400'] = apiError('A parameter is unknown or has a value outside its allowed values');
  return jsonSchemaTransform({
    ...document,
    schema: { security: PUBLIC, ...schema, response },
  });
}
