import {
  countedItem,
  type HomeFigure,
  type StartPageItem,
  type StartPageSection,
} from '../../../core/modules/start-page.js';
import { can } from './policy.js';
import { listCoordination } from './use-cases/list-coordination.js';
import { listMyMentoring } from './use-cases/list-my-mentoring.js';

/** "Mein Bereich" blocks of mentoring: the own mentorships, offers and requests, and the coordinator's desk. */
export const mentoringStartPage: readonly StartPageSection[] = [
  {
    id: 'matching.my-mentoring',
    headingKey: 'matching_start.mentoring.heading',
    order: 50,
    // People (mentors and mentees alike) and verified companies; the office has its desk below.
    isVisible: ({ actor }) => can(actor, 'request_mentorship') || can(actor, 'offer_company_mentoring'),
    load: async ({ services, actor }) => {
      const mine = await listMyMentoring({ services, actor });
      const path = '/mentoring';
      const active = mine.mentorships.filter((mentorship) => mentorship.status === 'active');
      const openOffers = mine.offers.filter((offer) => offer.status === 'open');
      const free = openOffers.reduce((sum, offer) => sum + Math.max(0, offer.capacity - offer.active), 0);
      const items: StartPageItem[] = [
        ...countedItem(active.filter((mentorship) => mentorship.role === 'mentor').length, {
          labelKey: 'matching_start.mentoring.as_mentor',
          path,
        }),
        ...countedItem(active.filter((mentorship) => mentorship.role === 'mentee').length, {
          labelKey: 'matching_start.mentoring.as_mentee',
          path,
        }),
        // An open offer shows its free places even at zero: the mentor sees the offer is full.
        ...(openOffers.length > 0 ? [{ labelKey: 'matching_start.mentoring.free_places', count: free, path }] : []),
        ...countedItem(mine.requests.filter((request) => request.status === 'open').length, {
          labelKey: 'matching_start.mentoring.requests_open',
          path,
        }),
        ...countedItem(mine.helpRequests.filter((request) => request.status !== 'closed').length, {
          labelKey: 'matching_start.mentoring.help_open',
          path,
        }),
      ];
      return {
        items,
        empty: {
          textKey: 'matching_start.mentoring.empty',
          action: { labelKey: 'matching_start.mentoring.start', path: '/mentoring' },
        },
      };
    },
  },
  {
    id: 'matching.coordination',
    headingKey: 'matching_start.coordination.heading',
    order: 30,
    isVisible: ({ actor }) => can(actor, 'coordinate'),
    load: async ({ services, actor }) => {
      const desk = await listCoordination({ services, actor });
      const path = '/mentoring/koordination';
      const withOffer = desk.requests.filter((request) => request.suitableOffers.length > 0).length;
      const items: StartPageItem[] = [
        ...countedItem(desk.requests.length, {
          labelKey: 'matching_start.coordination.requests',
          values: { suitable: withOffer },
          path,
          needsAction: withOffer > 0,
        }),
        ...countedItem(desk.helpRequests.filter((request) => request.status === 'open').length, {
          labelKey: 'matching_start.coordination.help',
          path,
          needsAction: true,
        }),
        ...countedItem(
          desk.mentorships.reduce((sum, mentorship) => sum + mentorship.openProblems, 0),
          { labelKey: 'matching_start.coordination.problems', path, needsAction: true },
        ),
        ...countedItem(desk.mentorships.length, { labelKey: 'matching_start.coordination.active', path }),
      ];
      return {
        items,
        empty: {
          textKey: 'matching_start.coordination.empty',
          action: { labelKey: 'matching_start.coordination.open', path: '/mentoring/koordination' },
        },
      };
    },
  },
];

/** The home page's figure of mentors with a free place for a person. */
export const mentorsFigure: HomeFigure = {
  id: 'matching.mentors',
  order: 30,
  labelKey: 'matching_start.home.mentors_figure',
  path: '/mentoring',
  load: async ({ services }) => {
    const row = await services.db
      .selectFrom('mentorship_offers as o')
      .select((eb) => eb.fn.count<string>('o.mentor_user_id').distinct().as('n'))
      .where('o.status', '=', 'open')
      .where('o.audience', '=', 'person')
      .where(
        (eb) =>
          eb
            .selectFrom('mentorships as m')
            .select((mb) => mb.fn.countAll<number>().as('active'))
            .whereRef('m.offer_id', '=', 'o.id')
            .where('m.status', '=', 'active'),
        '<',
        (eb) => eb.ref('o.capacity'),
      )
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
};
