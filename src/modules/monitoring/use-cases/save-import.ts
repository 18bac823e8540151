import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { checkRows } from '../import/index.js';
import { monitoringPolicy } from '../policy.js';
import { existingKeys, readImport } from './load-import.js';

/** Rows per insert statement: large files go in a few hundred statements, one transaction. */
const BATCH = 2000;

/**
 * Saves a mapped import: all of it or nothing. The table is checked again inside the transaction
 * (another import may have stored a value since the preview); any problem leaves the draft as it was
 * and saves no value.
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
    await trx.selectFrom('monitoring_imports').select('id').where('id', '=', importId).forUpdate().executeTakeFirst();
    const loaded = await readImport(trx, importId);
    if (loaded.status !== 'draft') throw new AppError('conflict', { messageKey: 'monitoring.import.not_draft' });
    const { rows, problems } = checkRows({
      table: loaded.table,
      mapping: loaded.mapping,
      indicator: loaded.indicator,
      existing: await existingKeys(trx, loaded.indicator.key),
    });
    if (problems.length > 0 || rows.length === 0)
      throw new AppError('invalid_input', { messageKey: 'monitoring.import.has_problems' });
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
    await trx
      .updateTable('monitoring_imports')
      .set({ status: 'saved', saved_at: new Date(), row_count: rows.length, mapping: JSON.stringify(loaded.mapping) })
      .where('id', '=', importId)
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'monitoring.import_saved',
      subjectType: 'monitoring_import',
      subjectId: importId,
      organisationId: actor.organisation?.id ?? null,
      ip: options.ip ?? null,
      details: { indicator: loaded.indicator.key, rows: rows.length },
    });
    return { saved: rows.length };
  });
}
