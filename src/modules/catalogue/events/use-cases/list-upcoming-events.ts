import { sql } from 'kysely';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { berlinDay, type CalendarDay } from '../../../../core/time/calendar-day.js';
import type { City } from '../../../../region/index.js';
import type { FieldOfAction } from '../../taxonomy.js';
import { upcomingEvents } from '../../formats/index.js';
import { readEventFacts } from '../../shared/index.js';
import type { EventsCalendarView, UpcomingEventView } from '../present.js';

export const EVENTS_PER_PAGE = 20;

/**
 * The public events calendar: published events that have not ended, soonest first, in all cities
 * or in one, in all fields of action or in one, a page at a time and grouped by day in German time. Titles come in the reader's
 * language where the organiser translated them. A page past the last one does not exist.
 */
export async function listUpcomingEvents(options: {
  services: AppServices;
  city: City | null;
  field?: FieldOfAction | null;
  page: number;
  locale: string;
  now?: Date;
}): Promise<EventsCalendarView> {
  const { services, city, page, locale } = options;
  const field = options.field ?? null;
  const now = options.now ?? new Date();
  const filter = { now, city, field };
  // The count and the page at once (each waits for a pooled connection under load); a page past the last
  // one comes back empty and is refused below.
  const [countRow, rows] = await Promise.all([
    upcomingEvents(services.db, filter)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
    upcomingEvents(services.db, filter)
      .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
      .leftJoin('catalogue_translations as tr', (join) =>
        join.onRef('tr.entry_id', '=', 'e.id').on(sql<boolean>`tr.locale::text = ${locale}`),
      )
      .select([
        'e.id',
        'e.title',
        'e.starts_at',
        'e.ends_at',
        'e.cities',
        'e.format',
        'e.details',
        'o.name as organiser',
        'tr.title as translated_title',
      ])
      .orderBy('e.starts_at')
      .orderBy('e.id')
      .limit(EVENTS_PER_PAGE)
      .offset((page - 1) * EVENTS_PER_PAGE)
      .execute(),
  ]);
  const total = Number(countRow.n);
  const pageCount = Math.max(1, Math.ceil(total / EVENTS_PER_PAGE));
  if (page > pageCount) throw new AppError('not_found');
  const days: EventsCalendarView['days'] = [];
  for (const row of rows) {
    const startsAt = row.starts_at ?? now;
    const day: CalendarDay = berlinDay(startsAt);
    const facts = readEventFacts(row.details);
    const event: UpcomingEventView = {
      id: row.id,
      title: row.translated_title ?? row.title,
      isTranslated: row.translated_title !== null,
      startsAt,
      endsAt: row.ends_at,
      organiser: row.organiser,
      cities: row.cities,
      isOnline: row.format === 'online' || row.format === 'hybrid',
      place: facts.address,
    };
    const last = days.at(-1);
    if (last && last.day === day) last.events.push(event);
    else days.push({ day, firstStart: startsAt, events: [event] });
  }
  return { city, field, page, pageCount, total, days };
}
