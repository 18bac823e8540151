import { href, usePage } from '../core/http/page-context.js';
import { PAGE_PARAM } from '../core/paging.js';

/** Page numbers to show: the first, the last and the neighbours of the current one; `null` where pages are left out. */
export function pageNumbers(page: number, pageCount: number): (number | null)[] {
  const shown = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const [index, n] of sorted.entries()) {
    const previous = sorted[index - 1];
    if (previous !== undefined && n - previous === 2) result.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) result.push(null);
    result.push(n);
  }
  return result;
}

export interface PaginationProps {
  page: number;
  pageCount: number;
  /** Names the navigation for screen readers, e.g. "Seiten des Protokolls"; pages with two lists need two names. */
  label?: string;
}

/**
 * Links to the pages of a long list, as a navigation landmark: plain links (no script needed) to the
 * same address with only `seite` changed, so filters and sorting stay; the current page is marked
 * with aria-current. Nothing is shown for a list that fits on one page.
 */
export function Pagination({ page, pageCount, label }: PaginationProps) {
  const { t, i18n, path, search } = usePage();
  if (pageCount <= 1) return null;
  const link = (n: number): string => {
    const query = new URLSearchParams(search);
    if (n === 1) query.delete(PAGE_PARAM);
    else query.set(PAGE_PARAM, String(n));
    const rest = query.toString();
    return `${href(i18n.locale.code, path)}${rest ? `?${rest}` : ''}`;
  };
  return (
    <nav class="vr-pagination" aria-label={label ?? t('pagination.label')}>
      <p class="kern-body kern-body--small vr-pagination__status">{t('pagination.status', { page, pageCount })}</p>
      <ul class="vr-pagination__list">
        {page > 1 ? (
          <li>
            <a class="kern-link vr-pagination__step" href={link(page - 1)} rel="prev">
              {t('pagination.previous')}
            </a>
          </li>
        ) : null}
        {pageNumbers(page, pageCount).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} class="vr-pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <a
                class="kern-link vr-pagination__page"
                href={link(n)}
                aria-label={t('pagination.page', { page: n })}
                aria-current={n === page ? 'page' : undefined}
              >
                {i18n.formatNumber(n)}
              </a>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <a class="kern-link vr-pagination__step" href={link(page + 1)} rel="next">
              {t('pagination.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
