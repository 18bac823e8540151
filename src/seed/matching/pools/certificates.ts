import type { Certificate, RecognitionStatus } from '../../../modules/matching/tables.js';

/**
 * Certificates of generated applicants. Foreign certificates are described without the country
 * that issued them: a company sees the profile before any reveal, and origin is not its business.
 * `equivalent` is the NRW certificate the recognition leads to, as the demo assumes it.
 */

/** School certificates of applicants who went to school here (relative weights). */
export const GERMAN_CERTIFICATES: readonly (readonly [Certificate, number])[] = [
  ['none', 4],
  ['hauptschulabschluss', 24],
  ['msa', 40],
  ['fachhochschulreife', 14],
  ['abitur', 18],
];

export interface ForeignCertificate {
  text: string;
  equivalent: Certificate;
}

export const FOREIGN_CERTIFICATES: readonly ForeignCertificate[] = [
  { text: 'Sekundarschulabschluss nach 9 Schuljahren, im Ausland erworben', equivalent: 'hauptschulabschluss' },
  { text: 'Abschluss der Mittelstufe nach 10 Schuljahren, im Ausland erworben', equivalent: 'msa' },
  { text: 'Abschlusszeugnis der Sekundarstufe II nach 11 Schuljahren, im Ausland erworben', equivalent: 'msa' },
  { text: 'Hochschulzugangsberechtigung nach 12 Schuljahren, im Ausland erworben', equivalent: 'fachhochschulreife' },
  { text: 'Allgemeine Hochschulreife nach 12 Schuljahren, im Ausland erworben', equivalent: 'abitur' },
  { text: 'Abschluss einer berufsbildenden Schule (Elektrotechnik), im Ausland erworben', equivalent: 'msa' },
  { text: 'Abschluss einer berufsbildenden Schule (Handel und Verwaltung), im Ausland erworben', equivalent: 'msa' },
];

export const RECOGNITION_STATUSES: readonly (readonly [RecognitionStatus, number])[] = [
  ['recognised', 40],
  ['partially_recognised', 15],
  ['in_progress', 30],
  ['not_started', 15],
];
