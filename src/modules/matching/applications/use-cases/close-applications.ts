import type { Kysely } from 'kysely';
import type { Database } from '../../../../core/db/database.js';
import { notifyStatusChange, type Mailing } from '../notify.js';
import { findApplication, writeStatus } from '../records.js';
import { OPEN_STATUSES } from '../statuses.js';

/**
 * Follows up applications whose position closed or was deleted. The database marks them
 * (position_closed_at, set by a trigger on positions, whoever closes or deletes); this job then:
 * - position deleted: running applications are declined and each applicant is told why;
 * - position closed (filled early, or its deadline passed — positions close automatically then):
 *   the procedure goes on so the company can still decide, and each applicant is told that no
 *   new applications are taken and that the application is deleted six months after closing.
 * Pass a position to do it at once inside the transaction that closed it; without one it sweeps
 * all of them (the background job). Returns how many applications it handled.
 */
export async function closeApplicationsOfClosedPositions(
  trx: Kysely<Database>,
  mailing: Mailing,
  options: { positionId?: string; now?: Date } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  let query = trx
    .selectFrom('applications')
    .select('id')
    .where('position_closed_at', 'is not', null)
    .where('position_closure_notified_at', 'is', null)
    .where('status', 'in', [...OPEN_STATUSES])
    .orderBy('created_at');
  if (options.positionId) query = query.where('position_id', '=', options.positionId);
  const ids = await query.forUpdate().execute();
  for (const { id } of ids) {
    const application = await findApplication(trx, id);
    if (!application) continue;
    await trx.updateTable('applications').set({ position_closure_notified_at: now }).where('id', '=', id).execute();
    if (application.positionId === null) {
      await writeStatus(trx, application, {
        to: 'declined',
        actor: 'system',
        actorUserId: null,
        reason: 'position_deleted',
        now,
        set: { closed_reason: 'position_deleted' },
      });
      await notifyStatusChange(trx, mailing, {
        application,
        status: 'declined',
        actorUserId: null,
        reason: 'position_deleted',
        notifyCompany: false,
      });
    } else {
      await notifyStatusChange(trx, mailing, {
        application,
        status: application.status,
        actorUserId: null,
        reason: 'position_closed',
        notifyCompany: false,
      });
    }
  }
  return ids.length;
}
