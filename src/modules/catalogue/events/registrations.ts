import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import type { EntryStatus } from '../tables.js';
import { readEventFacts, type EventFacts } from '../shared/index.js';

/**
 * The queries every registration change shares. Changes lock the event's row first
 * (`select … for update`), so two people asking for the last place at the same moment are
 * served one after the other and never both get it.
 */
export interface EventRow extends EventFacts {
  id: string;
  organisationId: string;
  title: string;
  status: EntryStatus;
  isHidden: boolean;
  cities: string[];
  startsAt: Date | null;
  endsAt: Date | null;
}

export type ActiveStatus = 'registered' | 'waitlisted';
export type ClosedReason = 'unpublished' | 'past';

function toEventRow(row: {
  id: string;
  organisation_id: string;
  title: string;
  status: EntryStatus;
  hidden_at: Date | null;
  cities: string[];
  starts_at: Date | null;
  ends_at: Date | null;
  details: Record<string, unknown>;
}): EventRow {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    title: row.title,
    status: row.status,
    isHidden: row.hidden_at !== null,
    cities: row.cities,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    ...readEventFacts(row.details),
  };
}

function eventQuery(db: Kysely<Database>, eventId: string) {
  return db
    .selectFrom('catalogue_entries')
    .select(['id', 'organisation_id', 'title', 'status', 'hidden_at', 'cities', 'starts_at', 'ends_at', 'details'])
    .where('id', '=', eventId)
    .where('kind', '=', 'event');
}

export async function findEvent(db: Kysely<Database>, eventId: string): Promise<EventRow | null> {
  const row = await eventQuery(db, eventId).executeTakeFirst();
  return row ? toEventRow(row) : null;
}

/** Reads the event and holds its row lock until the transaction ends. */
export async function lockEvent(trx: Kysely<Database>, eventId: string): Promise<EventRow | null> {
  const row = await eventQuery(trx, eventId).forUpdate().executeTakeFirst();
  return row ? toEventRow(row) : null;
}

/** Registration is open for published, visible events that have not started yet. */
export function closedReason(event: EventRow, now: Date): ClosedReason | null {
  if (event.status !== 'published' || event.isHidden) return 'unpublished';
  if (!event.startsAt || event.startsAt.getTime() <= now.getTime()) return 'past';
  return null;
}

export async function findActiveRegistration(db: Kysely<Database>, eventId: string, userId: string) {
  return db
    .selectFrom('event_registrations')
    .select(['id', 'status', 'created_at'])
    .where('entry_id', '=', eventId)
    .where('user_id', '=', userId)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
}

export async function countByStatus(
  db: Kysely<Database>,
  eventId: string,
): Promise<{ registered: number; waitlisted: number }> {
  const rows = await db
    .selectFrom('event_registrations')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('entry_id', '=', eventId)
    .where('status', '<>', 'cancelled')
    .groupBy('status')
    .execute();
  const count = (status: ActiveStatus) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return { registered: count('registered'), waitlisted: count('waitlisted') };
}

/** 1 for the first person on the waiting list: who came earlier (by created_at, then id) goes first. */
export async function waitlistPosition(
  db: Kysely<Database>,
  eventId: string,
  registration: { id: string; created_at: Date },
): Promise<number> {
  const row = await db
    .selectFrom('event_registrations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('entry_id', '=', eventId)
    .where('status', '=', 'waitlisted')
    .where(sql<boolean>`(created_at, id) <= (${registration.created_at}, ${registration.id}::uuid)`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The waiting list in the order people are moved up. */
export async function firstWaitlisted(db: Kysely<Database>, eventId: string, limit: number) {
  return db
    .selectFrom('event_registrations as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.id', 'r.user_id', 'u.email', 'u.display_name', 'u.locale'])
    .where('r.entry_id', '=', eventId)
    .where('r.status', '=', 'waitlisted')
    .orderBy('r.created_at')
    .orderBy('r.id')
    .limit(limit)
    .execute();
}
