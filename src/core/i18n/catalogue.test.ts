import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALE_CODES } from './locales.js';
import { loadAllCatalogues } from './catalogue.js';
import { checkCatalogues, type ProblemKind } from './check-catalogues.js';

let root: string;

function write(folder: string, locale: string, namespace: string, messages: Record<string, unknown>): void {
  mkdirSync(join(root, folder, locale), { recursive: true });
  writeFileSync(join(root, folder, locale, `${namespace}.json`), JSON.stringify(messages));
}

/** A core folder with "layout" and a module folder with "shop", complete in every language. */
function writeCompleteFolders(): string[] {
  for (const locale of LOCALE_CODES) {
    write('core', locale, 'layout', { site_name: `Vielfalt ${locale}` });
    write('shop', locale, 'shop', { nav: `Shop ${locale}`, count: '{count, plural, one {# item} other {# items}}' });
  }
  return [join(root, 'core'), join(root, 'shop')];
}

function check(folders: string[], keyUses = [{ key: 'shop.nav', file: 'src/modules/shop/x.tsx', line: 1 }]) {
  return checkCatalogues({ catalogues: loadAllCatalogues(folders), sourceLocale: 'de', keyUses });
}

function kinds(result: ReturnType<typeof check>): ProblemKind[] {
  return result.problems.map((problem) => problem.kind);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'vr-messages-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('catalogues from several folders', () => {
  it("merges core's folder and each module's into one catalogue per language", () => {
    const catalogues = loadAllCatalogues(writeCompleteFolders());
    expect(catalogues.de.get('layout.site_name')).toBe('Vielfalt de');
    expect(catalogues.ar.get('shop.nav')).toBe('Shop ar');
    expect(check(writeCompleteFolders()).errorCount).toBe(0);
  });

  it('refuses a namespace that two folders define, even in one language only', () => {
    const folders = writeCompleteFolders();
    write('core', 'tr', 'shop', { nav: 'Dükkan' });
    expect(() => loadAllCatalogues(folders)).toThrow(/"shop" is defined in two folders/);
  });

  it("reports what a module's translation lacks or adds, wrong placeholders and unknown keys in code", () => {
    const folders = writeCompleteFolders();
    write('shop', 'pl', 'shop', { nav: 'Sklep', extra: 'Dodatkowy' });
    write('shop', 'uk', 'shop', { nav: 'Магазин', count: '{total, plural, one {# товар} other {# товарів}}' });
    const result = check(folders, [
      { key: 'shop.nav', file: 'src/modules/shop/x.tsx', line: 1 },
      { key: 'shop.missing', file: 'src/modules/shop/x.tsx', line: 2 },
    ]);
    expect(kinds(result).sort()).toEqual([
      'extra_in_locale',
      'missing_in_locale',
      'placeholder_mismatch',
      'unknown_key_in_code',
    ]);
    expect(result.problems.find((problem) => problem.kind === 'missing_in_locale')?.text).toBe(
      'pl shop.count: missing (German has it)',
    );
  });

  it('reports a namespace of a module that a language has no file for', () => {
    const folders = writeCompleteFolders();
    rmSync(join(root, 'shop', 'ru', 'shop.json'));
    expect(check(folders).problems.map((problem) => problem.text)).toEqual([
      'ru shop.nav: missing (German has it)',
      'ru shop.count: missing (German has it)',
    ]);
  });

  it('reports an invalid message in a module folder', () => {
    const folders = writeCompleteFolders();
    write('shop', 'en', 'shop', { nav: 'Shop {', count: '{count, plural, one {# item} other {# items}}' });
    expect(kinds(check(folders))).toEqual(['invalid_message']);
  });
});
