import { countedItem, type HomeFigure, type StartPageSection } from '../../core/modules/start-page.js';
import { berlinDay } from '../../core/time/calendar-day.js';
import { dateColumnDay } from '../../core/time/calendar-day.js';
import { canAssess, canOpenReviewDesk } from './policy.js';
import { listOwnAssessments } from './use-cases/list-own-assessments.js';
import { listReviewRequests } from './use-cases/list-review-requests.js';

/** "Mein Bereich" blocks: the own self-assessments, and the review desk for reviewers. */
export const checklistsStartPage: readonly StartPageSection[] = [
  {
    id: 'checklists.own',
    headingKey: 'checklists.start_page.heading',
    order: 45,
    isVisible: ({ actor }) => canAssess(actor),
    load: async ({ services, actor, now, i18n }) => {
      const assessments = await listOwnAssessments({ services, actor });
      const path = '/qualitaet/selbstcheck';
      const today = berlinDay(now);
      const inProgress = assessments.filter((row) => row.status === 'in_progress');
      const latestCompleted = assessments.find((row) => row.status === 'completed');
      const items = [
        ...inProgress.map((row) => ({
          labelKey: 'checklists.start_page.in_progress',
          values: { audience: i18n.t(`checklists.audiences.${row.audience}`) },
          path: `${path}/${row.id}`,
          needsAction: true,
        })),
        ...countedItem(assessments.filter((row) => row.reviewStatus === 'more_requested').length, {
          labelKey: 'checklists.start_page.more_requested',
          path,
          needsAction: true,
        }),
        ...(latestCompleted && latestCompleted.overallLevel !== null
          ? [
              {
                labelKey: 'checklists.start_page.latest',
                values: { level: latestCompleted.overallLevel },
                path: `${path}/${latestCompleted.id}/ergebnis`,
              },
            ]
          : []),
        ...(latestCompleted?.reassessOn && dateColumnDay(latestCompleted.reassessOn) <= today
          ? [{ labelKey: 'checklists.start_page.reassess_due', path, needsAction: true }]
          : []),
      ];
      return {
        items,
        empty: {
          textKey: 'checklists.start_page.empty',
          action: { labelKey: 'checklists.start_page.start', path },
        },
        more: { labelKey: 'checklists.start_page.all', path },
      };
    },
  },
  {
    id: 'checklists.reviews',
    headingKey: 'checklists.start_page.reviews_heading',
    order: 16,
    isVisible: ({ actor }) => canOpenReviewDesk(actor),
    load: async ({ services, actor }) => {
      const requests = await listReviewRequests({ services, actor });
      const open = requests.filter((row) => row.status === 'requested').length;
      return {
        items: countedItem(open, {
          labelKey: 'checklists.start_page.reviews_open',
          path: '/qualitaet/pruefungen',
          needsAction: true,
        }),
        empty: {
          textKey: 'checklists.start_page.reviews_empty',
          action: { labelKey: 'checklists.nav.review_desk', path: '/qualitaet/pruefungen' },
        },
      };
    },
  },
];

/** The home page's figure: how many certificates are valid today. */
export const validCertificatesFigure: HomeFigure = {
  id: 'checklists.certificates',
  order: 40,
  labelKey: 'checklists.home.certificates_figure',
  path: '/qualitaet',
  load: async ({ services, now }) => {
    const row = await services.db
      .selectFrom('checklist_certificates')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('revoked_at', 'is', null)
      .where('valid_until', '>', now)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
};
