/**
 * The shared kernel of matching: the input pieces and form fields that positions, profiles,
 * ranking and alerts all use (languages, postcodes, calendar days, checkbox groups, certificate
 * and language ranks, the contact-data hold-back). It imports no part of matching; reference data comes from src/region.
 */
export {
  LANGUAGE_CODES,
  LANGUAGE_ROWS,
  MAX_INTERESTS,
  checkboxes,
  collectLanguages,
  dayField,
  languageFormValues,
  languageRowsField,
  postcodeField,
} from './inputs.js';
export { detectContactData, holdsContactData, nameParts, type ContactDataKind } from './contact-data.js';
export { certificateRank, languageRanks, levelRank } from './ranks.js';
export { LanguageRows, useLabels } from './views/fields.js';
