import { sql } from 'kysely';
import type { AppServices } from '../../../core/http/types.js';
import { issueAuthToken } from '../auth-tokens.js';
import { sendAccountMail } from '../mails.js';

/**
 * The background half of a reset request: mails a one-hour reset link if an account has the address
 * (compared as its digest, lower case, as the sign-in compares it); does nothing otherwise.
 */
export async function sendPasswordReset(options: { services: AppServices; emailDigest: string }): Promise<void> {
  const { services } = options;
  await services.db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['id', 'locale', 'display_name', 'email'])
      .where(sql<string>`encode(sha256(convert_to(lower(email), 'UTF8')), 'hex')`, '=', options.emailDigest)
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
