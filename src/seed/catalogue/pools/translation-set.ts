import type { TranslationLocale } from '../../../modules/catalogue/tables.js';

/** A German title and summary with their human-written translations (see translations.ts). */
export interface TranslatedText {
  title: string;
  summary: string;
}

export type TranslationSet = { de: TranslatedText } & Record<TranslationLocale, TranslatedText>;
