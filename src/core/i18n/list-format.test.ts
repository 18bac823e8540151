import { describe, expect, it } from 'vitest';
import { formatList } from './list-format.js';
import { LOCALE_CODES, LOCALES } from './locales.js';
import { getTranslator } from './translator.js';

const CITIES = ['Essen', 'Bochum', 'Dortmund'];

describe('formatList', () => {
  it('joins facts with the language’s own "and"', () => {
    expect(formatList('de-DE', CITIES)).toBe('Essen, Bochum und Dortmund');
    expect(formatList('en-GB', CITIES)).toBe('Essen, Bochum and Dortmund');
    expect(formatList('tr-TR', CITIES)).toBe('Essen, Bochum ve Dortmund');
    expect(formatList('pl-PL', CITIES)).toBe('Essen, Bochum i Dortmund');
    expect(formatList('ru-RU', CITIES)).toBe('Essen, Bochum и Dortmund');
    expect(formatList('uk-UA', CITIES)).toBe('Essen, Bochum і Dortmund');
  });

  it('joins Arabic with "و" before each further item and no Latin comma', () => {
    const cities = ['إيسن', 'بوخوم', 'دورتموند'];
    expect(formatList('ar', cities)).toBe('إيسن وبوخوم ودورتموند');
    expect(formatList('ar', cities)).not.toContain(',');
  });

  it('joins two items with "and" alone', () => {
    expect(formatList('de-DE', ['Deutsch', 'Türkisch'])).toBe('Deutsch und Türkisch');
    expect(formatList('tr-TR', ['Almanca', 'Türkçe'])).toBe('Almanca ve Türkçe');
  });

  it('joins alternatives with "or" when asked to', () => {
    expect(formatList('de-DE', CITIES, 'disjunction')).toBe('Essen, Bochum oder Dortmund');
    expect(formatList('en-GB', CITIES, 'disjunction')).toBe('Essen, Bochum or Dortmund');
    expect(formatList('ar', ['إيسن', 'بوخوم'], 'disjunction')).toBe('إيسن أو بوخوم');
  });

  it('gives "" for an empty list and the item itself for one item', () => {
    for (const code of LOCALE_CODES) {
      expect(formatList(LOCALES[code].intl, [])).toBe('');
      expect(formatList(LOCALES[code].intl, ['Essen'])).toBe('Essen');
    }
  });
});

describe('translator.list', () => {
  it('formats for the translator’s language', () => {
    expect(getTranslator('de').list(CITIES)).toBe('Essen, Bochum und Dortmund');
    expect(getTranslator('en').list(CITIES)).toBe('Essen, Bochum and Dortmund');
    expect(getTranslator('tr').list(CITIES, 'disjunction')).toBe('Essen, Bochum veya Dortmund');
    expect(getTranslator('ar').list(['إيسن', 'بوخوم'])).toBe('إيسن وبوخوم');
  });
});
