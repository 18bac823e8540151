import type { Kysely } from 'kysely';
import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import type { Database } from '../../../core/db/database.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import type { CheckedRow } from '../import/index.js';
import { monitoringPolicy } from '../policy.js';
import { checkLoadedImport, importIndicatorKeys, readImport, type LoadedImport } from './load-import.js';

/** Rows per insert statement: large files go in a few hundred statements, one transaction. */
export const BATCH = 2000;

/** Who saves an import, for the audit trail (the background job acts for the person who started it). */
export interface ImportSaver {
  userId: string;
  organisationId: string | null;
  ip: string | null;
}

/**
 * Locks an import and checks it once more inside the caller's transaction (another import may have
 * stored a value since the preview): the rows when it is in `expected` status and has no problem at
 * all, else an error and nothing written.
 */
export async function lockCheckedImport(
  trx: Kysely<Database>,
  importId: string,
  expected: 'draft' | 'saving',
): Promise<{ loaded: LoadedImport; rows: CheckedRow[] }> {
  await trx.selectFrom('monitoring_imports').select('id').where('id', '=', importId).forUpdate().executeTakeFirst();
  const loaded = await readImport(trx, importId);
  if (loaded.status !== expected) throw new AppError('conflict', { messageKey: 'monitoring.import.not_draft' });
  const { rows, problems } = await checkLoadedImport(trx, loaded);
  if (problems.length > 0 || rows.length === 0)
    throw new AppError('invalid_input', { messageKey: 'monitoring.import.has_problems' });
  return { loaded, rows };
}

/** Marks an import saved with its row count and mapping, and writes the audit entry. */
export async function markImportSaved(
  trx: Kysely<Database>,
  loaded: LoadedImport,
  rows: number,
  saver: ImportSaver,
): Promise<void> {
  await trx
    .updateTable('monitoring_imports')
    .set({
      status: 'saved',
      saved_at: new Date(),
      row_count: rows,
      progress_done: rows,
      progress_total: rows,
      mapping: JSON.stringify(loaded.mapping),
    })
    .where('id', '=', loaded.id)
    .execute();
  await recordAudit(trx, {
    actorUserId: saver.userId,
    action: 'monitoring.import_saved',
    subjectType: 'monitoring_import',
    subjectId: loaded.id,
    organisationId: saver.organisationId,
    ip: saver.ip,
    details: { indicators: importIndicatorKeys(loaded), rows },
  });
}

/** Writes checked rows in batches: totals as values, subgroups (a long table's sub-dimension) apart. */
export async function insertCheckedRows(
  trx: Kysely<Database>,
  loaded: LoadedImport,
  rows: readonly CheckedRow[],
): Promise<void> {
  const source = { source: loaded.sourceLabel, retrieved_on: loaded.retrievedOn, import_id: loaded.id };
  const of = (row: CheckedRow) => ({
    indicator_key: row.indicatorKey,
    area: row.area,
    year: row.year,
    value: row.value,
    sign: row.sign,
    ...source,
  });
  const totals = rows.filter((row) => row.breakdown === '');
  const subgroups = rows.filter((row) => row.breakdown !== '');
  for (let start = 0; start < totals.length; start += BATCH)
    await trx
      .insertInto('monitoring_values')
      .values(totals.slice(start, start + BATCH).map(of))
      .execute();
  for (let start = 0; start < subgroups.length; start += BATCH)
    await trx
      .insertInto('monitoring_breakdown_values')
      .values(subgroups.slice(start, start + BATCH).map((row) => ({ ...of(row), breakdown: row.breakdown })))
      .execute();
}

/**
 * Saves a mapped import at once, in the request: all of it or nothing. Any problem leaves the draft
 * as it was and saves no value. Large files go through the background job instead (queue-import-save).
 */
export async function saveImport(options: {
  services: AppServices;
  actor: UserActor;
  importId: string;
  ip?: string;
}): Promise<{ saved: number }> {
  const { services, actor, importId } = options;
  authorize(actor, monitoringPolicy, 'manage_data', undefined);
  return services.db.transaction().execute(async (trx) => {
    const { loaded, rows } = await lockCheckedImport(trx, importId, 'draft');
    await insertCheckedRows(trx, loaded, rows);
    await markImportSaved(trx, loaded, rows.length, {
      userId: actor.userId,
      organisationId: actor.organisation?.id ?? null,
      ip: options.ip ?? null,
    });
    return { saved: rows.length };
  });
}
