import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { textResponse } from '../../core/http/openapi.js';
import { getTranslator } from '../../core/i18n/translator.js';
import { ATTRIBUTION, DATA_LICENCE, linkedDataRoutes } from '../catalogue/index.js';
import { IndicatorListSchema, NoQuery, ValueListSchema, ValuesQuery } from './api-schemas.js';
import { buildMonitoringDcat, MONITORING_DCAT_PATH } from './formats/index.js';
import { INDICATORS, STORED_INDICATORS } from './indicators.js';
import { exportValues, valuesToCsv } from './use-cases/export-values.js';

/** Open data may be read by any site (no cookies are involved) and cached briefly. */
const OPEN_DATA_HEADERS = { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=300' };

/** The monitoring's stable JSON API and downloads under /api/v1/monitoring, described in the OpenAPI. */
export async function monitoringApiRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { services } = app;
  const de = () => getTranslator('de');
  const en = () => getTranslator('en');
  const both = (key: string) => ({ de: de().t(key), en: en().t(key) });

  api.get(
    '/monitoring/indicators',
    {
      schema: {
        operationId: 'listMonitoringIndicators',
        summary: 'The indicator catalogue: units, sources, definitions and breaks, in German and English',
        description:
          'Every indicator of the integration monitoring with its unit, theme, kind of source, definition and the years its series breaks.',
        tags: ['monitoring'],
        querystring: NoQuery,
        response: {
          200: { description: 'The indicators', content: { 'application/json': { schema: IndicatorListSchema } } },
        },
      },
    },
    async (_request, reply) => {
      reply.headers(OPEN_DATA_HEADERS);
      return {
        indicators: INDICATORS.map((indicator) => ({
          key: indicator.key,
          unit: indicator.unit,
          theme: indicator.theme,
          source_kind: indicator.sourceKind,
          computed: indicator.isComputed,
          name: both(`monitoring_indicators.${indicator.key}.name`),
          definition: both(`monitoring_indicators.${indicator.key}.definition`),
          breaks: indicator.breaks.map((item) => ({
            year: item.year,
            kind: item.kind,
            label: both(`monitoring_indicators.breaks.${item.id}.label`),
          })),
        })),
      };
    },
  );

  api.get(
    '/monitoring/values',
    {
      schema: {
        operationId: 'listMonitoringValues',
        summary: 'Indicator values per area and year, with source, retrieval date and demo flag',
        description: 'The stored values of one indicator or all, for one area or all, with licence and attribution.',
        tags: ['monitoring'],
        querystring: ValuesQuery,
        response: {
          200: {
            description: 'The values with licence and attribution',
            content: { 'application/json': { schema: ValueListSchema } },
          },
        },
      },
    },
    async (request, reply) => {
      reply.headers(OPEN_DATA_HEADERS);
      return {
        licence: DATA_LICENCE,
        attribution: ATTRIBUTION,
        values: await exportValues({ services, query: request.query }),
      };
    },
  );

  api.get(
    '/monitoring/values.csv',
    {
      schema: {
        operationId: 'downloadMonitoringValuesCsv',
        summary: 'The same values as CSV (RFC 4180, comma, decimal point, UTF-8)',
        description: 'The values of /api/v1/monitoring/values as a CSV file with a header row.',
        tags: ['monitoring'],
        querystring: ValuesQuery,
        response: { 200: textResponse('text/csv', 'The values as CSV') },
      },
    },
    async (request, reply) => {
      const values = await exportValues({ services, query: request.query });
      const name = request.query.indicator ? `monitoring-${request.query.indicator}.csv` : 'monitoring.csv';
      return reply
        .headers(OPEN_DATA_HEADERS)
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(valuesToCsv(values));
    },
  );

  linkedDataRoutes(app, {
    path: MONITORING_DCAT_PATH.replace('/api/v1', ''),
    operationId: 'getMonitoringDcatCatalog',
    summary: 'DCAT-AP.de description of the monitoring data',
    description: 'The monitoring’s data sets, one per indicator with stored values, as a DCAT-AP.de catalogue.',
    tags: ['monitoring'],
    build: async () => {
      const stored = await services.db
        .selectFrom('monitoring_values')
        .select([
          'indicator_key',
          (eb) => eb.fn.min('year').as('first'),
          (eb) => eb.fn.max('year').as('last'),
          (eb) => eb.fn.min('created_at').as('issued'),
          (eb) => eb.fn.max('updated_at').as('modified'),
        ])
        .select((eb) => eb.fn.countAll<number>().filterWhere('is_demo', '=', true).as('demo'))
        .groupBy('indicator_key')
        .execute();
      const modified = stored.reduce<Date | null>((latest, row) => {
        const at = row.modified ? new Date(row.modified) : null;
        return at && (!latest || at > latest) ? at : latest;
      }, null);
      // An indicator without stored values has no data to describe yet.
      return buildMonitoringDcat({
        baseUrl: services.config.baseUrl,
        modified,
        indicators: STORED_INDICATORS.flatMap((indicator) => {
          const row = stored.find((candidate) => candidate.indicator_key === indicator.key);
          if (!row) return [];
          return [
            {
              indicator,
              title: both(`monitoring_indicators.${indicator.key}.name`),
              description: both(`monitoring_indicators.${indicator.key}.definition`),
              firstYear: Number(row.first),
              lastYear: Number(row.last),
              issued: row.issued ? new Date(row.issued) : null,
              modified: row.modified ? new Date(row.modified) : null,
              hasDemo: Number(row.demo) > 0,
            },
          ];
        }),
      });
    },
  });
}
