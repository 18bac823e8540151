import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../../core/db/database.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { buildCalendar, type CalendarEvent } from '../ical.js';
import { entryPageUrl, markdownToText, readEventFacts } from '../../shared/index.js';
import { plainEmail, publicEntries, upcomingEvents } from '../public-entries.js';
import type { City } from '../../../../region/index.js';
import type { FieldOfAction } from '../../taxonomy.js';

/** At most this many events in the feed; a calendar client reloads it regularly. */
export const FEED_LIMIT = 1000;
/** How often a subscribed calendar loads a feed again (RFC 7986 REFRESH-INTERVAL, ISO 8601 duration). */
export const FEED_REFRESH_INTERVAL = 'PT6H';

function eventsQuery(db: Kysely<Database>) {
  return publicEntries(db, 'event')
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
      // Every change to a published event goes back through review: each publication after the first is a new
      // public version, which is the event's SEQUENCE (decision 030).
      (eb) =>
        eb
          .selectFrom('catalogue_revisions as r')
          .select(sql<number>`greatest(count(*)::int - 1, 0)`.as('n'))
          .whereRef('r.entry_id', '=', 'e.id')
          .where('r.action', '=', 'published')
          .as('sequence'),
    ])
    .where('e.starts_at', 'is not', null);
}

type EventRow = Awaited<ReturnType<ReturnType<typeof eventsQuery>['executeTakeFirstOrThrow']>>;

function toCalendarEvent(row: EventRow, baseUrl: string, lang: string): CalendarEvent {
  const facts = readEventFacts(row.details);
  const page = entryPageUrl(baseUrl, lang, row.id);
  const location = [facts.address, facts.onlineUrl].filter((part): part is string => part !== null).join(' – ');
  const email = plainEmail(row.contact_email);
  return {
    uid: `${row.id}@${new URL(baseUrl).host}`,
    summary: row.title,
    // Calendar programs show text, not Markdown: the description is rendered to plain text.
    description: [row.summary, markdownToText(row.body), page].filter(Boolean).join('\n\n'),
    startsAt: row.starts_at ?? new Date(0),
    endsAt: row.ends_at,
    location: location || null,
    url: page,
    organizer: email ? { name: row.organiser, email } : null,
    lastModified: row.updated_at,
    sequence: row.sequence ?? 0,
  };
}

/**
 * One published event as a calendar file. `db` may be the caller's transaction (the registration
 * mail is written while the event's row is locked); `lang` is the language of the page the event
 * links to.
 */
export async function buildEventCalendar(options: {
  db: Kysely<Database>;
  baseUrl: string;
  eventId: string;
  lang?: string;
  now?: Date;
}): Promise<string> {
  const row = await eventsQuery(options.db).where('e.id', '=', options.eventId).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const event = toCalendarEvent(row, options.baseUrl, options.lang ?? 'de');
  return buildCalendar({ name: row.title, now: options.now ?? new Date(), events: [event] });
}

/**
 * A feed: every published event that has not ended yet (in one city and one field of action, if given), soonest
 * first, with its address (`source`) and how often a subscribed calendar should load it again.
 */
export async function buildUpcomingEventsCalendar(options: {
  services: AppServices;
  name: string;
  source: string;
  city?: City | null;
  field?: FieldOfAction | null;
  now?: Date;
}): Promise<string> {
  const { services } = options;
  const now = options.now ?? new Date();
  const upcoming = upcomingEvents(services.db, {
    now,
    city: options.city ?? null,
    field: options.field ?? null,
  }).select('e.id');
  const rows = await eventsQuery(services.db)
    .where('e.id', 'in', upcoming)
    .orderBy('e.starts_at')
    .orderBy('e.id')
    .limit(FEED_LIMIT)
    .execute();
  return buildCalendar({
    name: options.name,
    now,
    subscription: { source: options.source, refreshInterval: FEED_REFRESH_INTERVAL },
    events: rows.map((row) => toCalendarEvent(row, services.config.baseUrl, 'de')),
  });
}
