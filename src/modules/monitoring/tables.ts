import type { ColumnType, Generated, Selectable } from 'kysely';
import type { NullableTimestamp } from '../../core/db/database.js';
import type { Area } from './areas.js';
import type { ImportMapping } from './import/index.js';
import type { Sign } from './import/index.js';

// The monitoring module's tables, added to core's `Database` by declaration merging (migration 014-monitoring).

/** A calendar day stored as `date` (read back as a Date at midnight, shown through the translator). */
export type DateText = ColumnType<Date, Date | string, Date | string>;

export const IMPORT_STATUSES = ['draft', 'saving', 'saved', 'rolled_back'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** One CSV file on its way in: the text as uploaded, the mapping chosen, and what became of it. */
export interface MonitoringImportsTable {
  id: Generated<string>;
  /** Null when the file names the indicator on each line (a long table, migration 027). */
  indicator_key: string | null;
  source_table: string;
  source_label: string;
  retrieved_on: DateText;
  raw_text: string;
  mapping: ColumnType<ImportMapping | null, string | null | undefined, string | null>;
  status: ColumnType<ImportStatus, ImportStatus | undefined, ImportStatus>;
  row_count: ColumnType<number, number | undefined, number>;
  created_by: string | null;
  created_at: Generated<Date>;
  saved_at: NullableTimestamp;
  rolled_back_at: NullableTimestamp;
  /** Rows the background job has staged so far, of `progress_total` (migration 017). */
  progress_done: ColumnType<number, number | undefined, number>;
  progress_total: ColumnType<number, number | undefined, number>;
  /** When the background job last gave up on this import (it is a draft again). */
  failed_at: NullableTimestamp;
}

/** A number that grows with every write to the values or corrections (migration 017's triggers). */
export interface MonitoringDataVersionTable {
  id: ColumnType<boolean, boolean | undefined, never>;
  version: ColumnType<string, never, never>;
  /** Drawn when the row is created: a version number counts again from 1 after the row was gone. */
  epoch: ColumnType<string, never, never>;
}

/** The checked rows of an import the background job is saving, staged before they become values. */
export interface MonitoringImportRowsTable {
  import_id: string;
  line: number;
  indicator_key: string;
  /** '' for a total, else the subgroup (migration 027). */
  breakdown: string;
  area: Area;
  year: number;
  value: number | null;
  sign: Sign | null;
}

/** The mapping last used for a source table ("12411-03-03-4"), offered again the next time. */
export interface MonitoringMappingsTable {
  source_table: string;
  mapping: ColumnType<ImportMapping, string, string>;
  updated_at: Generated<Date>;
}

/** One value of an indicator for an area and year, with where it came from. */
export interface MonitoringValuesTable {
  id: Generated<string>;
  indicator_key: string;
  area: Area;
  year: number;
  /** Null when the source shows a sign instead (unknown, secret, not available). */
  value: ColumnType<number | null, number | null, number | null>;
  sign: Sign | null;
  source: string;
  retrieved_on: DateText;
  /** Invented for the demonstration; shown as such in every table and chart. */
  is_demo: ColumnType<boolean, boolean | undefined, boolean>;
  import_id: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export type MonitoringValue = Selectable<MonitoringValuesTable>;

/**
 * A value of a subgroup (sex, age group, nationality group) as a long table brings it, e.g. "weiblich ·
 * 6 bis unter 10 Jahre". Totals stay in `monitoring_values`; these are kept, exported with their
 * import and rolled back with it (migration 027).
 */
export interface MonitoringBreakdownValuesTable {
  id: Generated<string>;
  indicator_key: string;
  area: Area;
  year: number;
  breakdown: string;
  value: ColumnType<number | null, number | null, number | null>;
  sign: Sign | null;
  source: string;
  retrieved_on: DateText;
  import_id: string;
  created_at: Generated<Date>;
}

/** A correction of a stored value: what it was, what it became and why. Never deleted with the import. */
export interface MonitoringCorrectionsTable {
  id: Generated<string>;
  value_id: string;
  previous_value: number | null;
  previous_sign: Sign | null;
  new_value: number | null;
  reason: string;
  corrected_by: string | null;
  corrected_at: Generated<Date>;
}

/** A target: a number by a year, or another indicator's value (staff share = population share). */
export interface MonitoringTargetsTable {
  id: Generated<string>;
  indicator_key: string;
  /** Null: the target holds for each of the seven cities. */
  area: Area | null;
  target_value: number | null;
  target_year: number | null;
  reference_indicator_key: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export const GOAL_LEVELS = ['normative', 'strategic', 'objective'] as const;
export type GoalLevel = (typeof GOAL_LEVELS)[number];

/** The cooperation's goals (Abbildung 3 of the report): normative, strategic, Sachziele. */
export interface MonitoringGoalsTable {
  id: Generated<string>;
  level: GoalLevel;
  parent_id: string | null;
  title: string;
  position: number;
}

export const INITIATIVE_STATUSES = ['proposed', 'planned', 'running', 'completed', 'stopped'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** An initiative of the work programme (Abbildungen 4 and 5), or one proposed from a forum result. */
export interface MonitoringInitiativesTable {
  id: Generated<string>;
  goal_id: string | null;
  title: string;
  description: string;
  field: string;
  owner_organisation_id: string | null;
  owner_label: ColumnType<string, string | undefined, string>;
  cities: ColumnType<string[], string[] | undefined, string[]>;
  status: ColumnType<InitiativeStatus, InitiativeStatus | undefined, InitiativeStatus>;
  source_label: string;
  source_path: string;
  is_demo: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Generated<Date>;
}

export interface MonitoringMilestonesTable {
  id: Generated<string>;
  initiative_id: string;
  title: string;
  due_on: DateText;
  reached_on: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface MonitoringInitiativeIndicatorsTable {
  initiative_id: string;
  indicator_key: string;
}

/** A catalogue project linked to a goal or an initiative; kept here so the catalogue needs no change. */
export interface MonitoringProjectLinksTable {
  id: Generated<string>;
  catalogue_entry_id: string;
  goal_id: string | null;
  initiative_id: string | null;
  created_at: Generated<Date>;
}

declare module '../../core/db/database.js' {
  interface Database {
    monitoring_imports: MonitoringImportsTable;
    monitoring_mappings: MonitoringMappingsTable;
    monitoring_values: MonitoringValuesTable;
    monitoring_import_rows: MonitoringImportRowsTable;
    monitoring_breakdown_values: MonitoringBreakdownValuesTable;
    monitoring_data_version: MonitoringDataVersionTable;
    monitoring_corrections: MonitoringCorrectionsTable;
    monitoring_targets: MonitoringTargetsTable;
    monitoring_goals: MonitoringGoalsTable;
    monitoring_initiatives: MonitoringInitiativesTable;
    monitoring_milestones: MonitoringMilestonesTable;
    monitoring_initiative_indicators: MonitoringInitiativeIndicatorsTable;
    monitoring_project_links: MonitoringProjectLinksTable;
  }
}
