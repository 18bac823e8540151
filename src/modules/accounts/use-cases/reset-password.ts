import type { AppServices } from '../../../core/http/types.js';
import { hashPassword } from '../../../core/auth/passwords.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { consumeAuthToken } from '../auth-tokens.js';
import { sendAccountMail } from '../mails.js';
import { weakPasswordKey } from '../schemas.js';
import { AppError } from '../../../core/errors.js';

/**
 * Sets a new password from a reset link and signs the account out everywhere. False if the link is invalid;
 * a password built from the account's own address or name is refused and the link stays valid.
 */
export async function resetPassword(options: {
  services: AppServices;
  token: string;
  password: string;
  ip: string;
}): Promise<boolean> {
  const { services, token, password, ip } = options;
  const passwordHash = await hashPassword(password);
  return services.db.transaction().execute(async (trx) => {
    const userId = await consumeAuthToken(trx, token, 'reset_password');
    if (!userId) return false;
    const owner = await trx
      .selectFrom('users')
      .select(['email', 'display_name'])
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    // Refused here, the transaction rolls back and the link stays usable for a better password.
    const weak = weakPasswordKey(password, [owner.email, owner.display_name]);
    if (weak) throw new AppError('invalid_input', { fields: { password: { key: weak } } });
    const user = await trx
      .updateTable('users')
      // Following the link proves the address, so an unconfirmed account becomes confirmed.
      .set((eb) => ({
        password_hash: passwordHash,
        updated_at: new Date(),
        email_verified_at: eb.fn.coalesce('email_verified_at', eb.val(new Date())),
      }))
      .where('id', '=', userId)
      .returning(['email', 'locale', 'display_name'])
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await sendAccountMail(services, trx, {
      kind: 'password_changed',
      to: user.email,
      locale: user.locale,
      name: user.display_name,
      path: '/passwort-vergessen',
    });
    await recordAudit(trx, {
      actorUserId: userId,
      action: 'account.password_reset',
      subjectType: 'user',
      subjectId: userId,
      ip,
    });
    return true;
  });
}
