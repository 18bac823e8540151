import type { Translator } from '../../../core/i18n/translator.js';
import { RUHR_CITIES } from '../../../region/index.js';

/** The cities an entry runs in, for reading ("Essen und Bochum"), or "the whole region" when none is named. */
export function cityNames(i18n: Translator, codes: readonly string[]): string {
  const names = RUHR_CITIES.filter((city) => codes.includes(city.code)).map((city) => city.name);
  return names.length === 0 ? i18n.t('catalogue_start.home.everywhere') : i18n.list(names);
}
