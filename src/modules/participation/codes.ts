import { randomInt } from 'node:crypto';

/**
 * One-time participant codes: ten characters from 31 that cannot be mistaken for each other on a phone
 * (no I, L, O, 0, 1), drawn from the system's secure random source — about 50 bits, and joining is rate-limited,
 * so guessing is hopeless. Only a code's hash is stored; it is shown once, to the coordinator who prints it.
 */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 10;

export function generateCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** As shown and printed: two groups of five ("K7MZP-4QRWA"). */
export function formatCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What a person typed, the way it was generated: upper case, without spaces or dashes. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export const CODE_PATTERN = new RegExp(`^[${ALPHABET}]{${LENGTH}}$`);
