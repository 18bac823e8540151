import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import type { CampaignInput, StoryInput } from '../schemas.js';
import { loadText, textRef } from './load-text.js';

type SaveInput = { kind: 'story'; input: StoryInput } | { kind: 'campaign'; input: CampaignInput };

/**
 * Writes a draft campaign (the office) or story (any verified organisation): new when `id` is missing, else the
 * organisation's own draft. A story may belong to a published campaign.
 */
export async function saveText(
  options: { services: AppServices; actor: UserActor; id?: string; ip: string } & SaveInput,
): Promise<string> {
  const { services, actor } = options;
  authorize(actor, participationPolicy, options.kind === 'story' ? 'write_story' : 'write_campaign', undefined);
  if (options.id) {
    const existing = await loadText(services.db, options.kind, options.id);
    authorize(actor, participationPolicy, 'edit_story', textRef(existing), { code: 'not_found' });
  }
  if (options.kind === 'story' && options.input.campaign_id) {
    const campaign = await services.db
      .selectFrom('participation_campaigns')
      .select('id')
      .where('id', '=', options.input.campaign_id)
      .where('status', '=', 'published')
      .executeTakeFirst();
    if (!campaign)
      throw new AppError('invalid_input', {
        fields: { campaign_id: { key: 'participation_stories.fields.campaign_unknown' } },
      });
  }
  const organisationId = actor.organisation?.id ?? '';
  return services.db.transaction().execute(async (trx) => {
    let id: string;
    if (options.kind === 'story') {
      const { input } = options;
      const columns = {
        title: input.title,
        summary: input.summary,
        body: input.body,
        field_of_action: input.field_of_action,
        campaign_id: input.campaign_id,
        catalogue_entry_id: input.catalogue_entry_id,
      };
      id = options.id
        ? (
            await trx
              .updateTable('participation_stories')
              .set(columns)
              .where('id', '=', options.id)
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id
        : (
            await trx
              .insertInto('participation_stories')
              .values({ ...columns, organisation_id: organisationId, created_by: actor.userId })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id;
    } else {
      const { input } = options;
      const columns = { title: input.title, summary: input.summary, body: input.body };
      id = options.id
        ? (
            await trx
              .updateTable('participation_campaigns')
              .set(columns)
              .where('id', '=', options.id)
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id
        : (
            await trx
              .insertInto('participation_campaigns')
              .values({ ...columns, organisation_id: organisationId, created_by: actor.userId })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id;
    }
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: `participation.${options.kind}_saved`,
      subjectType: `participation_${options.kind}`,
      subjectId: id,
      organisationId,
      ip: options.ip,
    });
    return id;
  });
}
