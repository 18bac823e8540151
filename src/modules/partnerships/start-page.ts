import { countedItem, type StartPageSection } from '../../core/modules/start-page.js';
import { sideOf } from './policy.js';
import { listOwnPartnerships } from './use-cases/list-own-partnerships.js';

export const OWN_PATH = '/bildungspartnerschaften/meine';

/** "Mein Bereich" for schools and companies: proposals waiting for an answer, reviews due, running partnerships. */
export const partnershipsStartPage: readonly StartPageSection[] = [
  {
    id: 'partnerships.own',
    headingKey: 'partnerships.start_page.heading',
    order: 47,
    isVisible: ({ actor }) => sideOf(actor) !== null,
    load: async ({ services, actor, now }) => {
      const own = await listOwnPartnerships({ services, actor, now });
      const waiting = own.partnerships.filter((row) => row.awaitsAnswer);
      const due = own.partnerships.filter((row) => row.reviewDue);
      const items = [
        ...waiting.map((row) => ({
          labelKey: 'partnerships.start_page.proposal_waiting',
          values: { partner: row.partnerName },
          path: `/bildungspartnerschaften/partnerschaften/${row.id}`,
          needsAction: true,
        })),
        ...due.map((row) => ({
          labelKey: 'partnerships.start_page.review_due',
          values: { partner: row.partnerName },
          path: `/bildungspartnerschaften/partnerschaften/${row.id}#rueckblick`,
          needsAction: true,
        })),
        ...countedItem(own.partnerships.filter((row) => row.status === 'active').length, {
          labelKey: 'partnerships.start_page.active',
          path: OWN_PATH,
        }),
        ...countedItem(own.listings.filter((row) => row.status === 'open').length, {
          labelKey:
            own.side === 'school' ? 'partnerships.start_page.open_requests' : 'partnerships.start_page.open_offers',
          path: OWN_PATH,
        }),
      ];
      return {
        items,
        empty: {
          textKey: `partnerships.start_page.empty_${own.side}`,
          action: { labelKey: `partnerships.own.new_${own.side}`, path: '/bildungspartnerschaften/eintrag' },
        },
        more: { labelKey: 'partnerships.start_page.all', path: OWN_PATH },
      };
    },
  },
];
