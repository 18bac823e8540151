import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/database.js';
import {
  AREAS,
  STORED_INDICATORS,
  seedReportGoals,
  type Area,
  type IndicatorDefinition,
} from '../../modules/monitoring/index.js';
import { createRandom, type Random } from '../random.js';

/**
 * Demo values for the monitoring: series 2012–2025 for the seven cities, NRW and the Ruhr region,
 * every one marked `is_demo` and named as invented in its source, so no chart, table or download can
 * pass them off as official statistics. The levels are rough orders of magnitude of the region, with
 * the real breaks built in (a jump in 2020 where the Mikrozensus changed, a drop in 2021 where NRW
 * narrowed "Migrationshintergrund" to "Einwanderungsgeschichte"), so the charts show what a break looks like.
 */
export const DEMO_SOURCE = 'Demowerte der Plattform (erfunden, keine amtliche Statistik)';
export const DEMO_FIRST_YEAR = 2012;
export const DEMO_LAST_YEAR = 2025;

/** Residents, rounded: only to size the count of foreign nationals. */
const RESIDENTS: Readonly<Record<Area, number>> = {
  bochum: 365_000,
  dortmund: 600_000,
  duisburg: 500_000,
  essen: 580_000,
  gelsenkirchen: 265_000,
  muelheim: 172_000,
  oberhausen: 210_000,
  nrw: 18_000_000,
  ruhr: 5_100_000,
};

/** Where a city stands relative to the region (−1 below, +1 above), for every share alike. */
const TILT: Readonly<Record<Area, number>> = {
  bochum: -0.6,
  dortmund: 0.2,
  duisburg: 0.8,
  essen: 0,
  gelsenkirchen: 1,
  muelheim: -0.8,
  oberhausen: 0.1,
  nrw: -0.7,
  ruhr: 0.1,
};

/** Level in 2012, change per year, spread between areas, for each share. */
const SHARES: Readonly<Record<string, { start: number; perYear: number; spread: number }>> = {
  migration_share: { start: 33, perYear: 0.8, spread: 6 },
  foreigner_share: { start: 12, perYear: 0.7, spread: 4 },
  staff_migration_share: { start: 9, perYear: 0.6, spread: 3 },
  apprentices_non_german: { start: 7, perYear: 0.5, spread: 2.5 },
  leavers_no_certificate_non_german: { start: 15, perYear: -0.2, spread: 3 },
  leavers_no_certificate_german: { start: 5, perYear: -0.05, spread: 1.2 },
  abitur_rate_non_german: { start: 14, perYear: 0.4, spread: 3 },
  abitur_rate_german: { start: 38, perYear: 0.3, spread: 5 },
  early_education_migration: { start: 82, perYear: 0.4, spread: 4 },
  kita_language_support: { start: 20, perYear: 2, spread: 6 },
  parent_participation: { start: 12, perYear: 0.6, spread: 3 },
};

const round1 = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number) => Math.min(99.9, Math.max(0.1, value));

function demoValue(random: Random, indicator: IndicatorDefinition, area: Area, year: number): number {
  const step = year - DEMO_FIRST_YEAR;
  const noise = (random.next() - 0.5) * 0.8;
  if (indicator.unit === 'count') {
    const share = SHARES.foreigner_share!;
    const percent = share.start + share.perYear * step + share.spread * TILT[area];
    return Math.round((RESIDENTS[area] * percent) / 100 + noise * 1000);
  }
  const shape = SHARES[indicator.key]!;
  let value = shape.start + shape.perYear * step + shape.spread * TILT[area] + noise;
  // The breaks: the new Mikrozensus finds more (2020); NRW's narrower definition counts fewer (2021).
  if (indicator.breaks.some((item) => item.id === 'mikrozensus_2020') && year >= 2020) value += 1.5;
  if (indicator.breaks.some((item) => item.id === 'nrw_einwanderungsgeschichte_2021') && year >= 2021) value -= 4;
  return round1(clamp(value));
}

export interface MonitoringDataSummary {
  values: number;
  targets: number;
}

/** Writes the demo values, targets and the demo state of some initiatives; an empty table only. */
export async function generateMonitoringData(
  db: Kysely<Database>,
  options: { seed: string | number },
): Promise<MonitoringDataSummary> {
  const random = createRandom(`${options.seed}:monitoring`);
  await seedReportGoals(db);
  const rows = STORED_INDICATORS.flatMap((indicator) =>
    AREAS.flatMap((area) => {
      const years: number[] = [];
      for (let year = DEMO_FIRST_YEAR; year <= DEMO_LAST_YEAR; year += 1) years.push(year);
      // Staff surveys and parent councils exist only for the cities, and not every year.
      const isCitySurvey = indicator.sourceKind === 'staff_survey' || indicator.sourceKind === 'municipal_survey';
      if (isCitySurvey && (area === 'nrw' || area === 'ruhr')) return [];
      return years
        .filter((year) => !isCitySurvey || year % 2 === 0 || year >= 2020)
        .map((year) => ({
          indicator_key: indicator.key,
          area,
          year,
          value: demoValue(random, indicator, area, year),
          source: DEMO_SOURCE,
          retrieved_on: '2026-01-15',
          is_demo: true,
        }));
    }),
  );
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < rows.length; start += 500)
      await trx
        .insertInto('monitoring_values')
        .values(rows.slice(start, start + 500))
        .execute();
    // The Kontrakt's target: staff share equals population share; two targets by a year.
    await trx
      .insertInto('monitoring_targets')
      .values([
        { indicator_key: 'staff_migration_share', area: null, reference_indicator_key: 'migration_share' },
        { indicator_key: 'apprentices_non_german', area: null, target_value: 15, target_year: 2030 },
        { indicator_key: 'leavers_no_certificate_non_german', area: null, target_value: 8, target_year: 2030 },
      ])
      .execute();
    const office = await trx
      .selectFrom('organisations')
      .select('id')
      .where('type', '=', 'cooperation_office')
      .orderBy('created_at')
      .executeTakeFirst();
    const running = await trx
      .selectFrom('monitoring_initiatives')
      .select(['id', 'title'])
      .where('title', 'in', [
        'Monitoring-Systeme: Übersicht und Monitoring',
        'Interkommunales Matching von Unternehmen und Auszubildenden',
        'Ausbildungspatenschaften',
      ])
      .execute();
    for (const initiative of running) {
      await trx
        .updateTable('monitoring_initiatives')
        .set({
          status: 'running',
          owner_organisation_id: office?.id ?? null,
          owner_label: office ? '' : 'Koordinierungsstelle',
          cities: ['bochum', 'dortmund', 'duisburg', 'essen', 'gelsenkirchen', 'muelheim', 'oberhausen'],
          is_demo: true,
        })
        .where('id', '=', initiative.id)
        .execute();
      await trx
        .insertInto('monitoring_milestones')
        .values([
          {
            initiative_id: initiative.id,
            title: 'Start in allen sieben Städten',
            due_on: '2025-03-31',
            reached_on: '2025-03-12',
          },
          { initiative_id: initiative.id, title: 'Erster Bericht an den Lenkungskreis', due_on: '2026-06-30' },
        ])
        .execute();
    }
  });
  return { values: rows.length, targets: 3 };
}
