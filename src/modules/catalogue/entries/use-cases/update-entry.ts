import type { UserActor } from '../../../../core/auth/actor.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { authoriseEntry } from '../authorise.js';
import { entryColumns, loadEntry, recordChange } from '../entry-records.js';
import type { EntryInput } from '../schemas.js';

/**
 * The owner changes an entry. A change to a published entry sends it back to review: nothing
 * reaches the public without the office having seen it (docs/decisions/007-catalogue-review.md).
 */
export async function updateEntry(options: {
  services: AppServices;
  actor: UserActor;
  entryId: string;
  input: EntryInput;
  ip: string;
}): Promise<{ backToReview: boolean }> {
  const { services, actor, input } = options;
  return services.db.transaction().execute(async (trx) => {
    const entry = await loadEntry(trx, options.entryId, { forUpdate: true });
    authoriseEntry(actor, 'edit', entry);
    if (entry.kind !== input.kind) throw new AppError('invalid_input');
    const backToReview = entry.status === 'published';
    await trx
      .updateTable('catalogue_entries')
      .set({ ...entryColumns(input), status: backToReview ? 'in_review' : entry.status, updated_at: new Date() })
      .where('id', '=', entry.id)
      .execute();
    await recordChange(trx, {
      entryId: entry.id,
      organisationId: entry.organisation_id,
      actorUserId: actor.userId,
      action: 'updated',
      ip: options.ip,
    });
    return { backToReview };
  });
}
