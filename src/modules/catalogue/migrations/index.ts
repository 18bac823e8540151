import type { Migration } from 'kysely';
import * as m002Catalogue from './002-catalogue.js';
import * as m003CatalogueSearch from './003-catalogue-search.js';
import * as m006CatalogueSearchIndex from './006-catalogue-search-index.js';
import * as m012CatalogueSearchWrites from './012-catalogue-search-writes.js';
import * as m034CatalogueSearchInProcess from './034-catalogue-search-in-process.js';

/** The catalogue's migrations, by the name recorded in kysely_migration (never rename one). */
export const migrations: Record<string, Migration> = {
  '002-catalogue': m002Catalogue,
  '003-catalogue-search': m003CatalogueSearch,
  '006-catalogue-search-index': m006CatalogueSearchIndex,
  '012-catalogue-search-writes': m012CatalogueSearchWrites,
  '034-catalogue-search-in-process': m034CatalogueSearchInProcess,
};
