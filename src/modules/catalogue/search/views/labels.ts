import type { Translator } from '../../../../core/i18n/translator.js';
import type { FilterName } from '../schemas.js';

/** The label of one filter value, from the catalogue's shared taxonomy labels. */
export function filterValueLabel(t: Translator['t'], name: FilterName, value: string): string {
  switch (name) {
    case 'kind':
      return t(`catalogue.kinds.${value}`);
    case 'field':
      return t(`catalogue.fields_of_action.${value}`);
    case 'group':
      return t(`catalogue.target_groups.${value}`);
    case 'city':
      return t(`organisations.cities.${value}`);
    case 'lang':
      return t(`catalogue.languages.${value}`);
    case 'cost':
      return t(`catalogue.costs.${value}`);
    case 'format':
      return t(`catalogue.formats.${value}`);
  }
}
