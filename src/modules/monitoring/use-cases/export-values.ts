import { sql } from 'kysely';
import type { AppServices } from '../../../core/http/types.js';
import { DATA_LICENCE } from '../../catalogue/index.js';
import { AREA_KEYS } from '../areas.js';
import { findIndicator } from '../indicators.js';
import type { PublicValue, ValuesQueryInput } from '../api-schemas.js';

/** The open data: every stored value (all indicators are public), optionally of one indicator or area. */
export async function exportValues(options: {
  services: AppServices;
  query: ValuesQueryInput;
}): Promise<PublicValue[]> {
  const { services, query } = options;
  let select = services.db
    .selectFrom('monitoring_values as v')
    .select([
      'v.indicator_key',
      'v.area',
      'v.year',
      'v.value',
      'v.sign',
      'v.source',
      sql<string>`to_char(v.retrieved_on, 'YYYY-MM-DD')`.as('retrieved_on'),
      'v.is_demo',
      sql<boolean>`exists (select 1 from monitoring_corrections c where c.value_id = v.id)`.as('is_corrected'),
    ])
    .orderBy('v.indicator_key')
    .orderBy('v.area')
    .orderBy('v.year');
  if (query.indicator) select = select.where('v.indicator_key', '=', query.indicator);
  if (query.area) select = select.where('v.area', '=', query.area);
  const rows = await select.execute();
  return rows.map((row) => ({
    indicator: row.indicator_key,
    area: row.area,
    area_key: AREA_KEYS[row.area],
    year: row.year,
    value: row.value,
    sign: row.sign,
    unit: findIndicator(row.indicator_key)?.unit ?? 'percent',
    source: row.source,
    retrieved_on: row.retrieved_on,
    is_demo: row.is_demo,
    is_corrected: row.is_corrected,
  }));
}

export const VALUES_LICENCE = DATA_LICENCE;

const CSV_COLUMNS = [
  'indicator',
  'area',
  'area_key',
  'year',
  'value',
  'sign',
  'unit',
  'source',
  'retrieved_on',
  'is_demo',
  'is_corrected',
] as const satisfies readonly (keyof PublicValue)[];

/** RFC 4180 CSV with a header line, a dot as decimal mark (machine-readable open data), quoted text. */
export function valuesToCsv(values: readonly PublicValue[]): string {
  const cell = (value: string | number | boolean | null) => {
    if (value === null) return '';
    const text = String(value);
    return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
  };
  return (
    [CSV_COLUMNS.join(','), ...values.map((row) => CSV_COLUMNS.map((column) => cell(row[column])).join(','))].join(
      '\r\n',
    ) + '\r\n'
  );
}
