import type { AppServices } from '../../../core/http/types.js';
import type { UserActor } from '../../../core/auth/actor.js';
import { hashPassword, verifyPassword } from '../../../core/auth/passwords.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { AppError } from '../../../core/errors.js';
import { revokeAuthTokens } from '../auth-tokens.js';
import { sendAccountMail } from '../mails.js';
import { createSession, type IssuedSession } from '../../../core/auth/sessions.js';
import { weakPasswordKey } from '../schemas.js';

/**
 * Changes the password after checking the current one; other sessions are signed out, this one is renewed
 * under a new id (returned for the cookie), and reset links still open are ended (one sent before the change
 * must not set another password after it).
 */
export async function changePassword(options: {
  services: AppServices;
  actor: UserActor;
  currentPassword: string;
  newPassword: string;
  ip: string;
}): Promise<IssuedSession> {
  const { services, actor, ip } = options;
  const user = await services.db
    .selectFrom('users')
    .select(['password_hash'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, options.currentPassword))) {
    throw new AppError('invalid_input', {
      fields: { current_password: { key: 'accounts.validation.wrong_password' } },
    });
  }
  const weak = weakPasswordKey(options.newPassword, [actor.email, actor.displayName]);
  if (weak) throw new AppError('invalid_input', { fields: { password: { key: weak } } });
  const passwordHash = await hashPassword(options.newPassword);
  return services.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: new Date() })
      .where('id', '=', actor.userId)
      .execute();
    const current = await trx
      .selectFrom('sessions')
      .select('expires_at')
      .where('id', '=', actor.sessionId)
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('sessions').where('user_id', '=', actor.userId).execute();
    const renewed = await createSession(trx, actor.userId, { expiresAt: current.expires_at });
    await revokeAuthTokens(trx, actor.userId, 'reset_password');
    await sendAccountMail(services, trx, {
      kind: 'password_changed',
      to: actor.email,
      locale: actor.locale,
      name: actor.displayName,
      path: '/passwort-vergessen',
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'account.password_changed',
      subjectType: 'user',
      subjectId: actor.userId,
      ip,
    });
    return renewed;
  });
}
