import { countedItem, itemsByStatus, type StartPageSection } from '../../core/modules/start-page.js';
import type { HomePageContribution } from '../../core/modules/start-page.js';
import { canCreateForum, canWriteStory } from './policy.js';
import { PUBLISHING_STATUSES } from './tables.js';
import { getParticipationOverview } from './use-cases/get-participation-overview.js';
import { countPublishedStories, listPublishedStories } from './use-cases/list-texts.js';

/** "Mein Bereich" blocks of participation: the office's forums and award, a juror's scoring, the own stories. */
export const participationStartPage: readonly StartPageSection[] = [
  {
    id: 'participation.office',
    headingKey: 'participation_start.office.heading',
    order: 30,
    isVisible: ({ actor }) => canCreateForum(actor),
    load: async ({ services, actor, now }) => {
      const overview = await getParticipationOverview({ services, actor, now });
      return {
        items: [
          ...countedItem(overview.openRounds, {
            labelKey: 'participation_start.office.open_rounds',
            path: '/beteiligung',
            needsAction: true,
          }),
          ...countedItem(overview.upcomingForums, {
            labelKey: 'participation_start.office.forums',
            path: '/beteiligung',
          }),
          ...countedItem(overview.pendingEligibility, {
            labelKey: 'participation_start.office.eligibility',
            path: '/beteiligung/wirtschaftspreis/verwaltung',
            needsAction: true,
          }),
        ],
        empty: {
          textKey: 'participation_start.office.empty',
          action: { labelKey: 'participation.forum.new_title', path: '/beteiligung/foren/neu' },
        },
        more: { labelKey: 'participation_start.office.award', path: '/beteiligung/wirtschaftspreis/verwaltung' },
      };
    },
  },
  {
    id: 'participation.jury',
    headingKey: 'participation_start.jury.heading',
    order: 31,
    isVisible: () => true,
    load: async ({ services, actor, now }) => {
      const overview = await getParticipationOverview({ services, actor, now });
      if (!overview.isJuror) return null;
      return {
        items: countedItem(overview.toScore, {
          labelKey: 'participation_start.jury.to_score',
          path: '/beteiligung/wirtschaftspreis/jury',
          needsAction: true,
        }),
        empty: {
          textKey: 'participation_start.jury.empty',
          action: { labelKey: 'participation_award.jury.title', path: '/beteiligung/wirtschaftspreis/jury' },
        },
      };
    },
  },
  {
    id: 'participation.texts',
    headingKey: 'participation_start.texts.heading',
    order: 85,
    isVisible: ({ actor }) => canWriteStory(actor),
    load: async ({ services, actor, now }) => {
      const overview = await getParticipationOverview({ services, actor, now });
      return {
        items: [
          ...countedItem(overview.toReview, {
            labelKey: 'participation_start.texts.to_review',
            path: '/beteiligung/meine-beitraege',
            needsAction: true,
          }),
          ...itemsByStatus(PUBLISHING_STATUSES, overview.ownTexts, (status) => ({
            labelKey: `participation_start.texts.${status}`,
            path: '/beteiligung/meine-beitraege',
          })),
        ],
        empty: {
          textKey: 'participation_start.texts.empty',
          action: { labelKey: 'participation_stories.new', path: '/beteiligung/geschichten/neu' },
        },
      };
    },
  },
];

/** The home page: how many good-practice stories there are, and the newest. */
export const participationHomePage: HomePageContribution = {
  figures: [
    {
      id: 'participation.stories',
      order: 40,
      labelKey: 'participation_start.home.stories_figure',
      path: '/beteiligung/geschichten',
      load: ({ services }) => countPublishedStories(services),
    },
  ],
  lists: [
    {
      id: 'participation.stories',
      order: 40,
      headingKey: 'participation_start.home.stories_heading',
      emptyKey: 'participation_start.home.stories_empty',
      more: { labelKey: 'participation_start.home.stories_more', path: '/beteiligung' },
      load: async ({ services, i18n }) =>
        (await listPublishedStories({ services, locale: i18n.locale.code, limit: 3 })).map((story) => ({
          title: story.title,
          titleLang: story.lang,
          detail: story.summary,
          path: `/beteiligung/geschichten/${story.id}`,
        })),
    },
  ],
};
