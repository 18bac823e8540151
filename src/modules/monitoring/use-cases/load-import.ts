import type { Kysely } from 'kysely';
import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { Database } from '../../../core/db/database.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { getTranslator } from '../../../core/i18n/translator.js';
import { STORED_INDICATORS, findIndicator, type IndicatorDefinition } from '../indicators.js';
import {
  checkRows,
  completeMapping,
  guessIndicatorCodes,
  guessMapping,
  indicatorCodesOf,
  valueKey,
  type ImportMapping,
} from '../import/index.js';
import { parseOfficialCsv, type OfficialTable } from '../import/index.js';
import { monitoringPolicy } from '../policy.js';
import type { ImportStatus } from '../tables.js';

export interface LoadedImport {
  id: string;
  /** Null for a long table that names the indicator on each line. */
  indicator: IndicatorDefinition | null;
  sourceTable: string;
  sourceLabel: string;
  retrievedOn: Date;
  status: ImportStatus;
  rowCount: number;
  createdAt: Date;
  /** Rows the background job has staged, of the rows it saves (status "saving"). */
  progress: { done: number; total: number };
  /** When the background job last gave up on this import and made it a draft again. */
  failedAt: Date | null;
  table: OfficialTable;
  /** The mapping of this draft, else the one remembered for its source table, else a guess. */
  mapping: ImportMapping;
  isMappingRemembered: boolean;
  /** The distinct codes of the mapped indicator column (none without one). */
  indicatorCodes: string[];
}

/** The catalogue's German names (as the statistics offices write them) → key, to guess a long table's codes. */
function germanNames(): Map<string, string> {
  const t = getTranslator('de').t;
  return new Map(
    STORED_INDICATORS.map((indicator) => [
      t(`monitoring_indicators.${indicator.key}.name`).toLocaleLowerCase('de-DE').replace(/\s+/gu, ' ').trim(),
      indicator.key,
    ]),
  );
}

/** Reads an import with its parsed table, inside a transaction or not. */
export async function readImport(db: Kysely<Database>, importId: string): Promise<LoadedImport> {
  const row = await db.selectFrom('monitoring_imports').selectAll().where('id', '=', importId).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const indicator = row.indicator_key === null ? null : findIndicator(row.indicator_key);
  if (indicator === undefined) throw new AppError('not_found');
  const table = parseOfficialCsv(row.raw_text);
  const remembered = row.mapping
    ? null
    : await db
        .selectFrom('monitoring_mappings')
        .select('mapping')
        .where('source_table', '=', row.source_table)
        .executeTakeFirst();
  const chosen = row.mapping ?? remembered?.mapping;
  const base = chosen ? completeMapping(chosen) : guessMapping(table);
  const indicatorCodes = indicatorCodesOf(table, base.indicatorColumn);
  const mapping =
    base.indicatorColumn === null
      ? base
      : { ...base, indicatorCodes: guessIndicatorCodes(indicatorCodes, base.indicatorCodes, germanNames()) };
  return {
    id: row.id,
    indicator,
    sourceTable: row.source_table,
    sourceLabel: row.source_label,
    retrievedOn: row.retrieved_on,
    status: row.status,
    rowCount: row.row_count,
    createdAt: row.created_at,
    progress: { done: row.progress_done, total: row.progress_total },
    failedAt: row.failed_at,
    table,
    mapping,
    isMappingRemembered: !row.mapping && Boolean(remembered),
    indicatorCodes,
  };
}

/** The indicators an import may bring values for: its own, or those its codes are mapped to. */
export function importIndicatorKeys(loaded: Pick<LoadedImport, 'indicator' | 'mapping'>): string[] {
  if (loaded.mapping.indicatorColumn === null) return loaded.indicator ? [loaded.indicator.key] : [];
  return [...new Set(Object.values(loaded.mapping.indicatorCodes))];
}

/** The `valueKey` of every value (total or subgroup) these indicators have, which an import must not overwrite. */
export async function existingKeys(db: Kysely<Database>, indicatorKeys: readonly string[]): Promise<Set<string>> {
  if (indicatorKeys.length === 0) return new Set();
  const [totals, subgroups] = await Promise.all([
    db
      .selectFrom('monitoring_values')
      .select(['indicator_key', 'area', 'year'])
      .where('indicator_key', 'in', indicatorKeys)
      .execute(),
    db
      .selectFrom('monitoring_breakdown_values')
      .select(['indicator_key', 'area', 'year', 'breakdown'])
      .where('indicator_key', 'in', indicatorKeys)
      .execute(),
  ]);
  return new Set([
    ...totals.map((row) => valueKey(row.indicator_key, row.area, row.year, '')),
    ...subgroups.map((row) => valueKey(row.indicator_key, row.area, row.year, row.breakdown)),
  ]);
}

/** Checks a loaded import against the values stored now: every problem with its line, or the rows to save. */
export async function checkLoadedImport(db: Kysely<Database>, loaded: LoadedImport) {
  return checkRows({
    table: loaded.table,
    mapping: loaded.mapping,
    indicator: loaded.indicator,
    existing: await existingKeys(db, importIndicatorKeys(loaded)),
  });
}

/** An import for the coordination office: the table, the mapping and, once mapped, every problem. */
export async function loadImport(options: { services: AppServices; actor: UserActor; importId: string }) {
  const { services, actor, importId } = options;
  authorize(actor, monitoringPolicy, 'manage_data', undefined);
  const loaded = await readImport(services.db, importId);
  const checked = loaded.status === 'draft' ? await checkLoadedImport(services.db, loaded) : null;
  return { ...loaded, checked };
}
