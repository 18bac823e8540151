import type { AppServices } from '../../core/http/types.js';
import type { JobQueue } from '../../core/jobs/boss.js';
import { PASSWORD_RESET_QUEUE, type PasswordResetJob } from './use-cases/request-password-reset.js';
import { sendPasswordReset } from './use-cases/send-password-reset.js';

/**
 * The queue of reset requests. A request is worth nothing after the link's hour, and a finished one is
 * deleted at the next maintenance run.
 */
export async function createPasswordResetQueue(queue: JobQueue): Promise<void> {
  await queue.createQueue(PASSWORD_RESET_QUEUE, {
    retentionSeconds: 60 * 60,
    deleteAfterSeconds: 1,
    retryLimit: 5,
    retryDelay: 10,
  });
}

/** Works off reset requests: each looks the address up and mails a link if it has an account. */
export async function startPasswordResetWorker(services: AppServices): Promise<void> {
  await createPasswordResetQueue(services.queue);
  await services.queue.work<PasswordResetJob>(PASSWORD_RESET_QUEUE, async (jobs) => {
    for (const job of jobs) await sendPasswordReset({ services, emailDigest: job.data.emailDigest });
  });
}
