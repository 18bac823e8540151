import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import { loadProposal } from './load-proposal.js';
import { auditPartnership, expectChanged, otherSide } from '../records.js';

/** The other side declines with a reason; the proposer's contact person is removed at once. */
export async function declineProposal(options: {
  services: AppServices;
  actor: UserActor;
  partnershipId: string;
  reason: string;
  ip?: string;
}): Promise<void> {
  const { services, actor } = options;
  const { partnership, side } = await loadProposal(services, actor, options.partnershipId);
  const proposer = otherSide(side);
  await services.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('partnerships')
      .set({
        status: 'declined',
        answered_at: new Date(),
        decline_reason: options.reason,
        [`${proposer}_contact_name`]: null,
        [`${proposer}_contact_email`]: null,
        [`${proposer}_contact_phone`]: null,
        [`${proposer}_consent`]: false,
      })
      .where('id', '=', partnership.id)
      .where('status', '=', 'proposed')
      .executeTakeFirst();
    expectChanged(updated, 'partnerships.errors.already_answered');
    await auditPartnership(trx, actor, 'declined', partnership.id, { ip: options.ip });
  });
}
