import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { monitoringPolicy } from '../policy.js';

/** The imports, newest first, for the coordination office's import page. */
export async function listImports(options: { services: AppServices; actor: UserActor; limit?: number }) {
  const { services, actor } = options;
  authorize(actor, monitoringPolicy, 'manage_data', undefined);
  return services.db
    .selectFrom('monitoring_imports')
    .select(['id', 'indicator_key', 'source_table', 'source_label', 'status', 'row_count', 'created_at', 'saved_at'])
    .orderBy('created_at', 'desc')
    .limit(options.limit ?? 50)
    .execute();
}
