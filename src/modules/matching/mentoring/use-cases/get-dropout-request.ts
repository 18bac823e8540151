import type { UserActor } from '../../../../core/auth/actor.js';
import { recordAudit } from '../../../../core/audit/record-audit.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { can } from '../policy.js';
import { listCoordinators } from '../records.js';

export interface DropoutRequestView {
  id: string;
  situation: string;
  reachable: string;
  status: 'open' | 'assigned' | 'closed';
  createdAt: Date;
  requesterName: string;
  requesterEmail: string;
  mediatorName: string | null;
  /** People a coordinator can choose as mediator. */
  mediators: { id: string; displayName: string }[];
}

/** A coordinator reads a confidential help request; every reading is written to the audit trail. */
export async function getDropoutRequest(options: {
  services: AppServices;
  actor: UserActor;
  requestId: string;
  ip?: string;
}): Promise<DropoutRequestView> {
  const { services, actor } = options;
  const row = await services.db
    .selectFrom('dropout_help_requests as d')
    .innerJoin('users as u', 'u.id', 'd.user_id')
    .leftJoin('users as m', 'm.id', 'd.mediator_user_id')
    .select([
      'd.id',
      'd.user_id',
      'd.situation',
      'd.reachable',
      'd.status',
      'd.created_at',
      'u.display_name',
      'u.email',
      'm.display_name as mediator_name',
    ])
    .where('d.id', '=', options.requestId)
    .executeTakeFirst();
  // The requester follows their request on the overview; this page is the coordinators' only.
  if (!row || !can(actor, 'assign_mediator')) throw new AppError('not_found');
  await recordAudit(services.db, {
    actorUserId: actor.userId,
    action: 'dropout_help.viewed',
    subjectType: 'dropout_help_request',
    subjectId: row.id,
    ip: options.ip ?? null,
  });
  const mediators = await listCoordinators(services.db);
  return {
    id: row.id,
    situation: row.situation,
    reachable: row.reachable,
    status: row.status,
    createdAt: row.created_at,
    requesterName: row.display_name,
    requesterEmail: row.email,
    mediatorName: row.mediator_name,
    mediators: mediators.map((m) => ({ id: m.id, displayName: m.displayName })),
  };
}
