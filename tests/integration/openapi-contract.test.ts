import { describe, expect, it } from 'vitest';
import { validate as validateOpenApi } from '@readme/openapi-parser';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { generateDemoData } from '../../src/seed/demo.js';
import { useTestPlatform, type TestClient } from '../setup/test-platform.js';
import { signedInClient } from '../setup/sign-in.js';

/**
 * The API contract (decision 028): the OpenAPI description the platform serves is valid OpenAPI 3.1
 * (a real validator), lints without a single problem on Redocly's recommended rules, and every GET
 * operation answers live, on demo data, what it declares: status, media type and a body that
 * validates against the declared schema — for the success and for its error responses (400 for an
 * unknown filter value or parameter, 404 for an unknown id, 401 without a session).
 */
const test = useTestPlatform();
// ajv-formats is CommonJS: from ESM its plugin function is the `default` of module.exports.
const addFormats = addFormatsModule.default;

type Schema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  security?: Record<string, string[]>[];
  responses: Record<string, { description: string; content?: Record<string, { schema?: Schema }> }>;
}
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components?: Record<string, unknown>;
}

async function fetchDescription(): Promise<OpenApiDocument> {
  const response = await test.app.inject({ url: '/api/openapi.json' });
  expect(response.statusCode).toBe(200);
  return response.json<OpenApiDocument>();
}

/** Allowed values a query parameter declares (an enum, or an enum of its repeatable items). */
function declaredValues(schema: Schema | undefined): string[] | null {
  if (!schema) return null;
  if (Array.isArray(schema.enum)) return schema.enum as string[];
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options))
      for (const option of options as Schema[]) {
        const values = declaredValues(option) ?? declaredValues(option.items as Schema | undefined);
        if (values) return values;
      }
  }
  return null;
}

