import { describe, expect, it } from 'vitest';
import { LOCALE_CODES, LOCALES } from './locales.js';
import { formatAmountRange, formatDateRange } from './range-format.js';
import { getTranslator } from './translator.js';

// Calendar days as the pages pass them: noon UTC, the same day in Europe/Berlin.
const day = (value: string) => new Date(`${value}T12:00:00Z`);
const EVENT = { dateStyle: 'full', timeStyle: 'short' } as const;
// ICU's spacing, spelled out: a thin space around a dash between longer parts, a no-break space before
// the currency sign and as the Polish thousands separator, a narrow no-break space before "г."/"р.".
const THIN = '\u2009';
const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatDateRange', () => {
  it('writes the shared month and year once, in the language’s own way', () => {
    expect(formatDateRange('de-DE', day('2026-03-12'), day('2026-03-14'))).toBe('12.–14. März 2026');
    expect(formatDateRange('en-GB', day('2026-03-12'), day('2026-03-14'))).toBe(`12${THIN}–${THIN}14 March 2026`);
    expect(formatDateRange('tr-TR', day('2026-03-12'), day('2026-03-14'))).toBe('12–14 Mart 2026');
    expect(formatDateRange('pl-PL', day('2026-03-12'), day('2026-03-14'))).toBe('12–14 marca 2026');
    expect(formatDateRange('ru-RU', day('2026-03-12'), day('2026-03-14'))).toBe(`12–14 марта 2026${NNBSP}г.`);
    expect(formatDateRange('uk-UA', day('2026-03-12'), day('2026-03-14'))).toBe(`12–14 березня 2026${NNBSP}р.`);
    expect(formatDateRange('de-DE', day('2026-03-12'), day('2027-01-02'))).toBe(
      `12. März 2026${THIN}–${THIN}2. Januar 2027`,
    );
  });

  it('writes Arabic ranges with Arabic month names', () => {
    expect(formatDateRange('ar', day('2026-03-12'), day('2026-03-14'))).toBe('12–14 مارس 2026');
    expect(formatDateRange('ar', day('2026-03-12'), day('2026-05-02'))).toBe('12 مارس – 2 مايو 2026');
  });

  it('shows a range within one day as that day once', () => {
    for (const code of LOCALE_CODES) {
      const intl = LOCALES[code].intl;
      expect(formatDateRange(intl, day('2026-03-12'), day('2026-03-12'))).toBe(
        new Intl.DateTimeFormat(intl, { dateStyle: 'long' }).format(day('2026-03-12')),
      );
    }
  });

  it('shows an event on one day with its date once and both times in Ruhr local time', () => {
    // 09:00 and 15:30 UTC are 10:00 and 16:30 in Berlin in March (CET).
    const start = new Date('2026-03-14T09:00:00Z');
    const end = new Date('2026-03-14T15:30:00Z');
    expect(formatDateRange('de-DE', start, end, EVENT)).toBe('Samstag, 14. März 2026, 10:00–16:30 Uhr');
    expect(formatDateRange('en-GB', start, end, EVENT)).toBe('Saturday, 14 March 2026, 10:00–16:30');
    expect(formatDateRange('ar', start, end, EVENT)).toBe(`السبت، 14 مارس 2026، 10:00 ص${THIN}–${THIN}4:30 م`);
    expect(formatDateRange('de-DE', start, new Date('2026-03-15T15:30:00Z'), EVENT)).toBe(
      `Samstag, 14. März 2026 um 10:00${THIN}–${THIN}Sonntag, 15. März 2026 um 16:30`,
    );
  });

  it('counts days in Europe/Berlin, not in UTC', () => {
    // 23:30 UTC on 31 May is 01:30 on 1 June in Berlin (CEST): both ends are on 1 June there.
    expect(formatDateRange('de-DE', new Date('2026-05-31T23:30:00Z'), new Date('2026-06-01T08:00:00Z'))).toBe(
      '1. Juni 2026',
    );
  });
});

describe('formatAmountRange', () => {
  it('writes amounts from – to as whole euros in each language', () => {
    expect(formatAmountRange('de-DE', 5000, 50000)).toBe(`5.000–50.000${NBSP}€`);
    expect(formatAmountRange('en-GB', 5000, 50000)).toBe('€5,000 – €50,000');
    expect(formatAmountRange('pl-PL', 5000, 50000)).toBe(`5000–50${NBSP}000${NBSP}€`);
    // Arabic starts the amount with a right-to-left mark, so the euro sign stays at its end in a right-to-left line.
    expect(formatAmountRange('ar', 5000, 50000)).toBe(`\u200f5,000–50,000${NBSP}€`);
  });

  it('shows equal amounts once and without ICU’s sign for "about"', () => {
    for (const code of LOCALE_CODES) {
      const shown = formatAmountRange(LOCALES[code].intl, 5000, 5000);
      expect(shown).not.toMatch(/[~≈]/);
      expect(shown).toBe(
        new Intl.NumberFormat(LOCALES[code].intl, {
          style: 'currency',
          currency: 'EUR',
          maximumFractionDigits: 0,
        }).format(5000),
      );
    }
  });
});

describe('translator ranges', () => {
  it('formats closed ranges for the translator’s language', () => {
    expect(getTranslator('de').dateRange(day('2026-03-12'), day('2026-03-14'))).toBe('12.–14. März 2026');
    expect(getTranslator('ar').dateRange(day('2026-03-12'), day('2026-03-14'))).toBe('12–14 مارس 2026');
    expect(getTranslator('de').amountRange(5000, 50000)).toBe(`5.000–50.000${NBSP}€`);
  });

  it('words a range open at one end from the catalogues', () => {
    const de = getTranslator('de');
    expect(de.dateRange(day('2026-03-12'), null)).toBe('ab 12. März 2026');
    expect(de.dateRange(null, day('2026-06-30'))).toBe('bis 30. Juni 2026');
    expect(de.amountRange(5000, null)).toBe(`ab 5.000${NBSP}€`);
    expect(de.amountRange(null, 50000)).toBe(`bis zu 50.000${NBSP}€`);
    expect(getTranslator('en').dateRange(null, day('2026-06-30'))).toBe('until 30 June 2026');
    expect(getTranslator('ar').dateRange(day('2026-03-12'), null)).toBe('اعتبارًا من 12 مارس 2026');
    expect(getTranslator('pl').amountRange(null, 50000)).toBe(`do 50${NBSP}000${NBSP}€`);
  });

  it('gives "" when both ends are missing', () => {
    for (const code of LOCALE_CODES) {
      expect(getTranslator(code).dateRange(null, null)).toBe('');
      expect(getTranslator(code).amountRange(null, null)).toBe('');
    }
  });
});
