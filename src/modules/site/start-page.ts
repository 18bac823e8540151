import { countedItem, type StartPageSection } from '../../core/modules/start-page.js';
import { days } from '../../core/time/durations.js';
import { canReadFeedback } from './policy.js';
import { listAccessibilityFeedback } from './use-cases/list-accessibility-feedback.js';

/** Feedback counts as recent on the start page for this long. */
const RECENT_FEEDBACK_DAYS = 30;

/** "Mein Bereich" block of the site: the accessibility feedback, for the office that answers it. */
export const siteStartPage: readonly StartPageSection[] = [
  {
    id: 'site.feedback',
    headingKey: 'start.feedback.heading',
    order: 40,
    isVisible: ({ actor }) => canReadFeedback(actor),
    load: async ({ services, actor, now }) => {
      const recent = await listAccessibilityFeedback({
        services,
        actor,
        since: new Date(now.getTime() - days(RECENT_FEEDBACK_DAYS)),
      });
      return {
        items: countedItem(recent.length, { labelKey: 'start.feedback.recent', path: '/verwaltung/rueckmeldungen' }),
        empty: {
          textKey: 'start.feedback.none_recent',
          action: { labelKey: 'start.feedback.all', path: '/verwaltung/rueckmeldungen' },
        },
      };
    },
  },
];
