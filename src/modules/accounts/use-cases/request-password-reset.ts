import { createHash } from 'node:crypto';
import type { AppServices } from '../../../core/http/types.js';

export const PASSWORD_RESET_QUEUE = 'accounts-password-reset';

/** What the queue holds for a request: the address only as a digest, so no typed-in address is stored. */
export interface PasswordResetJob {
  emailDigest: string;
}

/** The digest of a normalised address, as the database computes it for the lookup (send-password-reset.ts). */
export function emailDigest(email: string): string {
  return createHash('sha256').update(email, 'utf8').digest('hex');
}

/**
 * Asks for a reset link and says nothing about whether the address has an account: the request only queues
 * the same job for every address, so it takes the same steps and the same time either way. The background
 * worker looks the address up and mails a link if there is an account (send-password-reset.ts).
 */
export async function requestPasswordReset(options: { services: AppServices; email: string }): Promise<void> {
  const job: PasswordResetJob = { emailDigest: emailDigest(options.email) };
  await options.services.queue.send(PASSWORD_RESET_QUEUE, job);
}
