import type { HomeFigure, StartPageItem, StartPageSection } from '../../../core/modules/start-page.js';
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
      const items: StartPageItem[] = [];
      const active = mine.mentorships.filter((mentorship) => mentorship.status === 'active');
      const asMentor = active.filter((mentorship) => mentorship.role === 'mentor').length;
      const asMentee = active.filter((mentorship) => mentorship.role === 'mentee').length;
      if (asMentor > 0)
        items.push({ labelKey: 'matching_start.mentoring.as_mentor', count: asMentor, path: '/mentoring' });
      if (asMentee > 0)
        items.push({ labelKey: 'matching_start.mentoring.as_mentee', count: asMentee, path: '/mentoring' });
      const openOffers = mine.offers.filter((offer) => offer.status === 'open');
      const free = openOffers.reduce((sum, offer) => sum + Math.max(0, offer.capacity - offer.active), 0);
      if (openOffers.length > 0)
        items.push({ labelKey: 'matching_start.mentoring.free_places', count: free, path: '/mentoring' });
      const waiting = mine.requests.filter((request) => request.status === 'open').length;
      if (waiting > 0)
        items.push({ labelKey: 'matching_start.mentoring.requests_open', count: waiting, path: '/mentoring' });
      const help = mine.helpRequests.filter((request) => request.status !== 'closed').length;
      if (help > 0) items.push({ labelKey: 'matching_start.mentoring.help_open', count: help, path: '/mentoring' });
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
      const items: StartPageItem[] = [];
      const withOffer = desk.requests.filter((request) => request.suitableOffers.length > 0).length;
      if (desk.requests.length > 0)
        items.push({
          labelKey: 'matching_start.coordination.requests',
          count: desk.requests.length,
          values: { suitable: withOffer },
          path: '/mentoring/koordination',
          needsAction: withOffer > 0,
        });
      const unassigned = desk.helpRequests.filter((request) => request.status === 'open').length;
      if (unassigned > 0)
        items.push({
          labelKey: 'matching_start.coordination.help',
          count: unassigned,
          path: '/mentoring/koordination',
          needsAction: true,
        });
      const problems = desk.mentorships.reduce((sum, mentorship) => sum + mentorship.openProblems, 0);
      if (problems > 0)
        items.push({
          labelKey: 'matching_start.coordination.problems',
          count: problems,
          path: '/mentoring/koordination',
          needsAction: true,
        });
      if (desk.mentorships.length > 0)
        items.push({
          labelKey: 'matching_start.coordination.active',
          count: desk.mentorships.length,
          path: '/mentoring/koordination',
        });
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
