import type { Kysely } from 'kysely';
import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { Database } from '../../../core/db/database.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { findIndicator, type IndicatorDefinition } from '../indicators.js';
import { checkRows, guessMapping, type ImportMapping } from '../import/index.js';
import { parseOfficialCsv, type OfficialTable } from '../import/index.js';
import { monitoringPolicy } from '../policy.js';
import type { ImportStatus } from '../tables.js';

export interface LoadedImport {
  id: string;
  indicator: IndicatorDefinition;
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
}

/** Reads an import with its parsed table, inside a transaction or not. */
export async function readImport(db: Kysely<Database>, importId: string): Promise<LoadedImport> {
  const row = await db.selectFrom('monitoring_imports').selectAll().where('id', '=', importId).executeTakeFirst();
  const indicator = row ? findIndicator(row.indicator_key) : undefined;
  if (!row || !indicator) throw new AppError('not_found');
  const table = parseOfficialCsv(row.raw_text);
  const remembered = row.mapping
    ? null
    : await db
        .selectFrom('monitoring_mappings')
        .select('mapping')
        .where('source_table', '=', row.source_table)
        .executeTakeFirst();
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
    mapping: row.mapping ?? remembered?.mapping ?? guessMapping(table),
    isMappingRemembered: !row.mapping && Boolean(remembered),
  };
}

/** The "area:year" of every value the indicator already has, which an import must not overwrite. */
export async function existingKeys(db: Kysely<Database>, indicatorKey: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('monitoring_values')
    .select(['area', 'year'])
    .where('indicator_key', '=', indicatorKey)
    .execute();
  return new Set(rows.map((row) => `${row.area}:${row.year}`));
}

/** An import for the coordination office: the table, the mapping and, once mapped, every problem. */
export async function loadImport(options: { services: AppServices; actor: UserActor; importId: string }) {
  const { services, actor, importId } = options;
  authorize(actor, monitoringPolicy, 'manage_data', undefined);
  const loaded = await readImport(services.db, importId);
  const checked =
    loaded.status === 'draft'
      ? checkRows({
          table: loaded.table,
          mapping: loaded.mapping,
          indicator: loaded.indicator,
          existing: await existingKeys(services.db, loaded.indicator.key),
        })
      : null;
  return { ...loaded, checked };
}
