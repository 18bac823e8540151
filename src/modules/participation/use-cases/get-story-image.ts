import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import type { StoredFile } from '../../../core/storage/index.js';
import { getText } from './get-text.js';

/** A story's picture, to whoever may read the story (published: everybody). */
export async function getStoryImage(options: {
  services: AppServices;
  actor: Actor;
  storyId: string;
}): Promise<StoredFile> {
  const view = await getText({ ...options, kind: 'story', id: options.storyId, locale: 'de' });
  const file = view.item.imageKey ? await options.services.storage.get(view.item.imageKey) : null;
  if (!file) throw new AppError('not_found');
  return file;
}
