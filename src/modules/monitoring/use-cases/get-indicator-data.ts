import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { AREAS, type Area } from '../areas.js';
import { findIndicator, type IndicatorDefinition } from '../indicators.js';
import { standingOf, targetFor, type AreaStanding, type TargetRule, type ValuePoint } from '../dashboard/index.js';

export interface IndicatorData {
  indicator: IndicatorDefinition;
  points: ValuePoint[];
  standings: AreaStanding[];
  rule: TargetRule | null;
  hasDemo: boolean;
  years: number[];
}

/**
 * Every stored value, read again only when the data version (bumped by a trigger on every write to the
 * values or corrections) or its epoch (drawn anew when the version row is created, migration 033) has
 * changed since the last read on this database. Without a version row (a database just emptied) nothing
 * is kept.
 */
const valueCache = new WeakMap<Kysely<Database>, { version: string; byKey: Map<string, ValuePoint[]> }>();

async function readAllValues(db: Kysely<Database>): Promise<Map<string, ValuePoint[]>> {
  const row = await db.selectFrom('monitoring_data_version').select(['version', 'epoch']).executeTakeFirst();
  const current = row ? `${row.epoch}:${row.version}` : null;
  const cached = valueCache.get(db);
  if (current && cached && cached.version === current) return cached.byKey;
  const rows = await db
    .selectFrom('monitoring_values as v')
    .select([
      'v.id',
      'v.indicator_key',
      'v.area',
      'v.year',
      'v.value',
      'v.sign',
      'v.source',
      'v.retrieved_on',
      'v.is_demo',
      sql<boolean>`exists (select 1 from monitoring_corrections c where c.value_id = v.id)`.as('is_corrected'),
    ])
    .orderBy('v.year')
    .orderBy('v.area')
    .execute();
  const byKey = new Map<string, ValuePoint[]>();
  for (const row of rows) {
    let list = byKey.get(row.indicator_key);
    if (!list) byKey.set(row.indicator_key, (list = []));
    list.push({
      id: row.id,
      area: row.area,
      year: row.year,
      value: row.value,
      sign: row.sign,
      source: row.source,
      retrievedOn: row.retrieved_on,
      isDemo: row.is_demo,
      isCorrected: row.is_corrected,
    });
  }
  if (current) valueCache.set(db, { version: current, byKey });
  else valueCache.delete(db);
  return byKey;
}

/** The values of some indicators, oldest first, with whether each was corrected. */
export async function readValues(db: Kysely<Database>, keys: readonly string[]): Promise<Map<string, ValuePoint[]>> {
  if (keys.length === 0) return new Map();
  const all = await readAllValues(db);
  return new Map(keys.map((key) => [key, all.get(key) ?? []]));
}

export async function readTargets(db: Kysely<Database>): Promise<TargetRule[]> {
  const rows = await db.selectFrom('monitoring_targets').selectAll().execute();
  return rows.map((row) => ({
    indicatorKey: row.indicator_key,
    area: row.area,
    targetValue: row.target_value,
    targetYear: row.target_year,
    referenceIndicatorKey: row.reference_indicator_key,
  }));
}

/** Everything the dashboards show of some stored indicators: values, targets, standings per area. */
export async function getIndicatorData(options: {
  services: AppServices;
  keys: readonly string[];
  areas?: readonly Area[];
}): Promise<IndicatorData[]> {
  const { services } = options;
  const areas = options.areas ?? AREAS;
  const indicators = options.keys.map((key) => {
    const indicator = findIndicator(key);
    if (!indicator || indicator.isComputed) throw new AppError('not_found');
    return indicator;
  });
  const targets = await readTargets(services.db);
  const referenceKeys = targets
    .filter((rule) => options.keys.includes(rule.indicatorKey) && rule.referenceIndicatorKey)
    .map((rule) => rule.referenceIndicatorKey!);
  const values = await readValues(services.db, [...new Set([...options.keys, ...referenceKeys])]);
  return indicators.map((indicator) => {
    const points = values.get(indicator.key)!.filter((point) => areas.includes(point.area));
    const rules = targets.filter((rule) => rule.indicatorKey === indicator.key);
    const standings = areas.map((area) => {
      const rule = targetFor(rules, area);
      const referencePoints = rule?.referenceIndicatorKey
        ? (values.get(rule.referenceIndicatorKey) ?? []).filter((point) => point.area === area)
        : [];
      return standingOf({
        indicator,
        area,
        points: points.filter((point) => point.area === area),
        rule,
        referencePoints,
      });
    });
    return {
      indicator,
      points,
      standings,
      rule: rules.find((rule) => rule.area === null) ?? rules[0] ?? null,
      hasDemo: points.some((point) => point.isDemo),
      years: [...new Set(points.map((point) => point.year))].sort((a, b) => a - b),
    };
  });
}
