import { countedItem, type StartPageItem, type StartPageSection } from '../../core/modules/start-page.js';
import { canWalkPath, isCoordinationOffice } from './policy.js';
import { getOwnPath, listOwnRequests } from './use-cases/get-own-path.js';
import { listAdviserRequests } from './use-cases/list-adviser-requests.js';
import { countStepsDueForReview } from './use-cases/list-maintenance.js';

export const TRAINING_PATH = '/ausbilden/betrieb-werden';
export const OWN_PATH = `${TRAINING_PATH}/mein-weg`;
export const DESK_PATH = `${TRAINING_PATH}/anfragen`;
export const MAINTENANCE_PATH = `${TRAINING_PATH}/pflege`;

/** "Mein Bereich" blocks: a company's own path (progress, reminder, request status); the office's desk and reviews. */
export const trainingStartPage: readonly StartPageSection[] = [
  {
    id: 'training.own',
    headingKey: 'training.start_page.heading',
    order: 47,
    isVisible: ({ actor }) => canWalkPath(actor),
    load: async ({ services, actor, i18n }) => {
      const own = await getOwnPath({ services, actor, lang: i18n.locale.code });
      const requests = await listOwnRequests({ services, actor });
      const latest = requests[0];
      const items: StartPageItem[] = [
        ...(own
          ? [
              {
                labelKey: 'training.start_page.progress',
                values: { done: own.done, total: own.steps.length },
                path: OWN_PATH,
              },
            ]
          : []),
        ...(own?.remindedStep
          ? [
              {
                labelKey: 'training.start_page.reminder',
                values: { step: own.remindedStep.title },
                path: `${OWN_PATH}#schritt-${own.remindedStep.slug}`,
                needsAction: true,
              },
            ]
          : []),
        ...(latest
          ? [
              {
                labelKey: 'training.start_page.request_status',
                values: { status: i18n.t(`training.request_status.${latest.status}`) },
                path: OWN_PATH,
              },
            ]
          : []),
      ];
      return {
        items,
        empty: {
          textKey: 'training.start_page.empty',
          action: { labelKey: 'training.start_page.start', path: OWN_PATH },
        },
      };
    },
  },
  {
    id: 'training.office',
    headingKey: 'training.start_page.office_heading',
    order: 18,
    isVisible: ({ actor }) => isCoordinationOffice(actor),
    load: async ({ services, actor, now }) => {
      const requests = await listAdviserRequests({ services, actor });
      const due = await countStepsDueForReview({ services, actor, now });
      return {
        items: [
          ...countedItem(requests.filter((row) => row.status === 'open').length, {
            labelKey: 'training.start_page.open_requests',
            path: DESK_PATH,
            needsAction: true,
          }),
          ...countedItem(due, { labelKey: 'training.start_page.steps_due', path: MAINTENANCE_PATH, needsAction: true }),
        ],
        empty: {
          textKey: 'training.start_page.office_empty',
          action: { labelKey: 'training.desk.title', path: DESK_PATH },
        },
      };
    },
  },
];
