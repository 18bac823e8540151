import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { CORE_MESSAGES_DIR, loadAllCatalogues, type Catalogue } from './catalogue.js';
import { formatList, type ListKind } from './list-format.js';
import { LOCALES, type LocaleCode, type LocaleInfo } from './locales.js';
import { formatOpenAmountRange, formatOpenDateRange } from './range-format.js';
import { PLATFORM_TIME_ZONE } from '../time/calendar-day.js';

export type MessageValues = Record<string, PrimitiveType>;

export interface Translator {
  locale: LocaleInfo;
  // Function properties, not methods: pages destructure them (`const { t } = request.i18n`).
  t: (key: string, values?: MessageValues) => string;
  has: (key: string) => boolean;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** A date (and time, if the options ask) in German time unless the options name another zone. */
  formatDate: (value: Date, options?: Intl.DateTimeFormatOptions) => string;
  /** Joins values for reading in this language: "Essen, Bochum und Dortmund" (see list-format.ts). */
  list: (items: readonly string[], kind?: ListKind) => string;
  /**
   * From `start` to `end` for reading, in German time (see range-format.ts): "12.–14. März 2026",
   * one day shown once, an open end "ab 12. März 2026"; options as for formatDate (default `dateStyle: 'long'`).
   */
  dateRange: (start: Date | null, end: Date | null, options?: Intl.DateTimeFormatOptions) => string;
  /** Amounts from–to, whole euros unless options say otherwise: "5.000–50.000 €", "ab 5.000 €", "bis zu 50.000 €". */
  amountRange: (from: number | null, to: number | null, options?: Intl.NumberFormatOptions) => string;
}

let messageFolders: readonly string[] = [CORE_MESSAGES_DIR];
let catalogues: Record<LocaleCode, Catalogue> | undefined;
const compiled = new Map<string, IntlMessageFormat>();
const translators = new Map<LocaleCode, Translator>();

/**
 * The folders the translator reads its messages from: core's and those of every module, which
 * only the composition root (src/platform.ts) knows. Loaded on the first message asked for.
 */
export function useMessageFolders(folders: readonly string[]): void {
  if (folders.length === messageFolders.length && folders.every((folder, i) => folder === messageFolders[i])) return;
  messageFolders = [...folders];
  catalogues = undefined;
  compiled.clear();
}

function catalogueFor(code: LocaleCode): Catalogue {
  catalogues ??= loadAllCatalogues(messageFolders);
  return catalogues[code];
}

function lookup(code: LocaleCode, key: string): { code: LocaleCode; message: string } | undefined {
  let current: LocaleCode | null = code;
  while (current) {
    const message = catalogueFor(current).get(key);
    if (message !== undefined) return { code: current, message };
    current = LOCALES[current].fallback;
  }
  return undefined;
}

export class MissingMessageError extends Error {}

export function getTranslator(code: LocaleCode): Translator {
  const existing = translators.get(code);
  if (existing) return existing;
  const locale = LOCALES[code];
  // Formatters are costly to make (a page may format hundreds of dates): one per options, kept for the process.
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const translator: Translator = {
    locale,
    has: (key) => lookup(code, key) !== undefined,
    t(key, values) {
      const found = lookup(code, key);
      if (!found) throw new MissingMessageError(`No message "${key}" in ${code} or its fallbacks`);
      const cacheKey = `${found.code}\u0000${key}`;
      let format = compiled.get(cacheKey);
      if (!format) {
        format = new IntlMessageFormat(found.message, LOCALES[found.code].intl);
        compiled.set(cacheKey, format);
      }
      return String(format.format(values));
    },
    formatNumber(value, options) {
      const cacheKey = JSON.stringify(options ?? {});
      let format = numberFormats.get(cacheKey);
      if (!format) {
        format = new Intl.NumberFormat(locale.intl, options);
        numberFormats.set(cacheKey, format);
      }
      return format.format(value);
    },
    formatDate(value, options) {
      const cacheKey = JSON.stringify(options ?? null);
      let format = dateFormats.get(cacheKey);
      if (!format) {
        format = new Intl.DateTimeFormat(locale.intl, {
          timeZone: PLATFORM_TIME_ZONE,
          ...(options ?? { dateStyle: 'long' }),
        });
        dateFormats.set(cacheKey, format);
      }
      return format.format(value);
    },
    list: (items, kind) => formatList(locale.intl, items, kind),
    dateRange: (start, end, options) => formatOpenDateRange(locale.intl, translator.t, start, end, options),
    amountRange: (from, to, options) => formatOpenAmountRange(locale.intl, translator.t, from, to, options),
  };
  translators.set(code, translator);
  return translator;
}
