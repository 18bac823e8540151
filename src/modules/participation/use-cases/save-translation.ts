import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import type { TranslationInput } from '../schemas.js';
import { loadText, textRef, type TextKind } from './load-text.js';

/** A translation of a draft campaign or story into one of the six other languages; saved again, it replaces the last. */
export async function saveTranslation(options: {
  services: AppServices;
  actor: UserActor;
  kind: TextKind;
  id: string;
  input: TranslationInput;
  ip: string;
}): Promise<void> {
  const { services, actor, input } = options;
  const item = await loadText(services.db, options.kind, options.id);
  authorize(actor, participationPolicy, 'edit_story', textRef(item), { code: 'not_found' });
  const owner =
    options.kind === 'story' ? { story_id: item.id, campaign_id: null } : { campaign_id: item.id, story_id: null };
  await services.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('participation_translations')
      .where(options.kind === 'story' ? 'story_id' : 'campaign_id', '=', item.id)
      .where('locale', '=', input.locale)
      .execute();
    await trx
      .insertInto('participation_translations')
      .values({ ...owner, locale: input.locale, title: input.title, summary: input.summary, body: input.body })
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: `participation.${options.kind}_translated`,
      subjectType: `participation_${options.kind}`,
      subjectId: item.id,
      organisationId: item.organisationId,
      ip: options.ip,
      details: { locale: input.locale },
    });
  });
}
