import type { HomeList, StartPageItem, StartPageSection } from '../../../core/modules/start-page.js';
import { canCreateEntries } from '../policy.js';
import { cityNames, listPublishedForHome } from '../shared/index.js';
import { listMyRegistrations } from './use-cases/list-my-registrations.js';

/** How many of the organisation's coming events the start page lists by name. */
const OWN_EVENTS_LISTED = 5;

/** "Mein Bereich" blocks around events: the own registrations, and the registrations to the own events. */
export const eventsStartPage: readonly StartPageSection[] = [
  {
    id: 'catalogue.my-registrations',
    headingKey: 'catalogue_start.registrations.heading',
    order: 70,
    isVisible: () => true,
    load: async ({ services, actor, now }) => {
      const registrations = await listMyRegistrations({ services, actor, now });
      const coming = registrations.filter((r) => r.startsAt !== null && r.startsAt.getTime() > now.getTime());
      const items: StartPageItem[] = [];
      const registered = coming.filter((r) => r.status === 'registered').length;
      const waitlisted = coming.filter((r) => r.status === 'waitlisted').length;
      if (registered > 0)
        items.push({
          labelKey: 'catalogue_start.registrations.registered',
          count: registered,
          path: '/veranstaltungen/meine',
        });
      if (waitlisted > 0)
        items.push({
          labelKey: 'catalogue_start.registrations.waitlisted',
          count: waitlisted,
          path: '/veranstaltungen/meine',
        });
      return {
        items,
        empty: {
          textKey: 'catalogue_start.registrations.empty',
          action: { labelKey: 'catalogue_start.registrations.find', path: '/suche?kind=event' },
        },
      };
    },
  },
  {
    id: 'catalogue.event-participants',
    headingKey: 'catalogue_start.participants.heading',
    order: 45,
    isVisible: ({ actor }) => canCreateEntries(actor),
    load: async ({ services, actor, now }) => {
      if (!actor.organisation) return { items: [], empty: { textKey: 'catalogue_start.participants.empty' } };
      // Only the own organisation's events: the same rule as the participant list (events/policy.ts).
      const events = await services.db
        .selectFrom('catalogue_entries as e')
        .select((eb) => [
          'e.id',
          'e.title',
          eb
            .selectFrom('event_registrations as r')
            .select((rb) => rb.fn.countAll<string>().as('n'))
            .whereRef('r.entry_id', '=', 'e.id')
            .where('r.status', '=', 'registered')
            .as('registered'),
          eb
            .selectFrom('event_registrations as r')
            .select((rb) => rb.fn.countAll<string>().as('n'))
            .whereRef('r.entry_id', '=', 'e.id')
            .where('r.status', '=', 'waitlisted')
            .as('waitlisted'),
        ])
        .where('e.organisation_id', '=', actor.organisation.id)
        .where('e.kind', '=', 'event')
        .where('e.status', '=', 'published')
        .where('e.starts_at', '>', now)
        .orderBy('e.starts_at')
        .limit(OWN_EVENTS_LISTED)
        .execute();
      return {
        items: events.map((event) => ({
          labelKey: 'catalogue_start.participants.event',
          count: Number(event.registered ?? 0),
          values: { title: event.title, waitlisted: Number(event.waitlisted ?? 0) },
          path: `/veranstaltungen/${event.id}/teilnehmende`,
        })),
        empty: {
          textKey: 'catalogue_start.participants.empty',
          action: { labelKey: 'catalogue_start.participants.create', path: '/eintraege/neu/veranstaltung' },
        },
      };
    },
  },
];

/** The home page's list of the next public events. */
export const nextEventsList: HomeList = {
  id: 'catalogue.next-events',
  order: 10,
  headingKey: 'catalogue_start.home.events_heading',
  emptyKey: 'catalogue_start.home.events_empty',
  more: { labelKey: 'catalogue_start.home.events_more', path: '/suche?kind=event' },
  load: (context) => {
    const { i18n, now } = context;
    return listPublishedForHome(context, { kind: 'event', order: 'upcoming', limit: 4 }, (entry) =>
      i18n.t('catalogue_start.home.event_detail', {
        date: i18n.formatDate(entry.startsAt ?? now, { dateStyle: 'medium', timeStyle: 'short' }),
        cities: cityNames(i18n, entry.cities),
      }),
    );
  },
};
