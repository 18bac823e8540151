/** The calendar day in the Ruhr at an instant: deadlines and session dates are Ruhr days. One helper for the platform. */
export { berlinDay } from '../../../core/i18n/time-zone.js';
