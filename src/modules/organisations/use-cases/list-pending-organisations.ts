import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { organisationsPolicy } from '../policy.js';
import type { PendingOrganisation } from '../present.js';
import { pageWindow, type PageWindow } from '../../../core/paging.js';

/** Organisations on one page of the verification queue. */
export const PENDING_PER_PAGE = 20;

/** One page of the organisations waiting for the cooperation office to verify them, oldest first. */
export async function listPendingOrganisations(options: {
  services: AppServices;
  actor: Actor;
  /** 1-based; a page past the end shows the last one. */
  page?: number;
  perPage?: number;
}): Promise<{ organisations: PendingOrganisation[]; window: PageWindow }> {
  authorize(options.actor, organisationsPolicy, 'review_organisations', undefined);
  const pending = options.services.db.selectFrom('organisations').where('verified_at', 'is', null);
  const [{ total } = { total: 0 }] = await pending.select((eb) => eb.fn.countAll<string>().as('total')).execute();
  const window = pageWindow(options.page ?? 1, Number(total), options.perPage ?? PENDING_PER_PAGE);
  const rows = await pending
    .select(['id', 'name', 'type', 'city', 'website', 'created_at'])
    .orderBy('created_at')
    .orderBy('id')
    .limit(window.perPage)
    .offset(window.offset)
    .execute();
  const organisations = rows.map((r) => ({
    id: r.id,
    name: r.name,
    type: r.type,
    city: r.city,
    website: r.website,
    createdAt: r.created_at,
  }));
  return { organisations, window };
}
