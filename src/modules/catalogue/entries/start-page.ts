import { sql } from 'kysely';
import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import type {
  HomePageContext,
  HomeListItem,
  StartPageItem,
  StartPageSection,
} from '../../../core/modules/start-page.js';
import { canCoordinate, canCreateEntries } from '../policy.js';
import { cityNames } from '../shared/index.js';
import { ENTRY_STATUSES, TRANSLATION_LOCALES, type EntryKind, type TranslationLocale } from '../tables.js';
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
      const items: StartPageItem[] = [];
      const stale = entries.filter((entry) => entry.isStale && entry.status === 'published').length;
      if (stale > 0)
        items.push({
          labelKey: 'catalogue_start.own.stale',
          count: stale,
          path: '/organisation/eintraege',
          needsAction: true,
        });
      for (const status of ENTRY_STATUSES) {
        const count = entries.filter((entry) => entry.status === status).length;
        if (count > 0)
          items.push({ labelKey: `catalogue_start.own.status.${status}`, count, path: '/organisation/eintraege' });
      }
      const twins = await ownProjectsWithTwins(services, actor);
      if (twins > 0)
        items.push({ labelKey: 'catalogue_start.own.twins', count: twins, path: '/organisation/eintraege' });
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
    isVisible: ({ actor }) => canCoordinate(actor),
    load: async ({ services, actor }) => {
      const queue = await listReviewQueue({ services, actor });
      const overlaps = await listOverlaps({ services, actor });
      const items: StartPageItem[] = [];
      if (queue.length > 0)
        items.push({
          labelKey: 'catalogue_start.review.queue',
          count: queue.length,
          path: '/verwaltung/eintraege',
          needsAction: true,
        });
      if (overlaps.length > 0)
        items.push({
          labelKey: 'catalogue_start.review.overlaps',
          count: overlaps.length,
          path: '/verwaltung/ueberschneidungen',
        });
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

/** Published, visible entries of a kind, newest first, with their title in the reader's language where translated. */
export async function listNewlyPublished(
  context: HomePageContext,
  kind: EntryKind,
  limit: number,
): Promise<HomeListItem[]> {
  const { services, i18n } = context;
  const locale = TRANSLATION_LOCALES.find((code) => code === i18n.locale.code) ?? null;
  const rows = await services.db
    .selectFrom('catalogue_entries as e')
    .leftJoin('catalogue_translations as tr', (join) =>
      join.onRef('tr.entry_id', '=', 'e.id').on('tr.locale', '=', sql<TranslationLocale>`${locale}`),
    )
    .select(['e.id', 'e.title', 'e.cities', 'e.published_at', 'tr.title as translated_title'])
    .where('e.kind', '=', kind)
    .where('e.status', '=', 'published')
    .where('e.hidden_at', 'is', null)
    .where('e.published_at', 'is not', null)
    .orderBy('e.published_at', 'desc')
    .orderBy('e.id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    title: row.translated_title ?? row.title,
    ...(row.translated_title || i18n.locale.code === 'de' ? {} : { titleLang: 'de' }),
    detail: i18n.t('catalogue_start.home.offer_detail', {
      cities: cityNames(i18n, row.cities),
      date: i18n.formatDate(row.published_at ?? new Date(0), { dateStyle: 'medium' }),
    }),
    path: `/eintraege/${row.id}`,
  }));
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
