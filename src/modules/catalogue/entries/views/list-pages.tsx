import { ENTRY_KINDS } from '../../tables.js';
import { href, usePage } from '../../../../core/http/page-context.js';
import { DataTable } from '../../../../ui/data-table.js';
import { PageHeading } from '../../../../ui/form.js';
import type { EntryListItem } from '../present.js';
import { KIND_SLUGS } from '../schemas.js';
import type { OverlapGroup } from '../use-cases/list-entries.js';
import { StatusBadge } from './manage-pages.js';

function EntryTable({
  entries,
  caption,
  empty,
  showOrganisation,
  linkToEdit,
}: {
  entries: EntryListItem[];
  caption: string;
  empty: string;
  showOrganisation: boolean;
  linkToEdit: boolean;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <DataTable
      caption={caption}
      rows={entries}
      rowKey={(entry) => entry.id}
      empty={empty}
      columns={[
        {
          header: t('catalogue_entries.fields.title'),
          isRowHeader: true,
          cell: (entry) => (
            <a
              class="kern-link"
              href={href(
                lang,
                `/eintraege/${entry.id}${linkToEdit && entry.status !== 'archived' ? '/bearbeiten' : ''}`,
              )}
              lang="de"
              dir="ltr"
            >
              {entry.title}
            </a>
          ),
        },
        { header: t('catalogue_entries.list.kind'), cell: (entry) => t(`catalogue.kinds.${entry.kind}`) },
        showOrganisation && {
          header: t('catalogue_entries.fields.organisation'),
          cell: (entry) => entry.organisationName,
        },
        {
          header: t('catalogue_entries.list.status'),
          cell: (entry) => (
            <>
              <StatusBadge status={entry.status} />
              {entry.isHidden
                ? ` ${t('catalogue_entries.list.hidden')}`
                : entry.isStale
                  ? ` ${t('catalogue_entries.list.stale')}`
                  : ''}
            </>
          ),
        },
        {
          header: t('catalogue_entries.list.updated'),
          cell: (entry) => i18n.formatDate(entry.updatedAt, { dateStyle: 'medium' }),
        },
      ]}
    />
  );
}

export function OwnEntriesPage({ entries }: { entries: EntryListItem[] }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('catalogue_entries.own.title')}</PageHeading>
      <p class="kern-body">{t('catalogue_entries.own.intro')}</p>
      <section class="kern-stack" aria-labelledby="new-entry-heading">
        <h2 class="kern-heading-medium" id="new-entry-heading">
          {t('catalogue_entries.own.new')}
        </h2>
        <ul class="kern-list kern-list--horizontal">
          {ENTRY_KINDS.map((kind) => (
            <li key={kind}>
              <a class="kern-link" href={href(lang, `/eintraege/neu/${KIND_SLUGS[kind]}`)}>
                {t(`catalogue.kinds.${kind}`)}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section class="kern-stack" aria-labelledby="own-entries-heading">
        <h2 class="kern-heading-medium" id="own-entries-heading">
          {t('catalogue_entries.own.list', { count: entries.length })}
        </h2>
        <EntryTable
          entries={entries}
          caption={t('catalogue_entries.own.caption', { count: entries.length })}
          empty={t('catalogue_entries.own.none')}
          showOrganisation={false}
          linkToEdit
        />
      </section>
    </div>
  );
}

/**
 * The review queue of the coordination office (every city) or of a city office (`city`). The
 * overview of overlapping projects is the coordination office's alone, so only it sees the link.
 */
export function ReviewQueuePage({
  entries,
  city,
  canSeeOverlaps,
}: {
  entries: EntryListItem[];
  city: string | null;
  canSeeOverlaps: boolean;
}) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack">
      <PageHeading>{t('catalogue_entries.queue.title')}</PageHeading>
      <p class="kern-body">
        {city
          ? t('catalogue_entries.queue.intro_city', { city: t(`organisations.cities.${city}`) })
          : t('catalogue_entries.queue.intro')}
      </p>
      {canSeeOverlaps ? (
        <p class="kern-body">
          <a class="kern-link" href={href(i18n.locale.code, '/verwaltung/ueberschneidungen')}>
            {t('catalogue_entries.overlaps.title')}
          </a>
        </p>
      ) : null}
      <EntryTable
        entries={entries}
        caption={t('catalogue_entries.queue.caption', { count: entries.length })}
        empty={`${t('catalogue_entries.queue.none')} ${t('catalogue_entries.queue.none_next')}`}
        showOrganisation
        linkToEdit={false}
      />
    </div>
  );
}

export function OverlapsPage({ groups }: { groups: OverlapGroup[] }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('catalogue_entries.overlaps.title')}</PageHeading>
      <p class="kern-body">{t('catalogue_entries.overlaps.intro')}</p>
      <DataTable
        caption={t('catalogue_entries.overlaps.caption', { count: groups.length })}
        rows={groups}
        rowKey={(group) => `${group.fieldOfAction}-${group.city}`}
        empty={t('catalogue_entries.overlaps.none')}
        columns={[
          {
            header: t('catalogue_entries.fields.fields_of_action'),
            isRowHeader: true,
            cell: (group) =>
              i18n.has(`catalogue.fields_of_action.${group.fieldOfAction}`)
                ? t(`catalogue.fields_of_action.${group.fieldOfAction}`)
                : group.fieldOfAction,
          },
          {
            header: t('catalogue_entries.overlaps.city'),
            cell: (group) =>
              i18n.has(`organisations.cities.${group.city}`) ? t(`organisations.cities.${group.city}`) : group.city,
          },
          {
            header: t('catalogue_entries.overlaps.count'),
            isNumeric: true,
            cell: (group) => i18n.formatNumber(group.projects.length),
          },
          {
            header: t('catalogue_entries.overlaps.projects'),
            cell: (group) => (
              <ul class="kern-list">
                {group.projects.map((project) => (
                  <li key={project.id}>
                    <a class="kern-link" href={href(lang, `/eintraege/${project.id}`)} lang="de" dir="ltr">
                      {project.title}
                    </a>{' '}
                    – {project.organisationName}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </div>
  );
}
