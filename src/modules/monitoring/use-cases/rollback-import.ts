import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { monitoringPolicy } from '../policy.js';

/**
 * Takes a saved import back: its values go (with their corrections), the import stays listed as
 * rolled back, and the audit trail says who did it. A draft or an import already rolled back cannot be.
 */
export async function rollbackImport(options: {
  services: AppServices;
  actor: UserActor;
  importId: string;
  ip?: string;
}): Promise<{ removed: number }> {
  const { services, actor, importId } = options;
  authorize(actor, monitoringPolicy, 'manage_data', undefined);
  return services.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('monitoring_imports')
      .select(['status', 'indicator_key'])
      .where('id', '=', importId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new AppError('not_found');
    if (row.status !== 'saved') throw new AppError('conflict', { messageKey: 'monitoring.import.not_saved' });
    const totals = await trx.deleteFrom('monitoring_values').where('import_id', '=', importId).executeTakeFirst();
    const subgroups = await trx
      .deleteFrom('monitoring_breakdown_values')
      .where('import_id', '=', importId)
      .executeTakeFirst();
    const removed = Number(totals.numDeletedRows) + Number(subgroups.numDeletedRows);
    await trx
      .updateTable('monitoring_imports')
      .set({ status: 'rolled_back', rolled_back_at: new Date() })
      .where('id', '=', importId)
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'monitoring.import_rolled_back',
      subjectType: 'monitoring_import',
      subjectId: importId,
      organisationId: actor.organisation?.id ?? null,
      ip: options.ip ?? null,
      details: { indicator: row.indicator_key, rows: removed },
    });
    return { removed };
  });
}
