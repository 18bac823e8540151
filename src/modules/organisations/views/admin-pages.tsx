import { href, usePage } from '../../../core/http/page-context.js';
import { DataTable } from '../../../ui/data-table.js';
import { CsrfField, PageHeading } from '../../../ui/form.js';
import type { PageWindow } from '../../../core/paging.js';
import { Pagination } from '../../../ui/pagination.js';
import type { AuditEntryView, PendingOrganisation } from '../present.js';

export function AdminPage({ pending, window }: { pending: PendingOrganisation[]; window: PageWindow }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('organisations.admin.title')}</PageHeading>
      <p class="kern-body">
        <a class="kern-link" href={href(lang, '/verwaltung/protokoll')}>
          {t('organisations.audit.title')}
        </a>
      </p>
      <p class="kern-body">
        <a class="kern-link" href={href(lang, '/verwaltung/eintraege')}>
          {t('catalogue_entries.queue.title')}
        </a>
      </p>
      <section class="kern-stack" aria-labelledby="pending-heading">
        <h2 class="kern-heading-medium" id="pending-heading">
          {t('organisations.admin.pending', { count: window.total })}
        </h2>
        {pending.length === 0 ? <p class="kern-body">{t('organisations.admin.none_pending')}</p> : null}
        <ul class="vr-card-grid">
          {pending.map((organisation) => (
            <li class="kern-card" key={organisation.id}>
              <div class="kern-card__container">
                <div class="kern-card__header">
                  <h3 class="kern-title">
                    <bdi>{organisation.name}</bdi>
                  </h3>
                </div>
                <div class="kern-card__body">
                  <p class="kern-body">
                    {t(`organisations.types.${organisation.type}`)}
                    {organisation.city ? ` · ${t(`organisations.cities.${organisation.city}`)}` : ''}
                  </p>
                  <p class="kern-body kern-body--small">
                    {t('organisations.admin.registered_on', { date: i18n.formatDate(organisation.createdAt) })}
                  </p>
                  {organisation.website ? (
                    <p class="kern-body kern-body--small">
                      <bdi dir="ltr">{organisation.website}</bdi>
                    </p>
                  ) : null}
                </div>
                <div class="kern-card__footer">
                  <form method="post" action={href(lang, `/verwaltung/organisationen/${organisation.id}/verifizieren`)}>
                    <CsrfField />
                    <button type="submit" class="kern-btn kern-btn--primary">
                      <span class="kern-label">{t('organisations.admin.verify', { name: organisation.name })}</span>
                    </button>
                  </form>
                </div>
              </div>
            </li>
          ))}
        </ul>
        <Pagination page={window.page} pageCount={window.pageCount} />
      </section>
    </div>
  );
}

export function AuditLogPage({ entries, window }: { entries: AuditEntryView[]; window: PageWindow }) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack">
      <PageHeading>{t('organisations.audit.title')}</PageHeading>
      <p class="kern-body">{t('organisations.audit.intro')}</p>
      <DataTable
        isSmall
        caption={t('organisations.audit.caption', { count: entries.length })}
        rows={entries}
        rowKey={(_entry, index) => index}
        columns={[
          {
            header: t('organisations.audit.at'),
            cell: (entry) => i18n.formatDate(entry.at, { dateStyle: 'short', timeStyle: 'medium' }),
          },
          {
            header: t('organisations.audit.actor'),
            hasOwnDirection: true,
            cell: (entry) => entry.actor ?? t('organisations.audit.unknown_actor'),
          },
          {
            header: t('organisations.audit.action'),
            cell: (entry) => <code dir="ltr">{entry.action}</code>,
          },
          {
            header: t('organisations.audit.subject'),
            cell: (entry) => (
              <bdi dir="ltr">{`${entry.subjectType}${entry.subjectId ? ` ${entry.subjectId}` : ''}`}</bdi>
            ),
          },
          {
            header: t('organisations.audit.ip'),
            cell: (entry) => (entry.ip ? <bdi dir="ltr">{entry.ip}</bdi> : '–'),
          },
        ]}
      />
      <Pagination page={window.page} pageCount={window.pageCount} />
    </div>
  );
}
