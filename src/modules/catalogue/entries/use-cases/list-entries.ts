import { sql } from 'kysely';
import { authorize } from '../../../../core/auth/policy.js';
import type { UserActor } from '../../../../core/auth/actor.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { canCreateEntries, cataloguePolicy, reviewCityOf } from '../../policy.js';
import { presentListItem, type EntryListItem } from '../present.js';

const LIST_COLUMNS = [
  'e.id',
  'e.kind',
  'e.status',
  'e.title',
  'e.updated_at',
  'e.stale_notified_at',
  'e.hidden_at',
  'o.name as organisation_name',
] as const;

/** The entries of the actor's own organisation, every status, newest change first. */
export async function listOwnEntries(options: { services: AppServices; actor: UserActor }): Promise<EntryListItem[]> {
  const { services, actor } = options;
  if (!actor.organisation || !canCreateEntries(actor)) throw new AppError('forbidden');
  const rows = await services.db
    .selectFrom('catalogue_entries as e')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(LIST_COLUMNS)
    .where('e.organisation_id', '=', actor.organisation.id)
    .orderBy(sql`e.status = 'archived'`)
    .orderBy('e.updated_at', 'desc')
    .limit(1000)
    .execute();
  return rows.map(presentListItem);
}

/**
 * The review queue, oldest first, so nothing waits for ever: every entry waiting for the
 * coordination office; for a city office, those that name its city, except its own (the same
 * rule as the policy's `review`).
 */
export async function listReviewQueue(options: { services: AppServices; actor: UserActor }): Promise<EntryListItem[]> {
  const { services, actor } = options;
  authorize(actor, cataloguePolicy, 'review_queue', undefined, {
    help: {
      reasonKey: 'catalogue_entries.forbidden.review_queue',
      link: { path: '/mein-bereich', labelKey: 'errors.help.my_area' },
    },
  });
  const city = reviewCityOf(actor);
  let query = services.db
    .selectFrom('catalogue_entries as e')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(LIST_COLUMNS)
    .where('e.status', '=', 'in_review');
  if (city && actor.organisation) {
    query = query
      .where(sql<boolean>`e.cities @> array[${city}]::text[]`)
      .where('e.organisation_id', '<>', actor.organisation.id);
  }
  const rows = await query.orderBy('e.updated_at', 'asc').limit(500).execute();
  return rows.map(presentListItem);
}

export interface OverlapGroup {
  fieldOfAction: string;
  city: string;
  projects: { id: string; title: string; organisationName: string }[];
}

/**
 * For coordinators: published projects grouped by field of action and city, where more than one
 * project works on the same field in the same city — the places where Projektitis grows.
 */
export async function listOverlaps(options: { services: AppServices; actor: UserActor }): Promise<OverlapGroup[]> {
  const { services, actor } = options;
  authorize(actor, cataloguePolicy, 'coordinate', undefined);
  const result = await sql<{ field: string; city: string; id: string; title: string; organisation_name: string }>`
    with pairs as (
      select f.field, c.city, e.id, e.title, o.name as organisation_name
      from catalogue_entries e
      join organisations o on o.id = e.organisation_id
      cross join lateral unnest(e.fields_of_action) as f(field)
      cross join lateral unnest(e.cities) as c(city)
      where e.kind = 'project' and e.status = 'published' and e.hidden_at is null
    ), crowded as (
      select field, city from pairs group by field, city having count(*) > 1
    )
    select p.field, p.city, p.id, p.title, p.organisation_name
    from pairs p join crowded using (field, city)
    order by p.field, p.city, p.title
    limit 5000`.execute(services.db);
  const groups = new Map<string, OverlapGroup>();
  for (const row of result.rows) {
    const key = `${row.field}\u0000${row.city}`;
    let group = groups.get(key);
    if (!group) {
      group = { fieldOfAction: row.field, city: row.city, projects: [] };
      groups.set(key, group);
    }
    group.projects.push({ id: row.id, title: row.title, organisationName: row.organisation_name });
  }
  return [...groups.values()];
}
