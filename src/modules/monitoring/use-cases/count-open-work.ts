import type { AppServices } from '../../../core/http/types.js';

/** What waits for the coordination office: drafts of imports and initiatives proposed but not placed. */
export async function countOpenWork(options: { services: AppServices }) {
  const { db } = options.services;
  const drafts = await db
    .selectFrom('monitoring_imports')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('status', '=', 'draft')
    .executeTakeFirstOrThrow();
  const proposed = await db
    .selectFrom('monitoring_initiatives')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('status', '=', 'proposed')
    .where('goal_id', 'is', null)
    .executeTakeFirstOrThrow();
  const targets = await db
    .selectFrom('monitoring_targets')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return { drafts: Number(drafts.count), proposed: Number(proposed.count), targets: Number(targets.count) };
}
