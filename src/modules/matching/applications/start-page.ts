import {
  countedItem,
  itemsByStatus,
  type StartPageItem,
  type StartPageSection,
} from '../../../core/modules/start-page.js';
import { days } from '../../../core/time/durations.js';
import { isVerifiedCompanyMember } from '../positions/index.js';
import { canKeepOwnProfile } from '../profiles/index.js';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../tables.js';
import { OPEN_STATUSES } from './statuses.js';
import { listMyApplications } from './use-cases/list-my-applications.js';

/** Messages from companies count as new on the start page for this long. */
const RECENT_MESSAGE_DAYS = 14;
/** How many of the company's positions with applications are listed by name. */
const POSITIONS_LISTED = 6;

/** "Mein Bereich" blocks of the application procedure, for the applicant and for the company. */
export const applicationsStartPage: readonly StartPageSection[] = [
  {
    id: 'matching.my-applications',
    headingKey: 'matching_start.applications.heading',
    order: 30,
    isVisible: ({ actor }) => canKeepOwnProfile(actor),
    load: async ({ services, actor, now }) => {
      const applications = await listMyApplications({ services, actor });
      const path = '/bewerbungen';
      const invited = applications.filter((application) => application.status === 'invited').length;
      const messages = await services.db
        .selectFrom('application_messages as m')
        .innerJoin('applications as a', 'a.id', 'm.application_id')
        .innerJoin('applicant_profiles as p', 'p.id', 'a.profile_id')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('p.user_id', '=', actor.userId)
        .where('m.sender', '=', 'company')
        .where('m.held_back', '=', false)
        .where('m.created_at', '>=', new Date(now.getTime() - days(RECENT_MESSAGE_DAYS)))
        .executeTakeFirstOrThrow();
      const items = [
        ...countedItem(invited, { labelKey: 'matching_start.applications.invited', path, needsAction: true }),
        ...countedItem(Number(messages.n), { labelKey: 'matching_start.applications.messages', path }),
        ...itemsByStatus(
          APPLICATION_STATUSES.filter((status) => status !== 'invited'),
          applications,
          (status) => ({ labelKey: `matching_start.applications.status.${status}`, path }),
        ),
      ];
      return {
        items,
        empty: {
          textKey: 'matching_start.applications.empty',
          action: { labelKey: 'matching_start.applications.find', path: '/profil/passende-stellen' },
        },
        more: { labelKey: 'matching_start.applications.all', path: '/bewerbungen' },
      };
    },
  },
  {
    id: 'matching.company-applications',
    headingKey: 'matching_start.company.heading',
    order: 30,
    isVisible: ({ actor }) => isVerifiedCompanyMember(actor),
    load: async ({ services, actor }) => {
      const organisationId = actor.organisation?.id ?? '';
      // The own organisation's applications only, counted per position and status.
      const rows = await services.db
        .selectFrom('applications')
        .select(['position_id', 'position_title', 'status', (eb) => eb.fn.countAll<string>().as('n')])
        .where('organisation_id', '=', organisationId)
        .where('position_id', 'is not', null)
        .groupBy(['position_id', 'position_title', 'status'])
        .execute();
      const count = (statuses: readonly ApplicationStatus[], positionId?: string) =>
        rows
          .filter(
            (row) => statuses.includes(row.status) && (positionId === undefined || row.position_id === positionId),
          )
          .reduce((sum, row) => sum + Number(row.n), 0);
      const positions = new Map<string, string>();
      for (const row of rows) if (row.position_id) positions.set(row.position_id, row.position_title);
      const byOpen = [...positions].sort(([a], [b]) => count(OPEN_STATUSES, b) - count(OPEN_STATUSES, a));
      const items: StartPageItem[] = [
        ...countedItem(count(['submitted']), {
          labelKey: 'matching_start.company.new',
          path: '/organisation/stellen',
          needsAction: true,
        }),
        ...byOpen.slice(0, POSITIONS_LISTED).map(([positionId, title]) => ({
          labelKey: 'matching_start.company.position',
          count: count(OPEN_STATUSES, positionId),
          values: { title, submitted: count(['submitted'], positionId) },
          path: `/firma/stellen/${positionId}/bewerbungen`,
        })),
      ];
      return {
        items,
        empty: {
          textKey: 'matching_start.company.empty',
          action: { labelKey: 'matching_start.company.positions', path: '/organisation/stellen' },
        },
        more: { labelKey: 'matching_start.company.positions', path: '/organisation/stellen' },
      };
    },
  },
];
