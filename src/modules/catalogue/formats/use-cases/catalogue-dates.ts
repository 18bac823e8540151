import type { AppServices } from '../../../../core/http/types.js';
import type { CatalogueDates } from '../dcat.js';
import { upcomingEvents } from '../public-entries.js';

const at = (value: Date | string | null | undefined) => (value ? new Date(value) : null);

/**
 * When the open data of the catalogue was first published and last changed (publications among
 * visible entries), and the period the upcoming events of the iCalendar feed span.
 */
export async function catalogueDates(services: AppServices): Promise<CatalogueDates> {
  const [published, events] = await Promise.all([
    services.db
      .selectFrom('catalogue_entries')
      .where('status', '=', 'published')
      .where('hidden_at', 'is', null)
      .select((eb) => [eb.fn.min('published_at').as('first'), eb.fn.max('published_at').as('last')])
      .executeTakeFirst(),
    upcomingEvents(services.db, { now: new Date(), city: null })
      .select((eb) => [
        eb.fn.min('e.starts_at').as('from'),
        eb.fn.max(eb.fn.coalesce('e.ends_at', 'e.starts_at')).as('until'),
      ])
      .executeTakeFirst(),
  ]);
  return {
    firstPublished: at(published?.first),
    lastPublished: at(published?.last),
    eventsFrom: at(events?.from),
    eventsUntil: at(events?.until),
  };
}
