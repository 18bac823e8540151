import { countedItem, type StartPageSection } from '../../../core/modules/start-page.js';
import { can } from './policy.js';
import { listPositionAlerts } from './use-cases/subscriptions.js';

/** "Mein Bereich" block of an applicant's position alerts. */
export const alertsStartPage: readonly StartPageSection[] = [
  {
    id: 'matching.alerts',
    headingKey: 'matching_start.alerts.heading',
    order: 60,
    isVisible: ({ actor }) => can(actor, 'subscribe_positions'),
    load: async ({ services, actor }) => {
      const alerts = await listPositionAlerts({ services, actor });
      return {
        items: countedItem(alerts.length, { labelKey: 'matching_start.alerts.count', path: '/benachrichtigungen' }),
        empty: {
          textKey: 'matching_start.alerts.empty',
          action: { labelKey: 'matching_start.alerts.create', path: '/benachrichtigungen' },
        },
      };
    },
  },
];
