import type { Kysely } from 'kysely';
import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import type { Database } from '../../../core/db/database.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { checkRows, type CheckedRow } from '../import/index.js';
import { monitoringPolicy } from '../policy.js';
import { existingKeys, readImport, type LoadedImport } from './load-import.js';

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
  const { rows, problems } = checkRows({
    table: loaded.table,
    mapping: loaded.mapping,
    indicator: loaded.indicator,
    existing: await existingKeys(trx, loaded.indicator.key),
  });
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
    details: { indicator: loaded.indicator.key, rows },
  });
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
    for (let start = 0; start < rows.length; start += BATCH) {
      await trx
        .insertInto('monitoring_values')
        .values(
          rows.slice(start, start + BATCH).map((row) => ({
            indicator_key: loaded.indicator.key,
            area: row.area,
            year: row.year,
            value: row.value,
            sign: row.sign,
            source: loaded.sourceLabel,
            retrieved_on: loaded.retrievedOn,
            import_id: importId,
          })),
        )
        .execute();
    }
    await markImportSaved(trx, loaded, rows.length, {
      userId: actor.userId,
      organisationId: actor.organisation?.id ?? null,
      ip: options.ip ?? null,
    });
    return { saved: rows.length };
  });
}
