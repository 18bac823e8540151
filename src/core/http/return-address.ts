import { isLocale } from '../i18n/locales.js';

/** Longer return addresses are refused; no page of this site needs one. */
const MAX_RETURN_PATH = 1000;
/** What a path and query of this site are made of (already percent-encoded, no fragment). */
const PATH_CHARACTERS = /^[A-Za-z0-9/_?=&%.,:;~+*@!$'()-]*$/;

/** Decodes percent-encoding until nothing changes (at most a few rounds); null when it does not decode. */
function fullyDecoded(value: string): string | null {
  let current = value;
  for (let round = 0; round < 4; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

/**
 * A return address ("where the person was going") is accepted only when it is a page of this
 * site: it starts with a language prefix ("/de/"), holds only path and query characters, and
 * neither it nor any decoding of it contains a backslash, a control character or a second slash
 * that a browser could read as another host ("//host", "/\host", "https://…", "%2F%2Fhost").
 * Anything else is refused (null), and the caller falls back to its default page.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_RETURN_PATH) return null;
  if (!PATH_CHARACTERS.test(value)) return null;
  const decoded = fullyDecoded(value);
  if (decoded === null) return null;
  for (const form of [value, decoded]) {
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\\]/.test(form)) return null;
    if (form.startsWith('//') || /^\/[^/]*:/.test(form)) return null;
    const match = /^\/([a-z]{2})(?:\/|$)/.exec(form);
    if (!match || !isLocale(match[1])) return null;
    if (form.slice(3).startsWith('//')) return null;
  }
  return value;
}

/** The sign-in page that comes back to `returnPath` (a path with its language prefix) afterwards. */
export function signInHref(lang: string, returnPath: string): string {
  return withReturnPath(`/${lang}/anmelden`, returnPath);
}

/** A link to an account page (sign-in, registration) that keeps a return address, if there is a safe one. */
export function withReturnPath(path: string, returnPath: string | null): string {
  return returnPath ? `${path}?next=${encodeURIComponent(returnPath)}` : path;
}
