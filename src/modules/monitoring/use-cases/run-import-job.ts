import { sql } from 'kysely';
import type { AppServices } from '../../../core/http/types.js';
import { loggableError } from '../../../core/jobs/boss.js';
import { checkLoadedImport, readImport } from './load-import.js';
import type { ImportJob } from './queue-import-save.js';
import { BATCH, lockCheckedImport, markImportSaved } from './save-import.js';

/**
 * The background job's work on one import in status "saving": the rows are checked again, written in
 * batches to the staging table (the page shows "n of m lines" from `progress_done`), then moved into
 * the values in one transaction that checks the import a last time. Nothing is visible before that
 * transaction commits. When the file turns out to have a problem (another import stored one of its
 * values meanwhile) or a step fails, the import is a draft again, its review page lists the problem,
 * and no value and no staged row is left.
 */
export async function runImportJob(options: {
  services: AppServices;
  job: ImportJob;
}): Promise<{ outcome: 'saved' | 'returned_to_draft' | 'not_saving'; rows: number }> {
  const { services, job } = options;
  const { db } = services;
  const current = await db
    .selectFrom('monitoring_imports')
    .select('status')
    .where('id', '=', job.importId)
    .executeTakeFirst();
  if (current?.status !== 'saving') return { outcome: 'not_saving', rows: 0 };
  try {
    const loaded = await readImport(db, job.importId);
    const { rows, problems } = await checkLoadedImport(db, loaded);
    if (problems.length > 0 || rows.length === 0) {
      await returnToDraft(services, job.importId);
      return { outcome: 'returned_to_draft', rows: 0 };
    }
    await db.deleteFrom('monitoring_import_rows').where('import_id', '=', job.importId).execute();
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      await db
        .insertInto('monitoring_import_rows')
        .values(
          batch.map((row) => ({
            import_id: job.importId,
            line: row.line,
            indicator_key: row.indicatorKey,
            breakdown: row.breakdown,
            area: row.area,
            year: row.year,
            value: row.value,
            sign: row.sign,
          })),
        )
        .execute();
      await db
        .updateTable('monitoring_imports')
        .set({ progress_done: start + batch.length })
        .where('id', '=', job.importId)
        .execute();
    }
    const saved = await db.transaction().execute(async (trx) => {
      const checked = await lockCheckedImport(trx, job.importId, 'saving');
      const totals = await sql`
        insert into monitoring_values (indicator_key, area, year, value, sign, source, retrieved_on, import_id)
        select staged.indicator_key, staged.area, staged.year, staged.value, staged.sign,
               source.source_label, source.retrieved_on, staged.import_id
          from monitoring_import_rows staged
          join monitoring_imports source on source.id = staged.import_id
         where staged.import_id = ${job.importId} and staged.breakdown = ''`.execute(trx);
      const subgroups = await sql`
        insert into monitoring_breakdown_values
               (indicator_key, area, year, breakdown, value, sign, source, retrieved_on, import_id)
        select staged.indicator_key, staged.area, staged.year, staged.breakdown, staged.value, staged.sign,
               source.source_label, source.retrieved_on, staged.import_id
          from monitoring_import_rows staged
          join monitoring_imports source on source.id = staged.import_id
         where staged.import_id = ${job.importId} and staged.breakdown <> ''`.execute(trx);
      const count = Number(totals.numAffectedRows ?? 0) + Number(subgroups.numAffectedRows ?? 0);
      await trx.deleteFrom('monitoring_import_rows').where('import_id', '=', job.importId).execute();
      await markImportSaved(trx, checked.loaded, count, {
        userId: job.userId,
        organisationId: job.organisationId,
        ip: null,
      });
      return count;
    });
    return { outcome: 'saved', rows: saved };
  } catch (error) {
    services.logger.warn({ err: loggableError(error), importId: job.importId }, 'monitoring import job failed');
    await returnToDraft(services, job.importId);
    return { outcome: 'returned_to_draft', rows: 0 };
  }
}

async function returnToDraft(services: AppServices, importId: string): Promise<void> {
  await services.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('monitoring_import_rows').where('import_id', '=', importId).execute();
    await trx
      .updateTable('monitoring_imports')
      .set({ status: 'draft', progress_done: 0, progress_total: 0, failed_at: new Date() })
      .where('id', '=', importId)
      .where('status', '=', 'saving')
      .execute();
  });
}
