/**
 * Lists of values for people to read ("Essen, Bochum und Dortmund"), joined the way the language joins them:
 * German and English put "und"/"and" before the last item, Arabic repeats "و" before each item, Turkish
 * uses "ve". Machine output (JSON-LD, APIs, iCalendar, CSV) keeps its own fixed separators instead.
 *
 * - `conjunction` (the default) is for facts that all hold: the cities an offer serves, the benefits of a
 *   position, the languages someone speaks.
 * - `disjunction` is for alternatives of which any one is enough: "positions in Essen or Bochum" of a saved
 *   alert.
 *
 * Never the `unit` type or the `narrow` style: in Turkish, Russian and Ukrainian they separate items by a
 * bare space or drop the "and", which reads as one run of words, on screen and in a screen reader alike.
 */
export type ListKind = 'conjunction' | 'disjunction';

const formats = new Map<string, Intl.ListFormat>();

/** Joins `items` for the BCP 47 locale `intlLocale`; an empty list gives "" and one item gives the item. */
export function formatList(intlLocale: string, items: readonly string[], kind: ListKind = 'conjunction'): string {
  const cacheKey = `${intlLocale}\u0000${kind}`;
  let format = formats.get(cacheKey);
  if (!format) {
    format = new Intl.ListFormat(intlLocale, { type: kind, style: 'long' });
    formats.set(cacheKey, format);
  }
  return format.format(items);
}
