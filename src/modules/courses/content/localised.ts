import { LOCALE_CODES, type LocaleCode } from '../../../core/i18n/locales.js';

/** A text of the course in German and, where written, in the other six languages. */
export type LocalisedText = { de: string } & Partial<Record<Exclude<LocaleCode, 'de'>, string>>;

/** The shipped content is written in all seven languages (de, en, tr, ar, pl, ru, uk). */
export function l(de: string, en: string, tr: string, ar: string, pl: string, ru: string, uk: string): LocalisedText {
  return { de, en, tr, ar, pl, ru, uk };
}

/**
 * A text in the reader's language, or the German original when the office has not translated it (yet):
 * `lang` says which language the text is in, so the page marks a German fallback with `lang="de"`.
 */
export function pick(text: LocalisedText, lang: string): { text: string; lang: LocaleCode } {
  const translated = (LOCALE_CODES as readonly string[]).includes(lang) ? text[lang as LocaleCode] : undefined;
  return translated ? { text: translated, lang: lang as LocaleCode } : { text: text.de, lang: 'de' };
}
