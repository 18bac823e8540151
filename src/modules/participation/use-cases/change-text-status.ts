import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import type { PublishingStatus } from '../tables.js';
import { loadText, TEXT_TABLE, textRef, type TextKind } from './load-text.js';

/**
 * The publishing workflow of campaigns and stories: the author's organisation submits a draft for review; the
 * office (never the author) publishes it or sends it back as a draft. A story with an image needs its alt text.
 */
export async function changeTextStatus(options: {
  services: AppServices;
  actor: UserActor;
  kind: TextKind;
  id: string;
  step: 'submit' | 'publish' | 'return';
  ip: string;
}): Promise<void> {
  const { services, actor } = options;
  const item = await loadText(services.db, options.kind, options.id);
  const from: PublishingStatus = options.step === 'submit' ? 'draft' : 'in_review';
  const to: PublishingStatus =
    options.step === 'submit' ? 'in_review' : options.step === 'publish' ? 'published' : 'draft';
  authorize(actor, participationPolicy, options.step === 'submit' ? 'edit_story' : 'review_story', textRef(item), {
    code: options.step === 'submit' ? 'not_found' : 'forbidden',
  });
  if (to === 'published' && item.imageKey && !item.imageAlt?.trim())
    throw new AppError('conflict', { messageKey: 'participation_stories.image.alt_required' });
  await services.db.transaction().execute(async (trx) => {
    const changed = await trx
      .updateTable(TEXT_TABLE[options.kind])
      .set({
        status: to,
        ...(to === 'published' ? { published_at: new Date(), reviewed_by: actor.userId } : {}),
      })
      .where('id', '=', item.id)
      .where('status', '=', from)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) throw new AppError('conflict');
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: `participation.${options.kind}_${options.step}`,
      subjectType: `participation_${options.kind}`,
      subjectId: item.id,
      organisationId: item.organisationId,
      ip: options.ip,
    });
  });
}
