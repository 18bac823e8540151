import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for each other when read aloud or copied (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';

/**
 * Every application gets its own random pseudonym, never the profile's and never derived from
 * the person, so two applications of one person cannot be linked by the companies that get them.
 */
export function generateApplicationPseudonym(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `B-${code}`;
}
