import { href, usePage } from '../../../../core/http/page-context.js';
import { DataTable, RowActionForm } from '../../../../ui/data-table.js';
import { PageHeading } from '../../../../ui/form.js';
import type { SavedSearchView } from '../use-cases/saved-searches.js';

export function SavedSearchesPage({ searches }: { searches: SavedSearchView[] }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack vr-search-saved">
      <PageHeading>{t('catalogue_search.saved.title')}</PageHeading>
      <p class="kern-body">{t('catalogue_search.saved.lead')}</p>
      <DataTable
        isCaptionVisible
        caption={t('catalogue_search.saved.caption')}
        rows={searches}
        rowKey={(search) => search.id}
        empty={
          <>
            {t('catalogue_search.saved.none')}{' '}
            <a class="kern-link" href={href(lang, '/suche')}>
              {t('catalogue_search.saved.to_search')}
            </a>
          </>
        }
        columns={[
          {
            header: t('catalogue_search.saved.col_label'),
            isRowHeader: true,
            cell: (search) => (
              <a class="kern-link" href={`${href(lang, '/suche')}?${search.queryString}`}>
                {search.label}
              </a>
            ),
          },
          { header: t('catalogue_search.saved.col_created'), cell: (search) => i18n.formatDate(search.createdAt) },
          {
            header: t('catalogue_search.saved.col_actions'),
            cell: (search) => (
              <RowActionForm
                action={href(lang, `/suche/gespeichert/${search.id}/loeschen`)}
                label={t('catalogue_search.saved.delete', { label: search.label })}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
