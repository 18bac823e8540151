import type { AppServices } from '../../../core/http/types.js';
import { verifyAgainstDummy, verifyPassword } from '../../../core/auth/passwords.js';
import { createSession, type IssuedSession } from '../../../core/auth/sessions.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { AppError } from '../../../core/errors.js';
import type { LoginInput } from '../schemas.js';
import { issueAuthToken } from '../auth-tokens.js';
import { confirmationPath, sendAccountMail } from '../mails.js';

export type LogInResult = IssuedSession & { locale: string };

/**
 * Checks the password and opens a session. Wrong address and wrong password give the same
 * error in the same time. An unconfirmed address gets a fresh confirmation link instead.
 */
export async function logIn(options: {
  services: AppServices;
  input: LoginInput;
  ip: string;
  /** The page that asked for sign-in; a fresh confirmation link leads back to it. */
  returnPath?: string | null;
  /** The session the browser signed in from, if any: it ends, so every sign-in starts under a new id. */
  previousSessionId?: string | null;
}): Promise<LogInResult> {
  const { services, input, ip } = options;
  const user = await services.db
    .selectFrom('users')
    .select(['id', 'password_hash', 'email_verified_at', 'locale', 'display_name', 'email'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', input.email))
    .executeTakeFirst();
  if (!user) {
    await verifyAgainstDummy(input.password);
    throw new AppError('invalid_input', {
      messageKey: 'accounts.login.failed',
      fields: { _form: { key: 'accounts.login.failed' } },
    });
  }
  if (!(await verifyPassword(user.password_hash, input.password))) {
    await recordAudit(services.db, {
      actorUserId: null,
      action: 'account.login_failed',
      subjectType: 'user',
      subjectId: user.id,
      ip,
    });
    throw new AppError('invalid_input', {
      messageKey: 'accounts.login.failed',
      fields: { _form: { key: 'accounts.login.failed' } },
    });
  }
  if (!user.email_verified_at) {
    await services.db.transaction().execute(async (trx) => {
      const token = await issueAuthToken(trx, user.id, 'confirm_email');
      await sendAccountMail(services, trx, {
        kind: 'confirm',
        to: user.email,
        locale: user.locale,
        name: user.display_name,
        path: confirmationPath(token, options.returnPath ?? null),
      });
    });
    throw new AppError('forbidden', {
      messageKey: 'accounts.login.unconfirmed',
      fields: { _form: { key: 'accounts.login.unconfirmed' } },
    });
  }
  return services.db.transaction().execute(async (trx) => {
    if (options.previousSessionId)
      await trx.deleteFrom('sessions').where('id', '=', options.previousSessionId).execute();
    const session = await createSession(trx, user.id);
    await trx.updateTable('users').set({ last_login_at: new Date() }).where('id', '=', user.id).execute();
    await recordAudit(trx, {
      actorUserId: user.id,
      action: 'account.login',
      subjectType: 'user',
      subjectId: user.id,
      ip,
    });
    return { ...session, locale: user.locale };
  });
}
