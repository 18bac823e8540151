/**
 * Finds contact data in free text, so that before the reveal nothing in a message or in the
 * qualifications part lets a company reach or identify the applicant outside the procedure.
 * It errs on the side of holding back: the sender sees a notice and can rephrase.
 */
export type ContactDataKind = 'email' | 'phone' | 'url' | 'address' | 'name';

const EMAIL =
  /[\p{L}\p{N}._%+-]+\s*(?:@|\(at\)|\[at\]|\{at\}|\s(?:at|ät)\s)\s*[\p{L}\p{N}-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\s(?:dot|punkt)\s)\s*[\p{L}\p{N}-]+)*\s*(?:\.|\(dot\)|\[dot\]|\s(?:dot|punkt)\s)\s*\p{L}{2,}/iu;
const URL = /\b(?:https?:\/\/|www\.)\S+|\b[\p{L}\p{N}-]+\.(?:com|de|net|org|me|io|eu|info|app|ly)\/\S*/iu;
const SOCIAL =
  /\b(?:instagram|insta|facebook|linkedin|xing|tiktok|snapchat|telegram|whatsapp|signal|twitter|discord|threema|skype)\b|(?:^|\s)@[\p{L}\p{N}_.]{3,}/iu;
const PHONE_CANDIDATE = /(?:\+|\b00|\b0)\d[\d\s/().-]{4,}\d/g;
const DATE_LIKE = /^\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}$/;
const POSTCODE_CITY = /\b\d{5}\s+\p{Lu}\p{Ll}{2,}/u;
const STREET =
  /\b[\p{L}.-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee)\s+\d{1,4}\s?[a-z]?\b/iu;

function hasPhoneNumber(text: string): boolean {
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    const candidate = match[0].trim();
    const digits = candidate.replace(/\D/g, '');
    if (digits.length >= 7 && digits.length <= 15 && !DATE_LIKE.test(candidate)) return true;
  }
  return false;
}

/** Lower case without accents, and Turkish ı/İ folded to i, so "AYSE YILMAZ" still matches "Ayşe Yılmaz". */
function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i');
}

/** Parts of a name long enough to be telling ("Ayşe Yılmaz-Demir" → ayşe, yılmaz, demir). */
export function nameParts(fullName: string | null | undefined): string[] {
  if (!fullName) return [];
  return normalise(fullName)
    .split(/[\s-]+/)
    .filter((part) => part.length >= 3);
}

function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The kinds of contact data in the text (empty when it may pass); names are the applicant's own, if given. */
export function detectContactData(text: string, options: { names?: readonly string[] } = {}): ContactDataKind[] {
  const found: ContactDataKind[] = [];
  if (EMAIL.test(text)) found.push('email');
  if (hasPhoneNumber(text)) found.push('phone');
  if (URL.test(text) || SOCIAL.test(text)) found.push('url');
  if (POSTCODE_CITY.test(text) || STREET.test(text)) found.push('address');
  const lower = normalise(text);
  if ((options.names ?? []).some((part) => containsWord(lower, part))) found.push('name');
  return found;
}
