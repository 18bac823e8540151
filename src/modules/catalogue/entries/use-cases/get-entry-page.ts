import type { Actor } from '../../../../core/auth/actor.js';
import type { CatalogueEntry } from '../../tables.js';
import type { AppServices } from '../../../../core/http/types.js';
import type { LocaleCode } from '../../../../core/i18n/locales.js';
import { canOnEntry } from '../../policy.js';
import { authoriseEntry } from '../authorise.js';
import { berlinDay } from '../../../../core/time/calendar-day.js';
import { calendarDay } from '../dates.js';
import { entryRef, loadEntry } from '../entry-records.js';
import { readDetails, type EntryDetailsView, type RevisionView } from '../present.js';
import { findSimilarEntries, type SimilarEntry } from './find-similar-entries.js';

export interface EntryText {
  title: string;
  summary: string;
  body: string;
  /** The language the text is in: the viewer's, or German when there is no translation. */
  locale: LocaleCode;
  /** A translation without its own description shows the German one. */
  bodyLocale: LocaleCode;
  isFallback: boolean;
}

export interface RelatedEntry {
  id: string;
  kind: string;
  title: string;
  summary: string;
}

export interface EntryPageData {
  entry: CatalogueEntry;
  details: EntryDetailsView;
  text: EntryText;
  /** German and every language the entry is translated into: what the page advertises to search engines. */
  languages: LocaleCode[];
  organisation: { id: string; name: string };
  /** The organisation's published actor profile, if it has one (and this is not it). */
  actorProfileId: string | null;
  /** On an actor's page: the organisation's published offers and projects. */
  related: RelatedEntry[];
  /** On a project's page: similar published projects in other cities. */
  similarProjects: SimilarEntry[];
  history: RevisionView[] | null;
  isExpired: boolean;
  can: { edit: boolean; submit: boolean; archive: boolean; review: boolean };
}

export async function listRevisions(services: Pick<AppServices, 'db'>, entryId: string): Promise<RevisionView[]> {
  const rows = await services.db
    .selectFrom('catalogue_revisions')
    .select(['at', 'action', 'status', 'note'])
    .where('entry_id', '=', entryId)
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  return rows.map((row) => ({ at: row.at, action: row.action, status: row.status, note: row.note }));
}

/** Everything the public page of an entry shows, in the viewer's language with German as fallback. */
export async function getEntryPage(options: {
  services: AppServices;
  actor: Actor;
  entryId: string;
  locale: LocaleCode;
}): Promise<EntryPageData> {
  const { services, actor, locale } = options;
  const { db } = services;
  const entry = await loadEntry(db, options.entryId);
  authoriseEntry(actor, 'view', entry);
  const ref = entryRef(entry);

  let text: EntryText = {
    title: entry.title,
    summary: entry.summary,
    body: entry.body,
    locale: 'de',
    bodyLocale: 'de',
    isFallback: locale !== 'de',
  };
  const publicOfOrganisation = db
    .selectFrom('catalogue_entries')
    .where('organisation_id', '=', entry.organisation_id)
    .where('status', '=', 'published')
    .where('hidden_at', 'is', null)
    .where('id', '!=', entry.id);
  // Everything else at once: on a PostgreSQL server under load each query waits for a pooled connection,
  // and a page that asks one after another waits in that queue once per query.
  const [translations, organisation, actorProfile, related, similarProjects, history] = await Promise.all([
    db
      .selectFrom('catalogue_translations')
      .select(['locale', 'title', 'summary', 'body'])
      .where('entry_id', '=', entry.id)
      .execute(),
    db
      .selectFrom('organisations')
      .select(['id', 'name'])
      .where('id', '=', entry.organisation_id)
      .executeTakeFirstOrThrow(),
    entry.kind === 'actor'
      ? undefined
      : publicOfOrganisation.select('id').where('kind', '=', 'actor').executeTakeFirst(),
    entry.kind === 'actor'
      ? publicOfOrganisation
          .select(['id', 'kind', 'title', 'summary'])
          .where('kind', 'in', ['offer', 'project'])
          .orderBy('kind')
          .orderBy('title')
          .limit(100)
          .execute()
      : [],
    entry.kind === 'project'
      ? findSimilarEntries(db, {
          kind: 'project',
          title: entry.title,
          summary: entry.summary,
          fieldsOfAction: entry.fields_of_action,
          excludeId: entry.id,
          outsideCities: entry.cities,
        })
      : [],
    canOnEntry(actor, 'see_history', ref) ? listRevisions(services, entry.id) : null,
  ]);
  const languages: LocaleCode[] = ['de', ...translations.map((row) => row.locale)];
  if (locale !== 'de') {
    const translation = translations.find((row) => row.locale === locale);
    if (translation)
      text = {
        title: translation.title,
        summary: translation.summary,
        body: translation.body || entry.body,
        locale,
        bodyLocale: translation.body ? locale : 'de',
        isFallback: false,
      };
  }
  const validUntil = calendarDay(entry.valid_until);
  return {
    entry,
    details: readDetails(entry.details),
    text,
    languages,
    organisation,
    actorProfileId: actorProfile?.id ?? null,
    related,
    similarProjects,
    history,
    isExpired: validUntil !== null && validUntil < berlinDay(),
    can: {
      edit: canOnEntry(actor, 'edit', ref),
      submit: canOnEntry(actor, 'submit', ref),
      archive: canOnEntry(actor, 'archive', ref),
      review: canOnEntry(actor, 'review', ref),
    },
  };
}
