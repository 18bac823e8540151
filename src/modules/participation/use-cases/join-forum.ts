import { generateToken, hashToken } from '../../../core/auth/tokens.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';

/**
 * A participant joins with a one-time code, on their phone, without an account: the code opens a forum session
 * (a random token in a cookie, stored hashed) and is used up. Codes work only within the forum's time; a wrong,
 * used or expired code gets the same answer, so nothing is learned from trying.
 */
export async function joinForum(options: {
  services: AppServices;
  code: string;
  now?: Date;
}): Promise<{ forumId: string; sessionToken: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const sessionToken = generateToken();
  const joined = await options.services.db
    .updateTable('participation_participants as p')
    .from('participation_forums as f')
    .set({ session_hash: hashToken(sessionToken), joined_at: now })
    .whereRef('f.id', '=', 'p.forum_id')
    .where('p.code_hash', '=', hashToken(options.code))
    .where('p.joined_at', 'is', null)
    .where('f.starts_at', '<=', now)
    .where('f.ends_at', '>=', now)
    .returning(['p.forum_id', 'f.ends_at'])
    .executeTakeFirst();
  if (!joined) throw new AppError('invalid_input', { fields: { code: { key: 'participation.join.invalid_code' } } });
  return { forumId: joined.forum_id, sessionToken, expiresAt: joined.ends_at };
}
