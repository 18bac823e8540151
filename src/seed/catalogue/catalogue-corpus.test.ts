import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS, TRANSLATION_LOCALES } from '../../modules/catalogue/tables.js';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { buildCatalogueCorpus, corpusCounts, generateCatalogueCorpus, insertCatalogueCorpus } from './corpus.js';
import { TRANSLATION_SETS } from './pools/translations.js';

const test = useTestPlatform();
const NOW = new Date('2026-06-15T10:00:00Z');

describe('catalogue corpus for benchmarks', () => {
  it('returns exactly the requested number of entries of every kind, the same for the same seed', () => {
    const entries = generateCatalogueCorpus({ count: 3000, seed: 'corpus', now: NOW });
    expect(entries).toHaveLength(3000);
    const kinds = new Set(entries.map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual([...ENTRY_KINDS].sort());
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(3000);
    const again = generateCatalogueCorpus({ count: 3000, seed: 'corpus', now: NOW });
    expect(again).toEqual(entries);
    const other = generateCatalogueCorpus({ count: 3000, seed: 'another', now: NOW });
    expect(other.map((entry) => entry.title)).not.toEqual(entries.map((entry) => entry.title));
    expect(entries.some((entry) => entry.translations.length > 0)).toBe(true);
    for (const count of [1, 7, 50_000]) {
      const split = corpusCounts(count);
      expect(split.organisations + Object.values(split.counts).reduce((sum: number, n: number) => sum + n, 0)).toBe(
        count,
      );
    }
  });

  it('inserts the same rows, with the same ids, into the database', async () => {
    const corpus = buildCatalogueCorpus({ count: 600, seed: 'insert', now: NOW });
    const result = await insertCatalogueCorpus(test.db, { count: 600, seed: 'insert', now: NOW });
    expect(result.entries).toBe(600);
    expect(result.organisations).toBe(corpus.organisations.length);
    const rows = await test.db.selectFrom('catalogue_entries').select(['id', 'title', 'search_vector']).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const entry of corpus.entries) expect(byId.get(entry.id)?.title).toBe(entry.title);
    expect(rows.every((row) => row.search_vector.length > 0)).toBe(true);
    const translations = await test.db
      .selectFrom('catalogue_translations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(translations.n)).toBe(corpus.entries.reduce((sum, entry) => sum + entry.translations.length, 0));
  });
});

describe('translation pool', () => {
  it('has a real translation for every language, in the right script', () => {
    const scripts: Record<(typeof TRANSLATION_LOCALES)[number], RegExp> = {
      en: /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}’]+$/u,
      tr: /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u,
      pl: /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u,
      ar: /\p{Script=Arabic}/u,
      ru: /\p{Script=Cyrillic}/u,
      uk: /\p{Script=Cyrillic}/u,
    };
    for (const set of TRANSLATION_SETS) {
      for (const locale of TRANSLATION_LOCALES) {
        const translated = set[locale];
        expect(translated.title, `${set.de.title} ${locale}`).not.toBe(set.de.title);
        expect(translated.summary, `${set.de.title} ${locale}`).not.toBe(set.de.summary);
        expect(`${translated.title} ${translated.summary}`, `${set.de.title} ${locale}`).toMatch(scripts[locale]);
      }
      // Ukrainian is not Russian: each Ukrainian text uses letters Russian does not have, and vice versa.
      expect(`${set.uk.title} ${set.uk.summary}`).toMatch(/[іїєґ']/u);
      expect(`${set.ru.title} ${set.ru.summary}`).toMatch(/[ыэъё]/u);
      expect(`${set.tr.title} ${set.tr.summary}`).toMatch(/[çğıöşüİ]/u);
      expect(`${set.pl.title} ${set.pl.summary}`).toMatch(/[ąćęłńóśźż]/u);
    }
  });
});
