import type { AppServices } from '../../../../core/http/types.js';

/** When the open data last changed: the newest publication among visible entries. */
export async function latestPublication(services: AppServices): Promise<Date | null> {
  const row = await services.db
    .selectFrom('catalogue_entries')
    .select((eb) => eb.fn.max('published_at').as('latest'))
    .where('status', '=', 'published')
    .where('hidden_at', 'is', null)
    .executeTakeFirst();
  return row?.latest ? new Date(row.latest) : null;
}
