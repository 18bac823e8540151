import { usePage } from '../../../../core/http/page-context.js';
import { PlaceFilters } from '../../../../core/search/place-filters.js';
import { entryPath, noticeMessage } from '../present.js';
import { FILTER_NAMES, SEARCH_LIMITS, searchQueryString, type FilterName, type SearchCriteria } from '../schemas.js';
import type { SearchHit, SearchResult } from '../use-cases/search-catalogue.js';
import type { SiteSearchGroupResult } from '../use-cases/search-site.js';
import { filterValueLabel } from './labels.js';

export interface SearchViewProps {
  criteria: SearchCriteria;
  result: SearchResult;
  /** The other kinds of results of the site search (open positions …); none in live search's filters. */
  groups?: SiteSearchGroupResult[] | undefined;
}

/** "12 Treffer" — shown on the page and announced by live search. */
export function statusText(t: ReturnType<typeof usePage>['t'], result: SearchResult): string {
  return t('catalogue_search.results.count', { count: result.total });
}

/** The filter checkboxes with the count each value would give. Values with no results are left out unless chosen. */
export function SearchFilters({ criteria, result }: SearchViewProps) {
  const { t, i18n } = usePage();
  return (
    <div id="search-filters" class="vr-search__filters kern-stack">
      <h2 class="kern-heading-small">{t('catalogue_search.filters.title')}</h2>
      {FILTER_NAMES.map((name) => (
        <FilterGroup
          key={name}
          name={name}
          criteria={criteria}
          result={result}
          formatCount={(n) => i18n.formatNumber(n)}
        />
      ))}
      <div class="kern-btn-wrapper">
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('catalogue_search.filters.apply')}</span>
        </button>
      </div>
    </div>
  );
}

