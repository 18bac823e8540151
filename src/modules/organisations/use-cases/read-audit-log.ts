import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { organisationsPolicy } from '../policy.js';
import type { AuditEntryView } from '../present.js';
import { pageWindow, type PageWindow } from '../../../core/paging.js';

/** Entries on one page of the audit log. */
export const AUDIT_LOG_PER_PAGE = 50;

/** One page of the audit trail for platform admins, newest first; reading the trail is itself recorded. */
export async function readAuditLog(options: {
  services: AppServices;
  actor: UserActor;
  ip: string;
  /** 1-based; a page past the end shows the last one. */
  page?: number;
  perPage?: number;
}): Promise<{ entries: AuditEntryView[]; window: PageWindow }> {
  const { services, actor } = options;
  authorize(actor, organisationsPolicy, 'read_audit_log', undefined);
  await recordAudit(services.db, {
    actorUserId: actor.userId,
    action: 'audit_log.viewed',
    subjectType: 'audit_log',
    ip: options.ip,
  });
  const [{ total } = { total: 0 }] = await services.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .execute();
  const window = pageWindow(options.page ?? 1, Number(total), options.perPage ?? AUDIT_LOG_PER_PAGE);
  const rows = await services.db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_user_id')
    .select(['a.at', 'a.action', 'u.display_name', 'a.subject_type', 'a.subject_id', 'a.ip'])
    .orderBy('a.id', 'desc')
    .limit(window.perPage)
    .offset(window.offset)
    .execute();
  const entries = rows.map((r) => ({
    at: r.at,
    action: r.action,
    actor: r.display_name,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    ip: r.ip,
  }));
  return { entries, window };
}
