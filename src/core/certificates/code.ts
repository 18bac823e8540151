import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when read aloud or typed from paper. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A certificate's public verification code like "K7QM-2XRT-9HWA": 60 bits from a secure random source,
 * shared by every kind of certificate the platform issues, so one verification page reads them all.
 */
export function newCertificateCode(): string {
  const chars = Array.from({ length: 12 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** A code as somebody typed it: spaces around it dropped, letters in upper case. */
export function normaliseCertificateCode(code: string): string {
  return code.trim().toUpperCase();
}
