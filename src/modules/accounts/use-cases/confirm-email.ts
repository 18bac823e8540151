import type { AppServices } from '../../../core/http/types.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { consumeAuthToken } from '../auth-tokens.js';

/** Confirms the address behind a link token; returns false for an unknown, used or expired link. */
export async function confirmEmail(options: { services: AppServices; token: string; ip: string }): Promise<boolean> {
  return options.services.db.transaction().execute(async (trx) => {
    const userId = await consumeAuthToken(trx, options.token, 'confirm_email');
    if (!userId) return false;
    await trx
      .updateTable('users')
      .set({ email_verified_at: new Date(), updated_at: new Date() })
      .where('id', '=', userId)
      .execute();
    await recordAudit(trx, {
      actorUserId: userId,
      action: 'account.email_confirmed',
      subjectType: 'user',
      subjectId: userId,
      ip: options.ip,
    });
    return true;
  });
}
