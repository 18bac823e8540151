import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import {
  countedItem,
  itemsByStatus,
  type HomePageContext,
  type HomeListItem,
  type StartPageSection,
} from '../../../core/modules/start-page.js';
import { canCoordinate, canCreateEntries, canReviewEntries } from '../policy.js';
import { cityNames, listPublishedForHome } from '../shared/index.js';
import { ENTRY_STATUSES, type EntryKind } from '../tables.js';
import { findSimilarEntries } from './use-cases/find-similar-entries.js';
import { listOverlaps, listOwnEntries, listReviewQueue } from './use-cases/list-entries.js';

/** How many of the own projects the start page checks for the same idea elsewhere (newest first). */
const PROJEKTITIS_CHECKED_PROJECTS = 20;

/** Projects of the own organisation that have a published look-alike in a city they do not run in. */
async function ownProjectsWithTwins(services: AppServices, actor: UserActor): Promise<number> {
  if (!actor.organisation) return 0;
  const projects = await services.db
    .selectFrom('catalogue_entries')
    .select(['id', 'title', 'summary', 'fields_of_action', 'cities'])
    .where('organisation_id', '=', actor.organisation.id)
    .where('kind', '=', 'project')
    .where('status', 'in', ['draft', 'in_review', 'published'])
    .orderBy('updated_at', 'desc')
    .limit(PROJEKTITIS_CHECKED_PROJECTS)
    .execute();
  let withTwins = 0;
  for (const project of projects) {
    const similar = await findSimilarEntries(services.db, {
      kind: 'project',
      title: project.title,
      summary: project.summary,
      fieldsOfAction: project.fields_of_action,
      excludeId: project.id,
      outsideCities: project.cities,
      limit: 1,
    });
    if (similar.length > 0) withTwins += 1;
  }
  return withTwins;
}

/** "Mein Bereich" blocks of catalogue entries: the own entries for publishers, the review desk for the office. */
export const entriesStartPage: readonly StartPageSection[] = [
  {
    id: 'catalogue.own-entries',
    headingKey: 'catalogue_start.own.heading',
    order: 40,
    isVisible: ({ actor }) => canCreateEntries(actor),
    load: async ({ services, actor }) => {
      const entries = await listOwnEntries({ services, actor });
      const path = '/organisation/eintraege';
      const stale = entries.filter((entry) => entry.isStale && entry.status === 'published').length;
      const items = [
        ...countedItem(stale, { labelKey: 'catalogue_start.own.stale', path, needsAction: true }),
        ...itemsByStatus(ENTRY_STATUSES, entries, (status) => ({
          labelKey: `catalogue_start.own.status.${status}`,
          path,
        })),
        ...countedItem(await ownProjectsWithTwins(services, actor), { labelKey: 'catalogue_start.own.twins', path }),
      ];
      return {
        items,
        empty: {
          textKey: 'catalogue_start.own.empty',
          action: { labelKey: 'catalogue_start.own.create', path: '/eintraege/neu' },
        },
        more: { labelKey: 'catalogue_start.own.create', path: '/eintraege/neu' },
      };
    },
  },
  {
    id: 'catalogue.review',
    headingKey: 'catalogue_start.review.heading',
    order: 10,
    // The coordination office reviews every entry, a verified city office its own city's.
    isVisible: ({ actor }) => canReviewEntries(actor),
    load: async ({ services, actor }) => {
      const queue = await listReviewQueue({ services, actor });
      // The overlaps overview is the coordination office's alone: a city office is not offered it.
      const overlaps = canCoordinate(actor) ? await listOverlaps({ services, actor }) : [];
      const items = [
        ...countedItem(queue.length, {
          labelKey: 'catalogue_start.review.queue',
          path: '/verwaltung/eintraege',
          needsAction: true,
        }),
        ...countedItem(overlaps.length, {
          labelKey: 'catalogue_start.review.overlaps',
          path: '/verwaltung/ueberschneidungen',
        }),
      ];
      return {
        items,
        empty: {
          textKey: 'catalogue_start.review.empty',
          action: { labelKey: 'catalogue_start.review.open_queue', path: '/verwaltung/eintraege' },
        },
      };
    },
  },
];

/** The newest published entries of a kind, for the home page. */
export function listNewlyPublished(context: HomePageContext, kind: EntryKind, limit: number): Promise<HomeListItem[]> {
  const { i18n } = context;
  return listPublishedForHome(context, { kind, order: 'newest', limit }, (entry) =>
    i18n.t('catalogue_start.home.offer_detail', {
      cities: cityNames(i18n, entry.cities),
      date: i18n.formatDate(entry.publishedAt ?? new Date(0), { dateStyle: 'medium' }),
    }),
  );
}

/** How many published, visible entries of a kind there are. */
export async function countPublished(context: HomePageContext, kind: EntryKind): Promise<number> {
  const row = await context.services.db
    .selectFrom('catalogue_entries')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('kind', '=', kind)
    .where('status', '=', 'published')
    .where('hidden_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
