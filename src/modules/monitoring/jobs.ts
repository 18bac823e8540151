import type { AppServices } from '../../core/http/types.js';
import { IMPORT_QUEUE, type ImportJob } from './use-cases/queue-import-save.js';
import { runImportJob } from './use-cases/run-import-job.js';

/** The worker that saves large imports in the background, one job at a time. */
export async function startImportWorker(services: AppServices): Promise<void> {
  await services.queue.createQueue(IMPORT_QUEUE);
  await services.queue.work<ImportJob>(IMPORT_QUEUE, async (jobs) => {
    for (const job of jobs) await runImportJob({ services, job: job.data });
  });
}
