import {
  countedItem,
  itemsByStatus,
  type HomeFigure,
  type StartPageSection,
} from '../../../core/modules/start-page.js';
import { addDays, dateColumnDay } from '../../../core/time/calendar-day.js';
import { POSITION_STATUSES } from '../tables.js';
import { canCreatePositions } from './policy.js';
import { todayString } from './records.js';
import { listOwnPositions } from './use-cases/query-positions.js';

/** A published position whose deadline is this close is named under "Zuerst erledigen". */
const DEADLINE_SOON_DAYS = 14;
/** How many published positions get a link to their talent suggestions. */
const TALENT_LINKS = 4;

/** "Mein Bereich" blocks of a company's positions: by status, deadlines soon, and the talents for each. */
export const positionsStartPage: readonly StartPageSection[] = [
  {
    id: 'matching.own-positions',
    headingKey: 'matching_start.positions.heading',
    order: 25,
    isVisible: ({ actor }) => canCreatePositions(actor),
    load: async ({ services, actor, now }) => {
      const positions = await listOwnPositions({ services, actor });
      const today = todayString(now);
      const soon = addDays(today, DEADLINE_SOON_DAYS);
      const path = '/organisation/stellen';
      const ending = positions.filter((position) => {
        const deadline = dateColumnDay(position.deadline);
        return position.status === 'published' && deadline >= today && deadline <= soon;
      }).length;
      const items = [
        ...countedItem(ending, { labelKey: 'matching_start.positions.deadline_soon', path, needsAction: true }),
        ...itemsByStatus(POSITION_STATUSES, positions, (status) => ({
          labelKey: `matching_start.positions.status.${status}`,
          path,
        })),
      ];
      return {
        items,
        empty: {
          textKey: 'matching_start.positions.empty',
          action: { labelKey: 'matching_start.positions.create', path: '/stellen/neu' },
        },
        more: { labelKey: 'matching_start.positions.create', path: '/stellen/neu' },
      };
    },
  },
  {
    id: 'matching.talents',
    headingKey: 'matching_start.talents.heading',
    order: 35,
    isVisible: ({ actor }) => canCreatePositions(actor),
    load: async ({ services, actor }) => {
      const positions = await listOwnPositions({ services, actor });
      const published = positions.filter((position) => position.status === 'published').slice(0, TALENT_LINKS);
      return {
        items: published.map((position) => ({
          labelKey: 'matching_start.talents.position',
          values: { title: position.title },
          path: `/stellen/${position.id}/kandidaten`,
        })),
        empty: {
          textKey: 'matching_start.talents.empty',
          action: { labelKey: 'matching_start.positions.create', path: '/stellen/neu' },
        },
      };
    },
  },
];

/** The home page's figure of open positions: published, deadline not past. */
export const openPositionsFigure: HomeFigure = {
  id: 'matching.open-positions',
  order: 10,
  labelKey: 'matching_start.home.positions_figure',
  path: '/stellen',
  load: async ({ services, now }) => {
    const row = await services.db
      .selectFrom('positions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('status', '=', 'published')
      .where('deadline', '>=', todayString(now) as unknown as Date)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
};
