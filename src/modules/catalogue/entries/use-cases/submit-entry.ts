import type { UserActor } from '../../../../core/auth/actor.js';
import type { AppServices } from '../../../../core/http/types.js';
import { authoriseEntry } from '../authorise.js';
import { loadEntry, recordChange } from '../entry-records.js';

/** The owner hands a draft to the cooperation office for review. */
export async function submitEntry(options: {
  services: AppServices;
  actor: UserActor;
  entryId: string;
  ip: string;
}): Promise<void> {
  const { services, actor } = options;
  await services.db.transaction().execute(async (trx) => {
    const entry = await loadEntry(trx, options.entryId, { forUpdate: true });
    authoriseEntry(actor, 'submit', entry);
    await trx
      .updateTable('catalogue_entries')
      .set({ status: 'in_review', updated_at: new Date() })
      .where('id', '=', entry.id)
      .execute();
    await recordChange(trx, {
      entryId: entry.id,
      organisationId: entry.organisation_id,
      actorUserId: actor.userId,
      action: 'submitted',
      ip: options.ip,
    });
  });
}
