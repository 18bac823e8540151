import type { Translator } from '../../../core/i18n/translator.js';

/** What the events calendar and its feeds can be narrowed to: one city, one field of action, or both. */
export interface EventFilter {
  city: string | null;
  field: string | null;
}

/**
 * A name for a filtered list of events, from a family of messages: `<key>`, `<key>_city`, `<key>_field` and
 * `<key>_city_field` (the page's title, the feed's name), given the city's and the field's names.
 */
export function eventFilterText(i18n: Pick<Translator, 't'>, key: string, filter: EventFilter): string {
  const { t } = i18n;
  const suffix = `${filter.city ? '_city' : ''}${filter.field ? '_field' : ''}`;
  return t(`${key}${suffix}`, {
    city: filter.city ? t(`organisations.cities.${filter.city}`) : '',
    field: filter.field ? t(`catalogue.fields_of_action.${filter.field}`) : '',
  });
}
