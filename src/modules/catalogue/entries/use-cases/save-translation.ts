import type { UserActor } from '../../../../core/auth/actor.js';
import type { TranslationLocale } from '../../tables.js';
import type { AppServices } from '../../../../core/http/types.js';
import { authoriseEntry } from '../authorise.js';
import { loadEntry, recordChange } from '../entry-records.js';
import type { TranslationInput } from '../schemas.js';

/** The owner adds or changes the translation into one language; like any edit, a published entry goes back to review. */
export async function saveTranslation(options: {
  services: AppServices;
  actor: UserActor;
  entryId: string;
  locale: TranslationLocale;
  input: TranslationInput;
  ip: string;
}): Promise<{ backToReview: boolean }> {
  const { services, actor, input } = options;
  return services.db.transaction().execute(async (trx) => {
    const entry = await loadEntry(trx, options.entryId, { forUpdate: true });
    authoriseEntry(actor, 'edit', entry);
    const now = new Date();
    await trx
      .insertInto('catalogue_translations')
      .values({
        entry_id: entry.id,
        locale: options.locale,
        title: input.title,
        summary: input.summary,
        body: input.body,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc
          .columns(['entry_id', 'locale'])
          .doUpdateSet({ title: input.title, summary: input.summary, body: input.body, updated_at: now }),
      )
      .execute();
    const backToReview = entry.status === 'published';
    await trx
      .updateTable('catalogue_entries')
      .set({ status: backToReview ? 'in_review' : entry.status, updated_at: now })
      .where('id', '=', entry.id)
      .execute();
    await recordChange(trx, {
      entryId: entry.id,
      organisationId: entry.organisation_id,
      actorUserId: actor.userId,
      action: 'translated',
      note: options.locale,
      ip: options.ip,
    });
    return { backToReview };
  });
}
