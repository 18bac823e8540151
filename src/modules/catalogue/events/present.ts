import type { ActiveStatus, ClosedReason } from './registrations.js';

/** What the registration box on an event page shows. Counts only — never who registered. */
export interface EventRegistrationView {
  eventId: string;
  capacity: number | null;
  registeredCount: number;
  waitlistCount: number;
  /** Null when places are unlimited. */
  freePlaces: number | null;
  closedReason: ClosedReason | null;
  isSignedIn: boolean;
  viewerStatus: ActiveStatus | null;
  viewerPosition: number | null;
  /** The organiser sees a link to the list of participants. */
  viewerIsOrganiser: boolean;
}

/** The organiser's list: the only view that puts participants' names and addresses on a page. */
export interface ParticipantListView {
  event: { id: string; title: string; startsAt: Date | null; capacity: number | null };
  registered: { name: string; email: string; since: Date }[];
  waitlisted: { position: number; name: string; email: string; since: Date }[];
}

export interface MyRegistrationView {
  eventId: string;
  title: string;
  startsAt: Date | null;
  endsAt: Date | null;
  status: ActiveStatus;
  position: number | null;
  canCancel: boolean;
}

export function presentParticipants(
  event: ParticipantListView['event'],
  rows: { status: string; display_name: string; email: string; created_at: Date }[],
): ParticipantListView {
  const registered = rows
    .filter((r) => r.status === 'registered')
    .map((r) => ({ name: r.display_name, email: r.email, since: r.created_at }));
  const waitlisted = rows
    .filter((r) => r.status === 'waitlisted')
    .map((r, index) => ({ position: index + 1, name: r.display_name, email: r.email, since: r.created_at }));
  return { event, registered, waitlisted };
}

/** One event in the public calendar: what anyone may read about a published event. */
export interface UpcomingEventView {
  id: string;
  title: string;
  /** False when the title is the organiser's German original. */
  isTranslated: boolean;
  startsAt: Date;
  endsAt: Date | null;
  organiser: string;
  cities: string[];
  isOnline: boolean;
  place: string | null;
}

/** One page of the public events calendar, grouped by day in German time. */
export interface EventsCalendarView {
  city: string | null;
  field: string | null;
  page: number;
  pageCount: number;
  total: number;
  days: { day: string; firstStart: Date; events: UpcomingEventView[] }[];
}
