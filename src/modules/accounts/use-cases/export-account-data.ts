import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { personalDataSources } from '../../../core/privacy/registry.js';

/** Collects everything every module stores about the person (Art. 15 and 20 GDPR). */
export async function exportAccountData(options: {
  services: AppServices;
  actor: UserActor;
  ip: string;
}): Promise<Record<string, unknown>> {
  const { services, actor } = options;
  const data: Record<string, unknown> = { exported_at: new Date().toISOString(), platform: 'Vielfalt Ruhr' };
  for (const source of personalDataSources()) data[source.id] = await source.export(services.db, actor.userId);
  await recordAudit(services.db, {
    actorUserId: actor.userId,
    action: 'account.exported',
    subjectType: 'user',
    subjectId: actor.userId,
    ip: options.ip,
  });
  return data;
}
