import { sql } from 'kysely';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { buildCalendar, type CalendarEvent } from '../ical.js';
import { entryPageUrl, readEventFacts } from '../../shared/index.js';
import { plainEmail, publicEntries } from '../public-entries.js';

/** At most this many events in the feed; a calendar client reloads it regularly. */
export const FEED_LIMIT = 1000;

function eventsQuery(services: AppServices) {
  return publicEntries(services.db, 'event')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select([
      'e.id',
      'e.title',
      'e.summary',
      'e.body',
      'e.starts_at',
      'e.ends_at',
      'e.details',
      'e.contact_email',
      'e.updated_at',
      'o.name as organiser',
    ])
    .where('e.starts_at', 'is not', null);
}

type EventRow = Awaited<ReturnType<ReturnType<typeof eventsQuery>['executeTakeFirstOrThrow']>>;

function toCalendarEvent(row: EventRow, services: AppServices): CalendarEvent {
  const facts = readEventFacts(row.details);
  const page = entryPageUrl(services.config.baseUrl, 'de', row.id);
  const location = [facts.address, facts.onlineUrl].filter((part): part is string => part !== null).join(' – ');
  const email = plainEmail(row.contact_email);
  return {
    uid: `${row.id}@${new URL(services.config.baseUrl).host}`,
    summary: row.title,
    description: [row.summary, row.body, page].filter(Boolean).join('\n\n'),
    startsAt: row.starts_at ?? new Date(0),
    endsAt: row.ends_at,
    location: location || null,
    url: page,
    organizer: email ? { name: row.organiser, email } : null,
    lastModified: row.updated_at,
  };
}

/** One published event as a calendar file. */
export async function buildEventCalendar(options: {
  services: AppServices;
  eventId: string;
  now?: Date;
}): Promise<string> {
  const { services } = options;
  const row = await eventsQuery(services).where('e.id', '=', options.eventId).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return buildCalendar({ name: row.title, now: options.now ?? new Date(), events: [toCalendarEvent(row, services)] });
}

/** The feed: every published event that has not ended yet, soonest first. */
export async function buildUpcomingEventsCalendar(options: {
  services: AppServices;
  name: string;
  now?: Date;
}): Promise<string> {
  const { services } = options;
  const now = options.now ?? new Date();
  const rows = await eventsQuery(services)
    .where(sql<boolean>`coalesce(e.ends_at, e.starts_at) >= ${now}`)
    .orderBy('e.starts_at')
    .orderBy('e.id')
    .limit(FEED_LIMIT)
    .execute();
  return buildCalendar({ name: options.name, now, events: rows.map((row) => toCalendarEvent(row, services)) });
}