function FilterGroup({
  name,
  criteria,
  result,
  formatCount,
}: SearchViewProps & { name: FilterName; formatCount: (n: number) => string }) {
  const { t } = usePage();
  const chosen = criteria[name] as readonly string[];
  const counts = new Map(result.facets[name].map((f) => [f.value, f.count]));
  const values = [...result.facets[name].map((f) => f.value), ...chosen.filter((v) => !counts.has(v))];
  if (values.length === 0) return null;
  return (
    <fieldset class="kern-fieldset">
      <legend class="kern-label">{t(`catalogue_search.parameters.${name}`)}</legend>
      <div class="kern-fieldset__body vr-search__choices">
        {values.map((value) => {
          const id = `filter-${name}-${value}`;
          return (
            <div class="kern-form-check" key={value}>
              <input
                class="kern-form-check__checkbox"
                type="checkbox"
                id={id}
                name={name}
                value={value}
                checked={chosen.includes(value)}
              />
              <label class="kern-label" for={id}>
                {filterValueLabel(t, name, value)}{' '}
                <span class="vr-search__count">({formatCount(counts.get(value) ?? 0)})</span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  // Only the entry's own German text is marked German; labels and city names stay in the page's language.
  const german = hit.isFallback ? { lang: 'de', dir: 'ltr' as const } : {};
  return (
    <li class="vr-search-hit">
      <article class="kern-stack">
        <p class="kern-body kern-body--small vr-search-hit__kind">{t(`catalogue.kinds.${hit.kind}`)}</p>
        <h3 class="kern-heading-small vr-search-hit__title" {...german}>
          <a class="kern-link" href={entryPath(lang, hit.id)}>
            {hit.title}
          </a>
        </h3>
        <p class="kern-body" {...german}>
          {hit.summary}
        </p>
        <p class="kern-body kern-body--small vr-search-hit__meta">
          <span {...german}>{hit.organisationName}</span>
          {hit.cities.length > 0
            ? ` · ${i18n.list(hit.cities.map((city) => t(`organisations.cities.${city}`)))}`
            : null}
        </p>
        {hit.isFallback ? (
          <p class="kern-body kern-body--small vr-search-hit__fallback">{t('catalogue_search.results.german_only')}</p>
        ) : null}
      </article>
    </li>
  );
}

function Pagination({ criteria, result }: SearchViewProps) {
  const { t, i18n } = usePage();
  if (result.pageCount <= 1) return null;
  const lang = i18n.locale.code;
  const link = (page: number) => `/${lang}/suche?${searchQueryString(criteria, { page })}`;
  const first = Math.max(1, result.page - 2);
  const last = Math.min(result.pageCount, result.page + 2);
  const pages = Array.from({ length: last - first + 1 }, (_, n) => first + n);
  return (
    <nav class="vr-search__pages" aria-label={t('catalogue_search.pages.label')}>
      <ul class="kern-list kern-list--horizontal">
        {result.page > 1 ? (
          <li>
            <a class="kern-link" href={link(result.page - 1)} rel="prev">
              {t('catalogue_search.pages.previous')}
            </a>
          </li>
        ) : null}
        {pages.map((page) => (
          <li key={page}>
            {page === result.page ? (
              <span aria-current="page" class="vr-search__current-page">
                {t('catalogue_search.pages.page', { page })}
              </span>
            ) : (
              <a class="kern-link" href={link(page)}>
                {t('catalogue_search.pages.page', { page })}
              </a>
            )}
          </li>
        ))}
        {result.page < result.pageCount ? (
          <li>
            <a class="kern-link" href={link(result.page + 1)} rel="next">
              {t('catalogue_search.pages.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/**
 * The site search's groups by kind: the catalogue's entries (listed below) and each other module's
 * results (open positions …) with their count, the first few and a link to their full list.
 */
export function SearchGroups({ result, groups }: SearchViewProps) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  if (!groups || groups.length === 0) return null;
  return (
    <section class="vr-search__groups kern-stack" aria-labelledby="search-groups-title">
      <h2 class="kern-heading-small" id="search-groups-title">
        {t('catalogue_search.groups.title')}
      </h2>
      <ul class="vr-search__group-list">
        <li class="vr-search__group kern-stack">
          <h3 class="kern-heading-small">{t('catalogue_search.groups.entries', { count: result.total })}</h3>
          <p class="kern-body">
            <a class="kern-link" href="#search-results">
              {t('catalogue_search.groups.entries_link', { count: result.total })}
            </a>
          </p>
        </li>
        {groups.map(({ kind, group }) => (
          <li key={kind} class="vr-search__group kern-stack" id={`search-group-${kind}`}>
            <h3 class="kern-heading-small">{t(group.headingKey, { count: group.total })}</h3>
            {group.droppedTerm && group.total > 0 ? (
              <p class="kern-body kern-body--small">{t('search.dropped_word', { word: group.droppedTerm })}</p>
            ) : null}
            {group.items.length > 0 ? (
              <ul class="kern-list">
                {group.items.map((item) => (
                  <li key={item.path}>
                    <a class="kern-link" href={`/${lang}${item.path}`} dir="auto">
                      {item.title}
                    </a>
                    <span class="vr-search__group-detail kern-body kern-body--small">
                      <bdi>{item.detail}</bdi>
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
            <p class="kern-body">
              <a class="kern-link" href={`/${lang}${group.fullListPath}`}>
                {t(group.fullListKey, { count: group.total })}
              </a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The results column: notices, the list and the page links. Live search swaps this (and the filters). */
export function SearchResults({ criteria, result }: SearchViewProps) {
  const { t, i18n } = usePage();
  return (
    <div id="search-results" class="vr-search__results kern-stack" data-status={statusText(t, result)}>
      <h2 class="kern-heading-small">{t('catalogue_search.results.title')}</h2>
      <PlaceFilters
        places={result.places}
        hrefWithout={(q) => `/${i18n.locale.code}/suche?${searchQueryString({ ...criteria, q, page: 1 })}`}
      />
      {result.droppedWord && result.total > 0 ? (
        <p class="kern-body" role="status">
          {t('search.dropped_word', { word: result.droppedWord })}
        </p>
      ) : null}
      {result.notices.length > 0 ? (
        <div class="kern-alert kern-alert--info">
          <div class="kern-alert__header">
            <span class="kern-icon kern-icon--info" aria-hidden="true"></span>
            <span class="kern-title">{t('catalogue_search.notices.title')}</span>
          </div>
          <div class="kern-alert__body">
            <ul class="kern-list">
              {result.notices.map((notice, n) => (
                <li key={n}>{noticeMessage(t, notice)}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      {result.items.length === 0 ? (
        <p class="kern-body">{t('catalogue_search.results.none')}</p>
      ) : (
        <ol class="vr-search__list" start={(result.page - 1) * SEARCH_LIMITS.pageSize + 1}>
          {result.items.map((hit) => (
            <Hit key={hit.id} hit={hit} />
          ))}
        </ol>
      )}
      <Pagination criteria={criteria} result={result} />
    </div>
  );
}
