import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { transactionalDb } from '../../../core/jobs/boss.js';
import type { AppServices } from '../../../core/http/types.js';
import { monitoringPolicy } from '../policy.js';
import { lockCheckedImport } from './save-import.js';

/** The queue of the background job that saves large imports. */
export const IMPORT_QUEUE = 'monitoring-import-save';

/** From this many rows an import is saved by the background job, with progress, instead of in the request. */
export const LARGE_IMPORT_ROWS = 500;

/** What the job needs: the import and who asked for it (for the audit trail). No value, no secret. */
export interface ImportJob {
  importId: string;
  userId: string;
  organisationId: string | null;
}

/**
 * Hands a large, valid import to the background job: it becomes "saving" with its row count as the
 * goal of the progress, and the job is queued in the same transaction (both happen or neither).
 */
export async function queueImportSave(options: {
  services: AppServices;
  actor: UserActor;
  importId: string;
  ip?: string;
}): Promise<{ queued: number }> {
  const { services, actor, importId } = options;
  authorize(actor, monitoringPolicy, 'manage_data', undefined);
  await services.queue.createQueue(IMPORT_QUEUE);
  return services.db.transaction().execute(async (trx) => {
    const { rows } = await lockCheckedImport(trx, importId, 'draft');
    await trx
      .updateTable('monitoring_imports')
      .set({ status: 'saving', progress_done: 0, progress_total: rows.length, failed_at: null })
      .where('id', '=', importId)
      .execute();
    const job: ImportJob = { importId, userId: actor.userId, organisationId: actor.organisation?.id ?? null };
    await services.queue.send(IMPORT_QUEUE, job, { db: transactionalDb(trx) });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'monitoring.import_queued',
      subjectType: 'monitoring_import',
      subjectId: importId,
      organisationId: actor.organisation?.id ?? null,
      ip: options.ip ?? null,
      details: { rows: rows.length },
    });
    return { queued: rows.length };
  });
}
