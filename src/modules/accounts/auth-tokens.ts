import type { Kysely } from 'kysely';
import type { Database, TokenPurpose } from '../../core/db/database.js';
import { generateToken, hashToken } from '../../core/auth/tokens.js';
import { hours } from '../../core/time/durations.js';

const LIFETIME_HOURS: Record<TokenPurpose, number> = { confirm_email: 72, reset_password: 1 };

/** Issues a single-use link token; only its hash is stored. Older tokens of the same purpose stop working. */
export async function issueAuthToken(db: Kysely<Database>, userId: string, purpose: TokenPurpose): Promise<string> {
  const token = generateToken();
  await revokeAuthTokens(db, userId, purpose);
  await db
    .insertInto('auth_tokens')
    .values({
      user_id: userId,
      purpose,
      token_hash: hashToken(token),
      expires_at: new Date(Date.now() + hours(LIFETIME_HOURS[purpose])),
    })
    .execute();
  return token;
}

/** Marks a valid, unused, unexpired token as used and returns its user, or null. */
export async function consumeAuthToken(
  db: Kysely<Database>,
  token: string,
  purpose: TokenPurpose,
): Promise<string | null> {
  const row = await db
    .updateTable('auth_tokens')
    .set({ used_at: new Date() })
    .where('token_hash', '=', hashToken(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id ?? null;
}

/** Ends every open link of this purpose for the account (a password changed by other means ends its reset links). */
export async function revokeAuthTokens(db: Kysely<Database>, userId: string, purpose: TokenPurpose): Promise<void> {
  await db.deleteFrom('auth_tokens').where('user_id', '=', userId).where('purpose', '=', purpose).execute();
}
