import type { AppServices } from '../http/types.js';
import type { LocaleCode } from '../i18n/locales.js';

/**
 * The site search (the search field of the home page and of /suche) shows results of several
 * kinds side by side. A module contributes one kind by a `search` provider in its PlatformModule;
 * the platform gathers them (src/platform.ts) and the search page asks each, so no module imports
 * another for it. Providers answer only public results (what an anonymous visitor may see).
 */
export interface SiteSearchRequest {
  services: AppServices;
  /** The search text as typed; the provider reads it with understandQuery (places, synonyms). */
  text: string;
  locale: LocaleCode;
  /** How many results to show in the group. */
  limit: number;
}

export interface SiteSearchItem {
  title: string;
  /** Path without the language prefix, e.g. "/stellen/…". */
  path: string;
  /** One line under the title (company, place …), in the reader's language. */
  detail: string;
}

export interface SiteSearchGroup {
  /** The message key of the group's heading, with {count}. */
  headingKey: string;
  /** The message key of the link to the full list, with {count}. */
  fullListKey: string;
  total: number;
  items: SiteSearchItem[];
  /** The full list with the same query, path and query string without the language prefix. */
  fullListPath: string;
  /** The term left out when no result held every term (a partial match), else null. */
  droppedTerm: string | null;
}

export interface SiteSearchProvider {
  /** Unique; also the id of the group on the page. */
  kind: string;
  search: (request: SiteSearchRequest) => Promise<SiteSearchGroup>;
}

let providers: readonly SiteSearchProvider[] = [];

/** Called once by the platform with every module's provider, in module order. */
export function useSiteSearchProviders(list: readonly SiteSearchProvider[]): void {
  providers = list;
}

export function siteSearchProviders(): readonly SiteSearchProvider[] {
  return providers;
}
