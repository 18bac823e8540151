import type { StartPageItem, StartPageSection } from '../../core/modules/start-page.js';
import { canSeeOwnFigures, canTakeCourse } from './policy.js';
import { getCompletionFigure } from './use-cases/count-completions.js';
import { getOwnProgress } from './use-cases/get-own-progress.js';
import { COURSE_PATH } from './views/overview-page.js';

/** "Mein Bereich": the own place in the course; for an organisation's admins, how many members completed it. */
export const coursesStartPage: readonly StartPageSection[] = [
  {
    id: 'courses.own',
    headingKey: 'courses.start_page.heading',
    order: 47,
    isVisible: ({ actor }) => canTakeCourse(actor),
    load: async ({ services, actor }) => {
      const progress = await getOwnProgress({ services, actor });
      const answered = progress.summary.lessons.filter((lesson) => lesson.isAnswered).length;
      const items: StartPageItem[] = [];
      if (progress.certificate)
        items.push({
          labelKey: 'courses.start_page.completed',
          values: { version: progress.certificate.version },
          path: `${COURSE_PATH}/abschluss`,
        });
      else if (progress.progressId)
        items.push({
          labelKey: progress.summary.isPassed ? 'courses.start_page.passed' : 'courses.start_page.in_progress',
          values: { answered, lessons: progress.summary.lessons.length },
          path: progress.summary.isPassed ? `${COURSE_PATH}/abschluss` : COURSE_PATH,
          needsAction: progress.summary.isPassed,
        });
      return {
        items,
        empty: {
          textKey: 'courses.start_page.empty',
          action: { labelKey: 'courses.start_page.start', path: COURSE_PATH },
        },
      };
    },
  },
  {
    id: 'courses.figures',
    headingKey: 'courses.figure.heading',
    order: 48,
    isVisible: ({ actor }) => canSeeOwnFigures(actor),
    load: async ({ services, actor }) => {
      if (!actor.organisation) return null;
      const figure = await getCompletionFigure({ services, actor, organisationId: actor.organisation.id });
      return {
        items: [
          { labelKey: 'courses.start_page.figure', count: figure.completed, values: { ...figure }, path: COURSE_PATH },
        ],
        empty: { textKey: 'courses.start_page.empty' },
      };
    },
  },
];
