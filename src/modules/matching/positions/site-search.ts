import type { SiteSearchProvider } from '../../../core/search/providers.js';
import { getRuhrCity } from '../../../region/index.js';
import { searchPositions } from './use-cases/search-positions.js';

/**
 * Matching's contribution to the site search: open positions for the understood query, the first
 * few with the count, and the link to the position search with the same query.
 */
export const positionsSiteSearch: SiteSearchProvider = {
  kind: 'positions',
  // The text as typed: the position search reads it with the same understanding (places, synonyms).
  search: async ({ services, text, limit }) => {
    const result = await searchPositions({ db: services.db, criteria: { q: text, page: 1 }, pageSize: limit });
    const params = new URLSearchParams();
    if (text.trim()) params.set('q', text.trim());
    return {
      headingKey: result.totalIsCapped ? 'matching_search.site.heading_more' : 'matching_search.site.heading',
      fullListKey: result.totalIsCapped ? 'matching_search.site.full_list_more' : 'matching_search.site.full_list',
      total: result.total,
      droppedTerm: result.droppedWord,
      fullListPath: `/stellen${params.size > 0 ? `?${params.toString()}` : ''}`,
      items: result.items.map((hit) => ({
        title: hit.title,
        path: `/stellen/${hit.id}`,
        detail: `${hit.organisationName} · ${getRuhrCity(hit.city).name}`,
      })),
    };
  },
};
