import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALE_CODES, type LocaleCode } from './locales.js';

/**
 * Messages live in catalogues/<locale>/<namespace>.json as ICU MessageFormat strings;
 * a key is "<namespace>.<key inside the file>". `npm run i18n:check` compares them with
 * the keys the code uses.
 */
export const CATALOGUE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'catalogues');

export type Catalogue = Map<string, string>;

function flatten(prefix: string, value: unknown, into: Catalogue): void {
  if (typeof value === 'string') {
    into.set(prefix, value);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(`${prefix}.${key}`, child, into);
  }
}

export function loadCatalogue(locale: LocaleCode, dir = CATALOGUE_DIR): Catalogue {
  const catalogue: Catalogue = new Map();
  let files: string[] = [];
  try {
    files = readdirSync(join(dir, locale)).filter((f) => f.endsWith('.json'));
  } catch {
    return catalogue;
  }
  for (const file of files.sort()) {
    const namespace = file.slice(0, -'.json'.length);
    flatten(namespace, JSON.parse(readFileSync(join(dir, locale, file), 'utf8')), catalogue);
  }
  return catalogue;
}

export function loadAllCatalogues(dir = CATALOGUE_DIR): Record<LocaleCode, Catalogue> {
  return Object.fromEntries(LOCALE_CODES.map((code) => [code, loadCatalogue(code, dir)])) as Record<
    LocaleCode,
    Catalogue
  >;
}