describe('OpenAPI description', () => {
  it('is valid OpenAPI and lints without problems on the recommended rules', async () => {
    const description = await fetchDescription();
    const validation = await validateOpenApi(structuredClone(description) as never);
    expect(validation.valid, JSON.stringify(validation.valid ? [] : validation.errors, null, 2)).toBe(true);
    expect(validation.warnings).toEqual([]);

    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(description), config });
    expect(
      problems.map(
        (problem) =>
          `${problem.ruleId} ${problem.severity}: ${problem.message} at ${problem.location[0]?.pointer ?? ''}`,
      ),
    ).toEqual([]);
  });

  it('declares what every GET operation answers, live on demo data', async () => {
    await generateDemoData(test.db, { scale: 1 });
    const description = await fetchDescription();
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi.json', components: description.components ?? {} });

    const company = await signedInClient(test, 'firma@unternehmen.vielfalt-ruhr.example');
    const ids = await demoIds();
    const failures: string[] = [];
    const checked = new Map<string, number[]>();

    async function check(
      path: string,
      operation: Operation,
      url: string,
      expected: number,
      client: TestClient | null,
    ): Promise<void> {
      const response = client
        ? await client.get(url)
        : await test.app.inject({ url, headers: { 'accept-language': 'de' } });
      const where = `GET ${url} (${operation.operationId ?? path})`;
      checked.set(path, [...(checked.get(path) ?? []), response.statusCode]);
      if (response.statusCode !== expected) {
        failures.push(`${where}: status ${response.statusCode}, expected ${expected}: ${response.body.slice(0, 200)}`);
        return;
      }
      const declared = operation.responses[String(response.statusCode)];
      if (!declared) {
        failures.push(`${where}: status ${response.statusCode} is not declared`);
        return;
      }
      const mediaType = String(response.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim();
      const content = declared.content ?? {};
      if (!mediaType || !(mediaType in content)) {
        failures.push(`${where}: media type ${mediaType} not declared (${Object.keys(content).join(', ') || 'none'})`);
        return;
      }
      const schema = content[mediaType]?.schema;
      if (!schema) {
        failures.push(`${where}: no schema declared for ${mediaType}`);
        return;
      }
      const body: unknown = /json$/.test(mediaType) ? response.json() : response.body;
      const validateBody = ajv.compile(rebase(schema));
      if (!validateBody(body))
        failures.push(
          `${where}: body does not match its schema: ${ajv.errorsText(validateBody.errors, { separator: '; ' }).slice(0, 600)}`,
        );
    }

    for (const [path, item] of Object.entries(description.paths)) {
      const operation = item.get;
      if (!operation) continue;
      const pathParameters = (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      const example = ids[path];
      if (pathParameters.length > 0 && !example) {
        failures.push(`GET ${path}: no demo id for its path parameters; add one to demoIds()`);
        continue;
      }
      const url = example ?? path;
      const needsSession = (operation.security ?? []).some((requirement) => Object.keys(requirement).length > 0);
      const client = needsSession ? company : null;
      await check(path, operation, url, 200, client);
      if (needsSession) await check(path, operation, url, 401, null);
      // A path parameter that names nothing: 404; one of the wrong shape: 400.
      if (pathParameters.length > 0) {
        await check(path, operation, url.replace(UUID, '00000000-0000-4000-8000-000000000000'), 404, client);
        await check(path, operation, url.replace(UUID, 'not-an-id'), 400, client);
      }
      const separator = url.includes('?') ? '&' : '?';
      await check(path, operation, `${url}${separator}not_a_parameter=1`, 400, client);
      for (const parameter of (operation.parameters ?? []).filter((p) => p.in === 'query')) {
        if (declaredValues(parameter.schema))
          await check(path, operation, `${url}${separator}${parameter.name}=nope`, 400, client);
      }
    }
    expect(failures).toEqual([]);
    expect(checked.size).toBeGreaterThan(10);
  }, 600_000);
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** Refs into the description's components resolve against the schema registered as openapi.json. */
function rebase(schema: Schema): Schema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi.json#/components/')) as Schema;
}

/** A real id in the demo data for each path template with parameters. */
async function demoIds(): Promise<Record<string, string>> {
  const { db } = test;
  const published = (kind: 'offer' | 'event' | 'actor') =>
    db
      .selectFrom('catalogue_entries')
      .select('id')
      .where('kind', '=', kind)
      .where('status', '=', 'published')
      .where('hidden_at', 'is', null)
      .orderBy('title')
      .executeTakeFirstOrThrow();
  const offer = await published('offer');
  const event = await published('event');
  const application = await db
    .selectFrom('applications as a')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select(['a.id', 'a.position_id'])
    .where('o.name', '=', 'Zechenring Mechatronik GmbH')
    .where('a.position_id', 'is not', null)
    .where('a.withdrawn_at', 'is', null)
    .orderBy('a.created_at')
    .executeTakeFirstOrThrow();
  const hsds = await test.app.inject({ url: '/api/v1/catalogue/hsds/service_at_locations?per_page=1' });
  const serviceAtLocation =
    hsds.statusCode === 200 ? (hsds.json<{ contents: { id: string }[] }>().contents[0]?.id ?? '') : '';
  const organisation = await db
    .selectFrom('catalogue_entries')
    .select('organisation_id')
    .where('id', '=', offer.id)
    .executeTakeFirstOrThrow();
  return {
    '/api/v1/catalogue/entries/{id}': `/api/v1/catalogue/entries/${offer.id}`,
    '/api/v1/catalogue/events/{id}/ics': `/api/v1/catalogue/events/${event.id}/ics`,
    '/api/v1/catalogue/hsds/services/{id}': `/api/v1/catalogue/hsds/services/${offer.id}`,
    '/api/v1/catalogue/hsds/organizations/{id}': `/api/v1/catalogue/hsds/organizations/${organisation.organisation_id}`,
    '/api/v1/catalogue/hsds/service_at_locations/{id}': `/api/v1/catalogue/hsds/service_at_locations/${serviceAtLocation}`,
    '/api/v1/matching/positions/{positionId}/applications': `/api/v1/matching/positions/${application.position_id ?? ''}/applications`,
    '/api/v1/matching/applications/{id}': `/api/v1/matching/applications/${application.id}`,
  };
}
