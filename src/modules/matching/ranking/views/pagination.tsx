import { usePage } from '../../../../core/http/page-context.js';

/**
 * Previous / next links and "Seite 2 von 5" for a ranked list. A small view of ranking's own
 * until a shared Pagination component exists in src/ui; `pageHref` builds the link of a page.
 */
export function RankingPagination({
  page,
  pages,
  pageHref,
  label,
}: {
  page: number;
  pages: number;
  pageHref: (page: number) => string;
  label: string;
}) {
  const { t } = usePage();
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} class="vr-matching-pages">
      {page > 1 ? (
        <a class="kern-link" href={pageHref(page - 1)} rel="prev">
          {t('matching_talents.pages.previous')}
        </a>
      ) : null}
      <span class="kern-body" aria-current="page">
        {t('matching_talents.pages.current', { page, pages })}
      </span>
      {page < pages ? (
        <a class="kern-link" href={pageHref(page + 1)} rel="next">
          {t('matching_talents.pages.next')}
        </a>
      ) : null}
    </nav>
  );
}
