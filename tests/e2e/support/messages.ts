import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { MESSAGE_FOLDERS } from '../../../src/platform.js';

/**
 * The texts a person sees, read from the same catalogue files the app renders from (core's folder
 * and every module's), so one test
 * walks a journey in any language. A key missing in a language falls back to German, as the
 * app's language registry does (src/core/i18n/locales.ts). Read once per test file: the
 * translations may change while the tests run, and a snapshot taken right after the server
 * rendered its first page matches what the server loaded.
 */

export type Lang = 'de' | 'ar';
export const LANGS: readonly Lang[] = ['de', 'ar'];

const INTL_LOCALE: Record<Lang, string> = { de: 'de-DE', ar: 'ar' };
const DIRECTION: Record<Lang, 'ltr' | 'rtl'> = { de: 'ltr', ar: 'rtl' };
const FALLBACK: Record<Lang, Lang | null> = { de: null, ar: 'de' };

export interface Messages {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  /** The other of de/ar, for switching languages. */
  other: Lang;
  /** The formatted message for a dotted key ("accounts.login.submit"), with German fallback. */
  t(key: string, values?: Record<string, PrimitiveType>): string;
}

type Tree = Record<string, unknown>;

async function readNamespaceFile(path: string): Promise<Tree | undefined> {
  // A translator may be saving the file this very moment: a half-written file is read again.
  for (let attempt = 1; ; attempt++) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      return JSON.parse(text) as Tree;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function readCatalogue(lang: Lang): Promise<Map<string, Tree>> {
  const namespaces = new Map<string, Tree>();
  for (const folder of MESSAGE_FOLDERS) {
    let files: string[] = [];
    try {
      files = (await readdir(join(folder, lang))).filter((file) => file.endsWith('.json'));
    } catch {
      continue;
    }
    for (const file of files) {
      const tree = await readNamespaceFile(join(folder, lang, file));
      if (tree) namespaces.set(file.slice(0, -'.json'.length), tree);
    }
  }
  return namespaces;
}

function resolveKey(namespaces: Map<string, Tree>, key: string): string | undefined {
  const [namespace = '', ...path] = key.split('.');
  let node: unknown = namespaces.get(namespace);
  for (const part of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Tree)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Loads the catalogues of `lang` and its fallback and returns a translator over that snapshot. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  const chain: { lang: Lang; namespaces: Map<string, Tree> }[] = [];
  for (let current: Lang | null = lang; current; current = FALLBACK[current]) {
    chain.push({ lang: current, namespaces: await readCatalogue(current) });
  }
  const formats = new Map<string, IntlMessageFormat>();
  return {
    lang,
    dir: DIRECTION[lang],
    other: lang === 'de' ? 'ar' : 'de',
    t(key, values) {
      let format = formats.get(key);
      if (!format) {
        const found = chain
          .map((link) => ({ lang: link.lang, message: resolveKey(link.namespaces, key) }))
          .find((link) => link.message !== undefined);
        if (!found?.message) throw new Error(`No message "${key}" in ${lang} or its fallback`);
        format = new IntlMessageFormat(found.message, INTL_LOCALE[found.lang]);
        formats.set(key, format);
      }
      return String(format.format(values));
    },
  };
}

/** Both test languages at once, keyed by code. */
export async function loadAllMessages(): Promise<Record<Lang, Messages>> {
  return { de: await loadMessages('de'), ar: await loadMessages('ar') };
}
