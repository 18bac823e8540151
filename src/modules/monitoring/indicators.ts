/**
 * The indicator catalogue. Definitions are reference data versioned with the code, like the region's
 * cities: each has a unit, the kind of source it may come from, the population it refers to and its
 * breaks (definition or method changes after which values are not comparable with earlier ones).
 * The texts (name, definition, population, method notes, source) live in the message catalogue
 * `monitoring_indicators` in every platform language, keyed by the indicator's key.
 *
 * Two rules of official statistics are built in here rather than left to care:
 *  - foreigner counts from the population statistics (Bevölkerungsfortschreibung) and from the central
 *    foreigners' register (Ausländerzentralregister) are separate indicators with separate source kinds;
 *    an import for one never accepts a table of the other, and no chart shows both on one axis;
 *  - a break is drawn in every chart of the indicator and repeated in its table, so a line across
 *    2020 (Mikrozensus redesign) or 2021 (NRW's "Einwanderungsgeschichte") is never read as a trend.
 */
export const UNITS = ['percent', 'count'] as const;
export type Unit = (typeof UNITS)[number];

export const SOURCE_KINDS = [
  'mikrozensus',
  'population_statistics',
  'foreigners_register',
  'staff_survey',
  'vocational_training_statistics',
  'school_statistics',
  'child_welfare_statistics',
  'municipal_survey',
  'platform',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const THEMES = ['population', 'administration', 'training', 'school', 'early_education', 'platform'] as const;
export type Theme = (typeof THEMES)[number];

/** A change after which values are not comparable with those before `year`. */
export interface IndicatorBreak {
  /** Message key suffix under monitoring_indicators.breaks.<id>.(label|text). */
  id: 'mikrozensus_2020' | 'nrw_einwanderungsgeschichte_2021';
  year: number;
  kind: 'definition' | 'method';
}

export interface IndicatorDefinition {
  key: string;
  unit: Unit;
  theme: Theme;
  sourceKind: SourceKind;
  /** Computed from the platform's own records (never imported, never corrected). */
  isComputed: boolean;
  decimals: number;
  breaks: readonly IndicatorBreak[];
}

const MIKROZENSUS_2020: IndicatorBreak = { id: 'mikrozensus_2020', year: 2020, kind: 'method' };
const NRW_2021: IndicatorBreak = { id: 'nrw_einwanderungsgeschichte_2021', year: 2021, kind: 'definition' };

const stored = (
  key: string,
  unit: Unit,
  theme: Theme,
  sourceKind: SourceKind,
  breaks: readonly IndicatorBreak[] = [],
): IndicatorDefinition => ({
  key,
  unit,
  theme,
  sourceKind,
  isComputed: false,
  decimals: unit === 'count' ? 0 : 1,
  breaks,
});

const computed = (key: string, unit: Unit): IndicatorDefinition => ({
  key,
  unit,
  theme: 'platform',
  sourceKind: 'platform',
  isComputed: true,
  decimals: unit === 'count' ? 0 : 1,
  breaks: [],
});

export const INDICATORS: readonly IndicatorDefinition[] = [
  stored('migration_share', 'percent', 'population', 'mikrozensus', [MIKROZENSUS_2020, NRW_2021]),
  stored('foreigner_share', 'percent', 'population', 'population_statistics'),
  stored('foreigners_register', 'count', 'population', 'foreigners_register'),
  stored('staff_migration_share', 'percent', 'administration', 'staff_survey', [NRW_2021]),
  stored('apprentices_non_german', 'percent', 'training', 'vocational_training_statistics'),
  stored('leavers_no_certificate_non_german', 'percent', 'school', 'school_statistics'),
  stored('leavers_no_certificate_german', 'percent', 'school', 'school_statistics'),
  stored('abitur_rate_non_german', 'percent', 'school', 'school_statistics'),
  stored('abitur_rate_german', 'percent', 'school', 'school_statistics'),
  stored('early_education_migration', 'percent', 'early_education', 'child_welfare_statistics'),
  stored('kita_language_support', 'percent', 'early_education', 'municipal_survey'),
  stored('parent_participation', 'percent', 'school', 'municipal_survey'),
  computed('platform_positions', 'count'),
  computed('platform_applications', 'count'),
  computed('platform_invitations', 'count'),
  computed('platform_contracts', 'count'),
  computed('platform_mentorships', 'count'),
  computed('platform_certificates', 'count'),
  computed('platform_invitations_migration_share', 'percent'),
  computed('platform_contracts_migration_share', 'percent'),
];

export const STORED_INDICATORS = INDICATORS.filter((indicator) => !indicator.isComputed);
export const INDICATOR_KEYS = INDICATORS.map((indicator) => indicator.key);
export const STORED_INDICATOR_KEYS = STORED_INDICATORS.map((indicator) => indicator.key) as [string, ...string[]];

export function findIndicator(key: string): IndicatorDefinition | undefined {
  return INDICATORS.find((indicator) => indicator.key === key);
}

/** The break that separates `year` from the year before it, if any. */
export function breakBefore(indicator: IndicatorDefinition, year: number): IndicatorBreak | undefined {
  return indicator.breaks.find((item) => item.year === year);
}

/**
 * Values of one indicator compare only within one definition period: the latest break at or before
 * `year` starts the period (0 before the first break).
 */
export function periodOf(indicator: IndicatorDefinition, year: number): number {
  return indicator.breaks.filter((item) => item.year <= year).reduce((latest, item) => Math.max(latest, item.year), 0);
}
