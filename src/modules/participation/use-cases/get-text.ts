import type { Actor } from '../../../core/auth/actor.js';
import { allows } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { isCoordinator, participationPolicy } from '../policy.js';
import { listPublishedStories, type TextLine } from './list-texts.js';
import { loadText, textRef, type TextItem, type TextKind } from './load-text.js';

export interface TextView {
  item: TextItem;
  /** What the reader sees: the translation into their language if there is one, else the German original. */
  shown: { title: string; summary: string; body: string; lang: string };
  canEdit: boolean;
  canReview: boolean;
  /** A campaign's published stories, in the reader's language where translated. */
  stories: TextLine[];
}

/** A campaign or story page: published ones for everybody; drafts for their organisation and the office only. */
export async function getText(options: {
  services: AppServices;
  actor: Actor;
  kind: TextKind;
  id: string;
  locale: string;
}): Promise<TextView> {
  const { services, actor } = options;
  const item = await loadText(services.db, options.kind, options.id);
  const isOwn = actor.kind === 'user' && actor.organisation?.id === item.organisationId;
  if (item.status !== 'published' && !isOwn && !isCoordinator(actor)) throw new AppError('not_found');
  const translation = item.translations.find((candidate) => candidate.locale === options.locale);
  const stories =
    options.kind === 'campaign'
      ? await listPublishedStories({ services, locale: options.locale, campaignId: item.id })
      : [];
  return {
    item,
    shown: translation
      ? { ...translation, lang: translation.locale }
      : { title: item.title, summary: item.summary, body: item.body, lang: 'de' },
    canEdit: allows(actor, participationPolicy, 'edit_story', textRef(item)),
    canReview: allows(actor, participationPolicy, 'review_story', textRef(item)),
    stories,
  };
}
