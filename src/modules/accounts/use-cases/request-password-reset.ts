import type { AppServices } from '../../../core/http/types.js';
import { issueAuthToken } from '../auth-tokens.js';
import { sendAccountMail } from '../mails.js';

/** Mails a one-hour reset link if the address has an account; says nothing about whether it has. */
export async function requestPasswordReset(options: { services: AppServices; email: string }): Promise<void> {
  const { services, email } = options;
  await services.db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['id', 'locale', 'display_name', 'email'])
      .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
      .executeTakeFirst();
    if (!user) return;
    const token = await issueAuthToken(trx, user.id, 'reset_password');
    await sendAccountMail(services, trx, {
      kind: 'reset',
      to: user.email,
      locale: user.locale,
      name: user.display_name,
      path: `/passwort-neu?token=${token}`,
    });
  });
}
