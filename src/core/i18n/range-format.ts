/**
 * Ranges for people to read — an event's start and end, a period of validity, amounts "from – to" —
 * written the way the language writes them, by ICU's formatRange instead of two values around a fixed
 * " – ": German "12.–14. März 2026" and "Samstag, 14. März 2026, 10:00–16:30 Uhr" (the shared day once),
 * English "12 – 14 March 2026", Arabic "12–14 مارس 2026". Machine output (iCalendar, JSON-LD, APIs,
 * HSDS) keeps its own fixed formats instead.
 *
 * Only closed ranges are formatted here; a range open at one end ("ab 12. März 2026") needs words from the
 * catalogues and is put together by the translator (`dateRange`, `amountRange` in translator.ts).
 */

import { PLATFORM_TIME_ZONE } from '../time/calendar-day.js';

export const DEFAULT_DATE_RANGE: Intl.DateTimeFormatOptions = { dateStyle: 'long' };

/** Amounts of funding are whole euros. */
export const EURO_AMOUNT: Intl.NumberFormatOptions = { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 };

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Intl formatters are costly to build; one per language and options is kept. */
function cached<F>(cache: Map<string, F>, intlLocale: string, options: object, create: () => F): F {
  const cacheKey = `${intlLocale}\u0000${JSON.stringify(options)}`;
  let format = cache.get(cacheKey);
  if (!format) {
    format = create();
    cache.set(cacheKey, format);
  }
  return format;
}

function dateFormat(intlLocale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const withZone = { timeZone: PLATFORM_TIME_ZONE, ...options };
  return cached(dateFormats, intlLocale, withZone, () => new Intl.DateTimeFormat(intlLocale, withZone));
}

function numberFormat(intlLocale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, intlLocale, options, () => new Intl.NumberFormat(intlLocale, options));
}

/** One date alone, with the same options (and time zone) as a range of them. */
export function formatRangeEnd(
  intlLocale: string,
  value: Date,
  options: Intl.DateTimeFormatOptions = DEFAULT_DATE_RANGE,
): string {
  return dateFormat(intlLocale, options).format(value);
}

/**
 * From `start` to `end` in German time (PLATFORM_TIME_ZONE) unless `options` names another zone. What both
 * share is written once; when they fall on the same day (or the same minute, with a time) only one value is shown.
 */
export function formatDateRange(
  intlLocale: string,
  start: Date,
  end: Date,
  options: Intl.DateTimeFormatOptions = DEFAULT_DATE_RANGE,
): string {
  return dateFormat(intlLocale, options).formatRange(start, end);
}

/** One amount alone, with the same options as a range of them. */
export function formatAmount(
  intlLocale: string,
  value: number,
  options: Intl.NumberFormatOptions = EURO_AMOUNT,
): string {
  return numberFormat(intlLocale, options).format(value);
}

/**
 * From `from` to `to`, in euros unless `options` say otherwise: "5.000–50.000 €". Amounts that read the same
 * are shown once: ICU would write "≈5.000 €" for them, which reads as an estimate, not as the exact sum it is.
 */
export function formatAmountRange(
  intlLocale: string,
  from: number,
  to: number,
  options: Intl.NumberFormatOptions = EURO_AMOUNT,
): string {
  const format = numberFormat(intlLocale, options);
  const single = format.format(from);
  return single === format.format(to) ? single : format.formatRange(from, to);
}

/** The translator's t, for the words of a range open at one end. */
type Translate = (key: string, values: { value: string }) => string;

/**
 * A range that may be open at one end: "ab 12. März 2026", "bis 30. Juni 2026"; "" when both ends are
 * missing. A closed range goes to formatDateRange.
 */
export function formatOpenDateRange(
  intlLocale: string,
  t: Translate,
  start: Date | null,
  end: Date | null,
  options?: Intl.DateTimeFormatOptions,
): string {
  if (start && end) return formatDateRange(intlLocale, start, end, options);
  if (start) return t('range.date_from', { value: formatRangeEnd(intlLocale, start, options) });
  if (end) return t('range.date_until', { value: formatRangeEnd(intlLocale, end, options) });
  return '';
}

/** Amounts that may be open at one end: "ab 5.000 €", "bis zu 50.000 €"; "" when both are missing. */
export function formatOpenAmountRange(
  intlLocale: string,
  t: Translate,
  from: number | null,
  to: number | null,
  options?: Intl.NumberFormatOptions,
): string {
  if (from !== null && to !== null) return formatAmountRange(intlLocale, from, to, options);
  if (from !== null) return t('range.amount_from', { value: formatAmount(intlLocale, from, options) });
  if (to !== null) return t('range.amount_until', { value: formatAmount(intlLocale, to, options) });
  return '';
}
