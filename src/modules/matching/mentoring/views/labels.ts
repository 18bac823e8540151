import type { Translator } from '../../../../core/i18n/translator.js';
import { CITIES } from '../../../../region/index.js';
import { COMPANY_FOCUS, MENTORING_LANGUAGES, PERSON_FOCUS } from '../schemas.js';

type T = Translator['t'];

export const focusLabel = (t: T, focus: string): string => t(`matching_mentoring.focus.${focus}`);
export const languageLabel = (t: T, code: string): string => t(`matching_mentoring.languages.${code}`);
export const cityLabel = (t: T, city: string): string => t(`organisations.cities.${city}`);

export const personFocusOptions = (t: T) => PERSON_FOCUS.map((value) => ({ value, label: focusLabel(t, value) }));
export const companyFocusOptions = (t: T) => COMPANY_FOCUS.map((value) => ({ value, label: focusLabel(t, value) }));
export const languageOptions = (t: T) =>
  MENTORING_LANGUAGES.map((value) => ({ value, label: languageLabel(t, value) }));
export const cityOptions = (t: T) => CITIES.map((value) => ({ value, label: cityLabel(t, value) }));

/** "Türkisch und Deutsch" in the page's language, or the given word for none. */
export function listLabel(
  i18n: Translator,
  values: readonly string[],
  label: (value: string) => string,
  none: string,
): string {
  return values.length === 0 ? none : i18n.list(values.map(label));
}
