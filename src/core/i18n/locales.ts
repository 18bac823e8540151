/**
 * The language registry: every language the platform speaks, its script direction and
 * where a missing message falls back to. German is the source language.
 */
export interface LocaleInfo {
  code: LocaleCode;
  /** The language's own name, shown in the language switcher. */
  endonym: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 tag used for Intl number and date formatting. */
  intl: string;
  fallback: LocaleCode | null;
}

export const LOCALE_CODES = ['de', 'en', 'tr', 'ar', 'pl', 'ru', 'uk'] as const;
export type LocaleCode = (typeof LOCALE_CODES)[number];
export const DEFAULT_LOCALE: LocaleCode = 'de';

export const LOCALES: Record<LocaleCode, LocaleInfo> = {
  de: { code: 'de', endonym: 'Deutsch', dir: 'ltr', intl: 'de-DE', fallback: null },
  en: { code: 'en', endonym: 'English', dir: 'ltr', intl: 'en-GB', fallback: 'de' },
  tr: { code: 'tr', endonym: 'Türkçe', dir: 'ltr', intl: 'tr-TR', fallback: 'de' },
  ar: { code: 'ar', endonym: 'العربية', dir: 'rtl', intl: 'ar', fallback: 'de' },
  pl: { code: 'pl', endonym: 'Polski', dir: 'ltr', intl: 'pl-PL', fallback: 'de' },
  ru: { code: 'ru', endonym: 'Русский', dir: 'ltr', intl: 'ru-RU', fallback: 'de' },
  uk: { code: 'uk', endonym: 'Українська', dir: 'ltr', intl: 'uk-UA', fallback: 'de' },
};

export function isLocale(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}

/** Picks the best supported language from an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | undefined): LocaleCode {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { base: tag.toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0 };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality);
  return (ranked.find((entry) => isLocale(entry.base))?.base as LocaleCode | undefined) ?? DEFAULT_LOCALE;
}
