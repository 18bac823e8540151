import { ENTRY_KINDS } from '../../../../core/db/schema.js';
import { href, usePage } from '../../../../core/http/page-context.js';
import { PageHeading } from '../../../../ui/form.js';
import type { EntryListItem } from '../present.js';
import { KIND_SLUGS } from '../schemas.js';
import type { OverlapGroup } from '../use-cases/list-entries.js';
import { StatusBadge } from './manage-pages.js';

function EntryTable({ entries, caption, showOrganisation, linkToEdit }: { entries: EntryListItem[]; caption: string; showOrganisation: boolean; linkToEdit: boolean }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="vr-table-wrap">
      <table class="kern-table">
        <caption class="kern-sr-only">{caption}</caption>
        <thead class="kern-table__header">
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">{t('catalogue_entries.fields.title')}</th>
            <th class="kern-table__header" scope="col">{t('catalogue_entries.list.kind')}</th>
            {showOrganisation ? <th class="kern-table__header" scope="col">{t('catalogue_entries.fields.organisation')}</th> : null}
            <th class="kern-table__header" scope="col">{t('catalogue_entries.list.status')}</th>
            <th class="kern-table__header" scope="col">{t('catalogue_entries.list.updated')}</th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {entries.map((entry) => (
            <tr class="kern-table__row" key={entry.id}>
              <th class="kern-table__cell" scope="row">
                <a class="kern-link" href={href(lang, `/eintraege/${entry.id}${linkToEdit && entry.status !== 'archived' ? '/bearbeiten' : ''}`)} lang="de" dir="ltr">{entry.title}</a>
              </th>
              <td class="kern-table__cell">{t(`catalogue.kinds.${entry.kind}`)}</td>
              {showOrganisation ? <td class="kern-table__cell">{entry.organisationName}</td> : null}
              <td class="kern-table__cell">
                <StatusBadge status={entry.status} />
                {entry.isHidden ? ` ${t('catalogue_entries.list.hidden')}` : entry.isStale ? ` ${t('catalogue_entries.list.stale')}` : ''}
              </td>
              <td class="kern-table__cell">{i18n.formatDate(entry.updatedAt, { dateStyle: 'medium' })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
        <h2 class="kern-heading-medium" id="new-entry-heading">{t('catalogue_entries.own.new')}</h2>
        <ul class="kern-list kern-list--horizontal">
          {ENTRY_KINDS.map((kind) => (
            <li key={kind}><a class="kern-link" href={href(lang, `/eintraege/neu/${KIND_SLUGS[kind]}`)}>{t(`catalogue.kinds.${kind}`)}</a></li>
          ))}
        </ul>
      </section>
      <section class="kern-stack" aria-labelledby="own-entries-heading">
        <h2 class="kern-heading-medium" id="own-entries-heading">{t('catalogue_entries.own.list', { count: entries.length })}</h2>
        {entries.length === 0 ? <p class="kern-body">{t('catalogue_entries.own.none')}</p> : <EntryTable entries={entries} caption={t('catalogue_entries.own.caption', { count: entries.length })} showOrganisation={false} linkToEdit />}
      </section>
    </div>
  );
}

export function ReviewQueuePage({ entries }: { entries: EntryListItem[] }) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack">
      <PageHeading>{t('catalogue_entries.queue.title')}</PageHeading>
      <p class="kern-body">{t('catalogue_entries.queue.intro')}</p>
      <p class="kern-body"><a class="kern-link" href={href(i18n.locale.code, '/verwaltung/ueberschneidungen')}>{t('catalogue_entries.overlaps.title')}</a></p>
      {entries.length === 0 ? <p class="kern-body">{t('catalogue_entries.queue.none')}</p> : <EntryTable entries={entries} caption={t('catalogue_entries.queue.caption', { count: entries.length })} showOrganisation linkToEdit={false} />}
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
      {groups.length === 0 ? (
        <p class="kern-body">{t('catalogue_entries.overlaps.none')}</p>
      ) : (
        <div class="vr-table-wrap">
          <table class="kern-table">
            <caption class="kern-sr-only">{t('catalogue_entries.overlaps.caption', { count: groups.length })}</caption>
            <thead class="kern-table__header">
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">{t('catalogue_entries.fields.fields_of_action')}</th>
                <th class="kern-table__header" scope="col">{t('catalogue_entries.overlaps.city')}</th>
                <th class="kern-table__header" scope="col">{t('catalogue_entries.overlaps.count')}</th>
                <th class="kern-table__header" scope="col">{t('catalogue_entries.overlaps.projects')}</th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {groups.map((group) => (
                <tr class="kern-table__row" key={`${group.fieldOfAction}-${group.city}`}>
                  <th class="kern-table__cell" scope="row">{i18n.has(`catalogue.fields_of_action.${group.fieldOfAction}`) ? t(`catalogue.fields_of_action.${group.fieldOfAction}`) : group.fieldOfAction}</th>
                  <td class="kern-table__cell">{i18n.has(`organisations.cities.${group.city}`) ? t(`organisations.cities.${group.city}`) : group.city}</td>
                  <td class="kern-table__cell">{i18n.formatNumber(group.projects.length)}</td>
                  <td class="kern-table__cell">
                    <ul class="kern-list">
                      {group.projects.map((project) => (
                        <li key={project.id}>
                          <a class="kern-link" href={href(lang, `/eintraege/${project.id}`)} lang="de" dir="ltr">{project.title}</a> – {project.organisationName}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
