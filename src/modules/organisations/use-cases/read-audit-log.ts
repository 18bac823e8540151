import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { organisationsPolicy } from '../policy.js';
import type { AuditEntryView } from '../present.js';

/** The newest audit entries for platform admins; reading the trail is itself recorded. */
export async function readAuditLog(options: {
  services: AppServices;
  actor: UserActor;
  ip: string;
  limit?: number;
}): Promise<AuditEntryView[]> {
  const { services, actor } = options;
  authorize(actor, organisationsPolicy, 'read_audit_log', undefined);
  await recordAudit(services.db, {
    actorUserId: actor.userId,
    action: 'audit_log.viewed',
    subjectType: 'audit_log',
    ip: options.ip,
  });
  const rows = await services.db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_user_id')
    .select(['a.at', 'a.action', 'u.display_name', 'a.subject_type', 'a.subject_id', 'a.ip'])
    .orderBy('a.id', 'desc')
    .limit(options.limit ?? 200)
    .execute();
  return rows.map((r) => ({
    at: r.at,
    action: r.action,
    actor: r.display_name,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    ip: r.ip,
  }));
}
