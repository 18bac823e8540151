import type { Translator } from '../i18n/translator.js';

/** Longest display name a mail carries; longer names are cut with an ellipsis. */
export const MAIL_NAME_MAX_LENGTH = 40;

// Control and format characters (line breaks, bidirectional overrides, zero-width characters)
// could forge lines or reorder text in a mail; they become spaces.
const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu;

/**
 * A display name as a mail may carry it: on one line, without control or format characters, and
 * at most MAIL_NAME_MAX_LENGTH characters (whole characters, never half a surrogate pair). A
 * name is typed by whoever registered, so a mail never lets it stand for more than a name.
 */
export function mailDisplayName(name: string): string {
  const clean = name.replace(CONTROL_OR_FORMAT, ' ').replace(/\s+/g, ' ').trim();
  const characters = Array.from(clean);
  if (characters.length <= MAIL_NAME_MAX_LENGTH) return clean;
  return `${characters
    .slice(0, MAIL_NAME_MAX_LENGTH - 1)
    .join('')
    .trimEnd()}…`;
}

/**
 * A display name for a mail to someone else (an invitation): limited as above and in the
 * language's quotation marks, so it reads as a name and not as the platform's own words.
 */
export function quotedMailName(i18n: Pick<Translator, 't'>, name: string): string {
  return i18n.t('mail.quoted', { name: mailDisplayName(name) });
}
