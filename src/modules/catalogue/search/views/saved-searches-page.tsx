import { href, usePage } from '../../../../core/http/page-context.js';
import { CsrfField, PageHeading } from '../../../../ui/form.js';
import type { SavedSearchView } from '../use-cases/saved-searches.js';

export function SavedSearchesPage({ searches }: { searches: SavedSearchView[] }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack vr-search-saved">
      <PageHeading>{t('catalogue_search.saved.title')}</PageHeading>
      <p class="kern-body">{t('catalogue_search.saved.lead')}</p>
      {searches.length === 0 ? (
        <p class="kern-body">
          {t('catalogue_search.saved.none')} <a class="kern-link" href={href(lang, '/suche')}>{t('catalogue_search.saved.to_search')}</a>
        </p>
      ) : (
        <div class="vr-table-wrap">
          <table class="kern-table">
            <caption class="kern-title">{t('catalogue_search.saved.caption')}</caption>
            <thead class="kern-table__head">
              <tr class="kern-table__row">
                <th scope="col" class="kern-table__header">{t('catalogue_search.saved.col_label')}</th>
                <th scope="col" class="kern-table__header">{t('catalogue_search.saved.col_created')}</th>
                <th scope="col" class="kern-table__header">{t('catalogue_search.saved.col_actions')}</th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {searches.map((search) => (
                <tr class="kern-table__row" key={search.id}>
                  <th scope="row" class="kern-table__cell vr-search-saved__label">
                    <a class="kern-link" href={`${href(lang, '/suche')}?${search.queryString}`}>{search.label}</a>
                  </th>
                  <td class="kern-table__cell">{i18n.formatDate(search.createdAt)}</td>
                  <td class="kern-table__cell">
                    <form method="post" action={href(lang, `/suche/gespeichert/${search.id}/loeschen`)} class="vr-inline-form">
                      <CsrfField />
                      <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--x-small">
                        <span class="kern-label">{t('catalogue_search.saved.delete', { label: search.label })}</span>
                      </button>
                    </form>
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
