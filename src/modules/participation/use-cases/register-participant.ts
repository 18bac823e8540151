import { hashToken } from '../../../core/auth/tokens.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { formatCode, generateCode } from '../codes.js';
import { loadForum } from './load-forum.js';

/**
 * Open registration: anybody registers for a forum open to all with the name shown on the participant list and
 * receives a one-time code to join with on the day. No account, no address: the code is the only key.
 */
export async function registerParticipant(options: {
  services: AppServices;
  forumId: string;
  name: string;
  now?: Date;
}): Promise<{ code: string }> {
  const { forum } = await loadForum(options.services.db, options.forumId);
  if (forum.registration !== 'open') throw new AppError('not_found');
  if ((options.now ?? new Date()) > forum.ends_at)
    throw new AppError('conflict', { messageKey: 'participation.codes.forum_over' });
  const code = generateCode();
  await options.services.db
    .insertInto('participation_participants')
    .values({ forum_id: forum.id, label: options.name, code_hash: hashToken(code) })
    .execute();
  return { code: formatCode(code) };
}
