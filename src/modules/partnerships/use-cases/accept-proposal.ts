import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import { berlinDay } from '../../../core/time/calendar-day.js';
import { loadProposal } from './load-proposal.js';
import { auditPartnership, expectChanged, oneYearAfter } from '../records.js';
import type { AcceptInput } from '../schemas.js';

/**
 * The other side accepts: the agreement starts with its contact person and its consent to the public list,
 * and the first yearly review falls due one year later.
 */
export async function acceptProposal(options: {
  services: AppServices;
  actor: UserActor;
  partnershipId: string;
  input: AcceptInput;
  now?: Date;
  ip?: string;
}): Promise<void> {
  const { services, actor, input } = options;
  const { partnership, side } = await loadProposal(services, actor, options.partnershipId);
  const now = options.now ?? new Date();
  await services.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('partnerships')
      .set({
        status: 'active',
        answered_at: now,
        review_due_on: oneYearAfter(berlinDay(now)),
        [`${side}_contact_name`]: input.contact.name,
        [`${side}_contact_email`]: input.contact.email,
        [`${side}_contact_phone`]: input.contact.phone,
        [`${side}_contact_by`]: actor.userId,
        [`${side}_consent`]: input.consent,
      })
      .where('id', '=', partnership.id)
      .where('status', '=', 'proposed')
      .executeTakeFirst();
    expectChanged(updated, 'partnerships.errors.already_answered');
    await auditPartnership(trx, actor, 'accepted', partnership.id, { ip: options.ip });
  });
}
