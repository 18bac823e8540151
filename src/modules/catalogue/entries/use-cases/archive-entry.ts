import type { UserActor } from '../../../../core/auth/actor.js';
import type { AppServices } from '../../../../core/http/types.js';
import { authoriseEntry } from '../authorise.js';
import { loadEntry, recordChange } from '../entry-records.js';

/** The owner (or the office) takes an entry off the catalogue for good; the history stays. */
export async function archiveEntry(options: {
  services: AppServices;
  actor: UserActor;
  entryId: string;
  ip: string;
}): Promise<void> {
  const { services, actor } = options;
  await services.db.transaction().execute(async (trx) => {
    const entry = await loadEntry(trx, options.entryId, { forUpdate: true });
    authoriseEntry(actor, 'archive', entry);
    await trx
      .updateTable('catalogue_entries')
      .set({ status: 'archived', updated_at: new Date() })
      .where('id', '=', entry.id)
      .execute();
    await recordChange(trx, {
      entryId: entry.id,
      organisationId: entry.organisation_id,
      actorUserId: actor.userId,
      action: 'archived',
      ip: options.ip,
    });
  });
}
