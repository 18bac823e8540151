/**
 * Contact data of the cooperation office that runs the platform. This is a demonstration
 * installation, so every value is fictional (.example domain, 555 numbers). Addresses as text
 * (street, city) live in the `legal` catalogue; what is data rather than prose lives here.
 */
export const OFFICE_CONTACT = {
  email: 'kontakt@vielfalt-ruhr.example',
  privacyEmail: 'datenschutz@vielfalt-ruhr.example',
  /** Receives every accessibility feedback; deliberately not a config value. */
  accessibilityEmail: 'barrierefreiheit@vielfalt-ruhr.example',
  phone: '0201 555-0100',
  phoneUri: 'tel:+492015550100',
  accessibilityPhone: '0201 555-0120',
  accessibilityPhoneUri: 'tel:+492015550120',
} as const;

/** When the accessibility statement was prepared and last reviewed (BITV 2.0 asks for both). */
export const ACCESSIBILITY_STATEMENT = {
  preparedOn: new Date('2026-11-25T12:00:00Z'),
  reviewedOn: new Date('2026-11-25T12:00:00Z'),
} as const;

/** Date shown as "Stand" under the imprint and the privacy notice. */
export const LEGAL_TEXTS_UPDATED_ON = new Date('2026-11-25T12:00:00Z');

/** How long accessibility feedback is kept before the retention job deletes it. */
export const FEEDBACK_RETENTION_YEARS = 2;
