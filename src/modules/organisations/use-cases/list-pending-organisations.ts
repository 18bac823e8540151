import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { organisationsPolicy } from '../policy.js';
import type { PendingOrganisation } from '../present.js';

/** Organisations waiting for the cooperation office to verify them, oldest first. */
export async function listPendingOrganisations(options: {
  services: AppServices;
  actor: Actor;
}): Promise<PendingOrganisation[]> {
  authorize(options.actor, organisationsPolicy, 'review_organisations', undefined);
  const rows = await options.services.db
    .selectFrom('organisations')
    .select(['id', 'name', 'type', 'city', 'website', 'created_at'])
    .where('verified_at', 'is', null)
    .orderBy('created_at')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type,
    city: r.city,
    website: r.website,
    createdAt: r.created_at,
  }));
}
