import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import type { StoryImageInput } from '../schemas.js';
import { loadText, textRef } from './load-text.js';

/** The storage key of a story's picture; a story's files share its prefix. */
export const storyImageKey = (storyId: string) => `participation/stories/${storyId}/image`;

/**
 * Puts a picture on a draft story, with its alternative text (required: the column's check refuses a picture
 * without one). The file goes to core/storage first; the row points at it only once it is stored.
 */
export async function saveStoryImage(options: {
  services: AppServices;
  actor: UserActor;
  storyId: string;
  input: StoryImageInput;
  ip: string;
}): Promise<void> {
  const { services, actor, input } = options;
  const story = await loadText(services.db, 'story', options.storyId);
  authorize(actor, participationPolicy, 'edit_story', textRef(story), { code: 'not_found' });
  const key = storyImageKey(story.id);
  await services.storage.put(key, input.image.bytes, input.image.contentType);
  await services.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('participation_stories')
      .set({ image_key: key, image_alt: input.image_alt })
      .where('id', '=', story.id)
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'participation.story_image',
      subjectType: 'participation_story',
      subjectId: story.id,
      organisationId: story.organisationId,
      ip: options.ip,
    });
  });
}
