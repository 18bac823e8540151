import { CITIES } from '../../../../region/index.js';
import { usePage } from '../../../../core/http/page-context.js';
import { COSTS, FIELDS_OF_ACTION, FORMATS, OFFER_LANGUAGES, PROJECT_STATUSES, TARGET_GROUPS } from '../../taxonomy.js';
import { KNOWLEDGE_TYPES } from '../schemas.js';

/** The choices of the entry form, labelled in the page's language. */
export function useEntryOptions() {
  const { t } = usePage();
  return {
    fields: FIELDS_OF_ACTION.map((value) => ({ value, label: t(`catalogue.fields_of_action.${value}`) })),
    groups: TARGET_GROUPS.map((value) => ({ value, label: t(`catalogue.target_groups.${value}`) })),
    cities: CITIES.map((value) => ({ value, label: t(`organisations.cities.${value}`) })),
    languages: OFFER_LANGUAGES.map((value) => ({ value, label: t(`catalogue.languages.${value}`) })),
    costs: COSTS.map((value) => ({ value, label: t(`catalogue.costs.${value}`) })),
    formats: FORMATS.map((value) => ({ value, label: t(`catalogue.formats.${value}`) })),
    statuses: PROJECT_STATUSES.map((value) => ({ value, label: t(`catalogue.project_statuses.${value}`) })),
    knowledge: KNOWLEDGE_TYPES.map((value) => ({ value, label: t(`catalogue_entries.knowledge_types.${value}`) })),
  };
}
