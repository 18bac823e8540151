import { href, usePage } from '../../../core/http/page-context.js';
import { CsrfField, PageHeading } from '../../../ui/form.js';
import type { AuditEntryView, PendingOrganisation } from '../present.js';

export function AdminPage({ pending }: { pending: PendingOrganisation[] }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('organisations.admin.title')}</PageHeading>
      <p class="kern-body"><a class="kern-link" href={href(lang, '/verwaltung/protokoll')}>{t('organisations.audit.title')}</a></p>
      <p class="kern-body"><a class="kern-link" href={href(lang, '/verwaltung/eintraege')}>{t('catalogue_entries.queue.title')}</a></p>
      <section class="kern-stack" aria-labelledby="pending-heading">
        <h2 class="kern-heading-medium" id="pending-heading">{t('organisations.admin.pending', { count: pending.length })}</h2>
        {pending.length === 0 ? <p class="kern-body">{t('organisations.admin.none_pending')}</p> : null}
        <ul class="vr-card-grid">
          {pending.map((organisation) => (
            <li class="kern-card" key={organisation.id}>
              <div class="kern-card__container">
                <div class="kern-card__header"><h3 class="kern-title">{organisation.name}</h3></div>
                <div class="kern-card__body">
                  <p class="kern-body">
                    {t(`organisations.types.${organisation.type}`)}
                    {organisation.city ? ` · ${t(`organisations.cities.${organisation.city}`)}` : ''}
                  </p>
                  <p class="kern-body kern-body--small">{t('organisations.admin.registered_on', { date: i18n.formatDate(organisation.createdAt) })}</p>
                  {organisation.website ? <p class="kern-body kern-body--small">{organisation.website}</p> : null}
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
      </section>
    </div>
  );
}

export function AuditLogPage({ entries }: { entries: AuditEntryView[] }) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack">
      <PageHeading>{t('organisations.audit.title')}</PageHeading>
      <p class="kern-body">{t('organisations.audit.intro')}</p>
      <div class="vr-table-wrap">
        <table class="kern-table kern-table--small">
          <caption class="kern-sr-only">{t('organisations.audit.caption', { count: entries.length })}</caption>
          <thead class="kern-table__header">
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">{t('organisations.audit.at')}</th>
              <th class="kern-table__header" scope="col">{t('organisations.audit.actor')}</th>
              <th class="kern-table__header" scope="col">{t('organisations.audit.action')}</th>
              <th class="kern-table__header" scope="col">{t('organisations.audit.subject')}</th>
              <th class="kern-table__header" scope="col">{t('organisations.audit.ip')}</th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {entries.map((entry, index) => (
              <tr class="kern-table__row" key={index}>
                <td class="kern-table__cell">{i18n.formatDate(entry.at, { dateStyle: 'short', timeStyle: 'medium' })}</td>
                <td class="kern-table__cell">{entry.actor ?? t('organisations.audit.unknown_actor')}</td>
                <td class="kern-table__cell"><code>{entry.action}</code></td>
                <td class="kern-table__cell">{entry.subjectType}{entry.subjectId ? ` ${entry.subjectId}` : ''}</td>
                <td class="kern-table__cell">{entry.ip ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
