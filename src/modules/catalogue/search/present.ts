import type { Translator } from '../../../core/i18n/translator.js';
import type { PublicEntry } from './use-cases/get-public-entry.js';
import type { SearchHit, SearchResult } from './use-cases/search-catalogue.js';
import { FILTER_NAMES, SEARCH_LIMITS, type SearchCriteria, type SearchNotice } from './schemas.js';

/** Link to an entry's public page (the entries part renders it). */
export function entryPath(locale: string, id: string): string {
  return `/${locale}/eintraege/${id}`;
}

/** A notice in words; a parameter we know is named by its label, others as they were sent. */
export function noticeMessage(t: Translator['t'], notice: SearchNotice): string {
  const parameterLabel = (name: string) =>
    (FILTER_NAMES as string[]).includes(name) || name === 'page' || name === 'sort'
      ? t(`catalogue_search.parameters.${name}`)
      : name;
  switch (notice.code) {
    case 'unknown_value':
      return t('catalogue_search.notices.unknown_value', {
        parameter: parameterLabel(notice.parameter),
        value: notice.value,
      });
    case 'unknown_parameter':
      return t('catalogue_search.notices.unknown_parameter', { parameter: notice.parameter });
    case 'similar_words':
      return t('catalogue_search.notices.similar_words', { word: notice.word });
    case 'query_shortened':
      return t('catalogue_search.notices.query_shortened', { words: SEARCH_LIMITS.queryWords });
    case 'relevance_needs_query':
      return t('catalogue_search.notices.relevance_needs_query');
  }
}

export function presentHitForApi(hit: SearchHit, baseUrl: string, locale: string) {
  return { ...hit, url: `${baseUrl}${entryPath(locale, hit.id)}` };
}

export function presentSearchForApi(result: SearchResult, criteria: SearchCriteria, i18n: Translator, baseUrl: string) {
  return {
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    pageSize: SEARCH_LIMITS.pageSize,
    sort: criteria.sort === 'relevance' && !criteria.q ? ('newest' as const) : criteria.sort,
    items: result.items.map((hit) => presentHitForApi(hit, baseUrl, i18n.locale.code)),
    facets: result.facets,
    notices: result.notices.map((notice) => ({ ...notice, message: noticeMessage(i18n.t, notice) })),
  };
}

export function presentEntryForApi(entry: PublicEntry, baseUrl: string, locale: string) {
  return { ...entry, url: `${baseUrl}${entryPath(locale, entry.id)}` };
}
