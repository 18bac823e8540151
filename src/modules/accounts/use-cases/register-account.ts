import type { AppServices } from '../../../core/http/types.js';
import { hashPassword } from '../../../core/auth/passwords.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import type { RegisterInput } from '../schemas.js';
import { issueAuthToken } from '../auth-tokens.js';
import { confirmationPath, sendAccountMail } from '../mails.js';

/**
 * Creates an unconfirmed account and mails a confirmation link. If the address is taken, the
 * owner gets a notice instead, and the caller sees the same answer either way (no enumeration).
 */
export async function registerAccount(options: {
  services: AppServices;
  input: RegisterInput;
  locale: string;
  ip: string;
  /** The page that asked for registration; the confirmation link leads back to it. */
  returnPath?: string | null;
}): Promise<void> {
  const { services, input, locale, ip } = options;
  const passwordHash = await hashPassword(input.password);
  await services.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('users')
      .select(['id', 'display_name', 'locale'])
      .where((eb) => eb(eb.fn('lower', ['email']), '=', input.email))
      .executeTakeFirst();
    if (existing) {
      await sendAccountMail(services, trx, {
        kind: 'already_registered',
        to: input.email,
        locale: existing.locale,
        name: existing.display_name,
        path: '/passwort-vergessen',
      });
      return;
    }
    const user = await trx
      .insertInto('users')
      .values({ email: input.email, password_hash: passwordHash, display_name: input.display_name, locale })
      .returning('id')
      .executeTakeFirstOrThrow();
    const token = await issueAuthToken(trx, user.id, 'confirm_email');
    await sendAccountMail(services, trx, {
      kind: 'confirm',
      to: input.email,
      locale,
      name: input.display_name,
      path: confirmationPath(token, options.returnPath ?? null),
    });
    await recordAudit(trx, {
      actorUserId: user.id,
      action: 'account.registered',
      subjectType: 'user',
      subjectId: user.id,
      ip,
    });
  });
}
