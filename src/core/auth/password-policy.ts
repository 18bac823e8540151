import { readFileSync } from 'node:fs';

/**
 * What a new password must not be, after NIST SP 800-63B (5.1.1.2): no composition rules (any
 * characters, spaces and emoji welcome; the length limits live in core/limits.ts), but never a
 * password from a list of common and breached ones, never only repeated or sequential characters,
 * and never built from words of the context: the platform's name, the person's address or name.
 */
export type PasswordWeakness = 'common' | 'repetitive' | 'context';

/** The platform's own name and its spellings: the first words anyone guessing a password here tries. */
export const PLATFORM_WORDS: readonly string[] = ['vielfalt', 'ruhr', 'vielfaltruhr', 'ruhrgebiet'];

let commonPasswords: ReadonlySet<string> | undefined;
/** The shipped list (data/common-passwords.txt, licence beside it), read once on first use. */
function commonList(): ReadonlySet<string> {
  commonPasswords ??= new Set(
    readFileSync(new URL('data/common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.length > 0),
  );
  return commonPasswords;
}

/** Rows a person runs a finger along, in both keyboard layouts used here, and the alphabet. */
const SEQUENCES = [
  'abcdefghijklmnopqrstuvwxyz',
  '01234567890',
  'qwertzuiopü',
  'qwertyuiop',
  'asdfghjklöä',
  'asdfghjkl',
  'yxcvbnm',
  'zxcvbnm',
  '1qaz2wsx3edc4rfv5tgb6zhn7ujm8ik9ol0p',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
];

/** Lower case, compatibility forms folded (full-width letters), without spaces and punctuation. */
function letters(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The password is a common one, or one with a few digits or signs added or put in front ("passwort123"). */
function isCommon(password: string): boolean {
  const list = commonList();
  const whole = password.normalize('NFKC').toLowerCase();
  const core = letters(password);
  if (list.has(whole) || list.has(core)) return true;
  const stripped = core.replace(/^\d{1,4}/, '').replace(/\d{1,4}$/, '');
  return stripped.length >= 4 && list.has(stripped);
}

/** Only one or two different characters, a short unit repeated, or a run along the alphabet or keyboard. */
function isRepetitive(password: string): boolean {
  const core = letters(password);
  if (core.length === 0) return new Set(password).size <= 2;
  if (new Set(core).size <= 2) return true;
  if (/^(.{1,5})\1+.{0,4}$/u.test(core)) return true;
  return SEQUENCES.some((sequence) => sequence.includes(core) || [...sequence].reverse().join('').includes(core));
}

/** The parts of context words worth guessing: letters and digits runs of three or more. */
function contextParts(words: readonly string[]): string[] {
  const parts = new Set<string>();
  for (const word of words) {
    for (const piece of word
      .normalize('NFKC')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u))
      if (piece.length >= 3) parts.add(piece);
    const joined = letters(word.split('@')[0] ?? '');
    if (joined.length >= 3) parts.add(joined);
  }
  // Longest first, so "vielfaltruhr" goes before "vielfalt" and leaves nothing behind.
  return [...parts].sort((a, b) => b.length - a.length);
}

/** What is left of the password once every context word is taken out is too little to be a secret of its own. */
const CONTEXT_REMAINDER_MIN = 6;

function isFromContext(password: string, words: readonly string[]): boolean {
  const parts = contextParts(words);
  const core = letters(password);
  let rest = core;
  for (const part of parts) rest = rest.split(part).join('');
  return rest.length < core.length && rest.length < CONTEXT_REMAINDER_MIN;
}

/**
 * The first reason why a new password would be easy to guess, or null if there is none. `context` are the
 * words to keep out besides the platform's name: the person's e-mail address and name, when known.
 */
export function passwordWeakness(password: string, context: readonly string[] = []): PasswordWeakness | null {
  if (isCommon(password)) return 'common';
  if (isRepetitive(password)) return 'repetitive';
  if (isFromContext(password, [...PLATFORM_WORDS, ...context])) return 'context';
  return null;
}
