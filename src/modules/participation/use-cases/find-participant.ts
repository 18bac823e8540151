import { hashToken } from '../../../core/auth/tokens.js';
import type { AppServices } from '../../../core/http/types.js';

export interface ForumParticipant {
  id: string;
  forumId: string;
  label: string;
}

/** The participant behind a forum session, if the session is for this forum and the forum is not over. */
export async function findParticipant(options: {
  services: AppServices;
  sessionToken: string | undefined;
  forumId: string;
  now?: Date;
}): Promise<ForumParticipant | null> {
  if (!options.sessionToken) return null;
  const row = await options.services.db
    .selectFrom('participation_participants as p')
    .innerJoin('participation_forums as f', 'f.id', 'p.forum_id')
    .select(['p.id', 'p.forum_id', 'p.label'])
    .where('p.session_hash', '=', hashToken(options.sessionToken))
    .where('p.forum_id', '=', options.forumId)
    .where('f.ends_at', '>=', options.now ?? new Date())
    .executeTakeFirst();
  return row ? { id: row.id, forumId: row.forum_id, label: row.label } : null;
}
