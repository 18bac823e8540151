/**
 * The catalogue's shared vocabulary. Fields of action follow the report's initiatives
 * (Abbildungen 4/5, see shared/mission/domain.md); labels live in the i18n namespace `catalogue`.
 */
export const FIELDS_OF_ACTION = [
  'communication',
  'education',
  'monitoring',
  'networking',
  'qualification',
  'advice_companies',
  'advice_municipalities',
  'apprenticeship_support',
  'apprenticeship_places',
] as const;
export type FieldOfAction = (typeof FIELDS_OF_ACTION)[number];

export const TARGET_GROUPS = ['smes', 'young_people', 'parents', 'schools', 'municipalities', 'trainers'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const PROJECT_STATUSES = ['idea', 'pilot', 'running', 'transferred', 'ended'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const COSTS = ['free', 'fee'] as const;
export const FORMATS = ['in_person', 'online', 'hybrid'] as const;

/** Languages an offer can be given in (ISO 639-1), beyond the platform's own seven. */
export const OFFER_LANGUAGES = [
  'de',
  'en',
  'tr',
  'ar',
  'pl',
  'ru',
  'uk',
  'ku',
  'fa',
  'it',
  'el',
  'ro',
  'bg',
  'sq',
  'bs',
  'fr',
  'es',
  'ti',
  'so',
  'vi',
] as const;
export type OfferLanguage = (typeof OFFER_LANGUAGES)[number];

/** An entry not updated for this long is flagged to its owner; it is hidden after the grace period. */
export const STALE_AFTER_MONTHS = 12;
export const STALE_GRACE_DAYS = 30;
