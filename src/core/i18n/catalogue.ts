import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALE_CODES, type LocaleCode } from './locales.js';

/**
 * Messages live in <folder>/<locale>/<namespace>.json as ICU MessageFormat strings; a key is
 * "<namespace>.<key inside the file>". Core keeps its own namespaces (layout, errors, form,
 * validation, range, dev_outbox, pagination) in src/core/i18n/messages; each module keeps its namespaces in the
 * folder its registration names (src/modules/<name>/messages). A namespace belongs to exactly one
 * folder. `npm run i18n:check` compares them with the keys the code uses.
 */
export const CORE_MESSAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'messages');

export type Catalogue = Map<string, string>;

function flatten(prefix: string, value: unknown, into: Catalogue): void {
  if (typeof value === 'string') {
    into.set(prefix, value);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(`${prefix}.${key}`, child, into);
  }
}

function namespaceFiles(folder: string, locale: LocaleCode): string[] {
  try {
    return readdirSync(join(folder, locale))
      .filter((file) => file.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
}

/**
 * The folder each namespace of every locale comes from. Throws when two folders define the same
 * namespace: its keys would silently depend on the order of the folders.
 */
export function namespaceFolders(folders: readonly string[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const folder of folders) {
    const own = new Set(LOCALE_CODES.flatMap((locale) => namespaceFiles(folder, locale)));
    for (const file of own) {
      const namespace = file.slice(0, -'.json'.length);
      const owner = owners.get(namespace);
      if (owner !== undefined)
        throw new Error(`Message namespace "${namespace}" is defined in two folders: ${owner} and ${folder}`);
      owners.set(namespace, folder);
    }
  }
  return owners;
}

export function loadCatalogue(locale: LocaleCode, folders: readonly string[] = [CORE_MESSAGES_DIR]): Catalogue {
  const catalogue: Catalogue = new Map();
  for (const [namespace, folder] of [...namespaceFolders(folders)].sort(([a], [b]) => a.localeCompare(b))) {
    const path = join(folder, locale, `${namespace}.json`);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue; // not (yet) translated into this locale: the checker reports it, the translator falls back
    }
    flatten(namespace, JSON.parse(text), catalogue);
  }
  return catalogue;
}

export function loadAllCatalogues(folders: readonly string[] = [CORE_MESSAGES_DIR]): Record<LocaleCode, Catalogue> {
  return Object.fromEntries(LOCALE_CODES.map((code) => [code, loadCatalogue(code, folders)])) as Record<
    LocaleCode,
    Catalogue
  >;
}
