/**
 * Languages an applicant can name in the qualifications part (ISO 639-1/-3 codes; names come
 * from the browser-independent Intl.DisplayNames in the reader's language). The list covers the
 * languages most spoken in the region's families and at school; levels are CEFR A1–C2 only (no
 * "mother tongue", decision 026), and bilingualism is a strength.
 */
export const LANGUAGE_CODES = [
  'de',
  'tr',
  'ar',
  'ku',
  'pl',
  'ru',
  'uk',
  'el',
  'it',
  'ro',
  'bg',
  'fa',
  'en',
  'fr',
  'es',
  'pt',
  'sq',
  'sr',
  'hr',
  'bs',
  'mk',
  'hu',
  'nl',
  'zh',
  'vi',
  'ur',
  'ps',
  'ti',
  'so',
  'am',
  'ta',
  'hi',
] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export { LANGUAGE_LEVELS, type LanguageLevel } from '../tables.js';

/** How many language rows the form offers (it works without JavaScript, so the rows are fixed). */
export const LANGUAGE_ROWS = 5;

/** One DisplayNames per page language for the process: making one costs more than naming a language with it. */
const displayNames = new Map<string, Intl.DisplayNames>();

export function languageName(code: string, locale: string): string {
  try {
    let names = displayNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale, 'de'], { type: 'language' });
      displayNames.set(locale, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
