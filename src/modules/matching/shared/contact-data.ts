/**
 * Finds contact data in free text, so that before the reveal nothing a company can read (a message,
 * the qualifications part of an application, the free texts of a profile on a candidate card) lets
 * it reach or identify the applicant outside the procedure.
 * It errs on the side of holding back: the sender sees a notice and can rephrase.
 */
import { boundedMemo } from './bounded-memo.js';

export type ContactDataKind = 'email' | 'phone' | 'url' | 'address' | 'name';

// "@" written out: (at) [at] {at} <at> (ät), or " at " / " ät " between words; "." likewise.
const AT = String.raw`(?:@|[(\[{<]\s*(?:at|ät|et)\s*[)\]}>]|\s(?:at|ät)\s)`;
const DOT = String.raw`(?:\.|[(\[{<]\s*(?:dot|punkt|\.)\s*[)\]}>]|\s(?:dot|punkt)\s)`;
const LABEL = String.raw`[\p{L}\p{N}-]+`;
const EMAIL = new RegExp(
  String.raw`[\p{L}\p{N}._%+-]+\s*${AT}\s*${LABEL}(?:\s*${DOT}\s*${LABEL})*\s*${DOT}\s*\p{L}{2,}`,
  'iu',
);
/** An address spread out letter by letter ("a y s e @ w e b . d e") reads as one once the spaces are gone. */
const EMAIL_COMPACT = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
/** "bei gmx", "meine gmail": naming a mail provider is as good as the address. */
const MAIL_PROVIDER =
  /(?<![\p{L}\p{N}])(?:gmail|googlemail|gmx|web\.de|t-online|outlook|hotmail|yahoo|icloud|freenet|posteo|protonmail|proton\.me|mail\.ru|yandex)(?![\p{L}\p{N}])/iu;
const URL = /\b(?:https?:\/\/|www\.)\S+|\b[\p{L}\p{N}-]+\.(?:com|de|net|org|me|io|eu|info|app|ly)\/\S*/iu;
const SOCIAL =
  /\b(?:instagram|insta|facebook|linkedin|xing|tiktok|snapchat|telegram|whatsapp|signal|twitter|discord|threema|skype)\b|(?:^|\s)@[\p{L}\p{N}_.]{3,}/iu;
/** A number that starts like a phone number (+, 00, 0), digits maybe spread out by spaces, slashes, dots or dashes. */
const PHONE_CANDIDATE = /(?:\+|(?<!\d)0)[\d\s/().-]{5,}\d/g;
const DATE_LIKE = /^\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}$/;
const RUHR_PLACES = String.raw`(?:bochum|dortmund|duisburg|essen|gelsenkirchen|mülheim|muelheim|oberhausen|herne|bottrop|gladbeck|marl|recklinghausen|witten|hattingen|moers)`;
/** "45127 Essen", also written in lower case for the region's towns ("45127 essen"). */
/** Five digits and a capitalised word, unless the word is a unit ("12000 Euro", "50000 Einwohner"). */
const POSTCODE_CITY =
  /\b\d{5}\s+(?!(?:Euro|Einwohner|Kilometer|Meter|Stunden|Minuten|Punkte|Schritte|Menschen|Mitglieder|Besucher|Stück|Dollar|Lira)(?![\p{L}]))\p{Lu}\p{Ll}{2,}/u;
const POSTCODE_RUHR_PLACE = new RegExp(String.raw`\b\d{5}\s+${RUHR_PLACES}(?![\p{L}])`, 'iu');
/** Where a house number ends an address: the end, a comma, "in"/"bei" a place, or a postcode. */
const ADDRESS_END = String.raw`\s?[a-z]?\s*(?:$|[,;)\n]|\s(?:in|bei)\s|\s\d{5})`;
/** "Altendorfer Straße 12", "Hauptstr.12", "Kastanienweg 3a". */
const STREET =
  /\b[\p{L}.-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee)\s*\d{1,4}\s?[a-z]?\b/iu;
/** Rarer street endings ("Im Uhlenkamp 4", "Am Stadtgarten 12, Essen") count only as the end of an address. */
const STREET_RARE = new RegExp(
  String.raw`\p{L}(?:str|kamp|pfad|stieg|steig|wall|graben|markt|hof|feld|berg|bruch|heide|garten|wiese)\s*\d{1,3}${ADDRESS_END}`,
  'iu',
);
/** "Am Kamp 5, Essen", "An der Ruhr 12 in Mülheim": a place word and a house number that ends the phrase. */
const STREET_WITH_PREPOSITION = new RegExp(
  String.raw`(?<![\p{L}])(?:[Aa]m|[Aa]n der|[Aa]n den|[Aa]uf der|[Aa]uf dem|[Ii]m|[Ii]n der|[Ii]n den|[Zz]um|[Zz]ur|[Uu]nter den|[Hh]inter der|[Vv]or dem)\s+\p{Lu}[\p{L}ß-]+\s+\d{1,3}${ADDRESS_END}`,
  'u',
);

/** Digit words, each with the digit it stands for ("+" for "plus"). */
const digitWords = (digits: Record<string, readonly string[]>): Record<string, string> =>
  Object.fromEntries(Object.entries(digits).flatMap(([digit, words]) => words.map((word) => [word, digit])));

/**
 * Digit words in the platform's languages: "null eins sieben sechs …", "sıfır beş …", "صفر خمسة …",
 * "zero jeden …", "ноль один …", "нуль пʼять …" are phone numbers too. With the spellings people type: Arabic
 * with and without hamza and with ه for ة, Polish without diacritics, Ukrainian with any apostrophe.
 */
const DIGIT_WORDS: Record<string, string> = {
  ...digitWords({
    '0': ['null', 'zero', 'sıfır', 'sifir', 'صفر', 'ноль', 'нуль'],
    '1': ['eins', 'one', 'bir', 'واحد', 'واحدة', 'واحده', 'jeden', 'jedna', 'jedno', 'один', 'одна', 'одно', 'одне'],
    '2': ['zwei', 'zwo', 'two', 'iki', 'اثنان', 'اثنين', 'إثنان', 'إثنين', 'اتنين', 'dwa', 'dwie', 'два', 'две', 'дві'],
    '3': ['drei', 'three', 'üç', 'ثلاثة', 'ثلاثه', 'ثلاث', 'تلاتة', 'تلاته', 'trzy', 'три'],
    '4': ['vier', 'four', 'dört', 'أربعة', 'اربعة', 'أربعه', 'اربعه', 'أربع', 'اربع', 'cztery', 'четыре', 'чотири'],
    '5': ['fünf', 'fuenf', 'five', 'beş', 'خمسة', 'خمسه', 'خمس', 'pięć', 'piec', 'пять', "п'ять", 'пʼять', 'п’ять'],
    '6': ['sechs', 'six', 'altı', 'ستة', 'سته', 'ست', 'sześć', 'szesc', 'шесть', 'шість'],
    '7': ['sieben', 'seven', 'yedi', 'سبعة', 'سبعه', 'سبع', 'siedem', 'семь', 'сім'],
    '8': [
      'acht',
      'eight',
      'sekiz',
      'ثمانية',
      'ثمانيه',
      'ثماني',
      'ثمان',
      'تمانية',
      'تمانيه',
      'osiem',
      'восемь',
      'вісім',
    ],
    '9': [
      'neun',
      'nine',
      'dokuz',
      'تسعة',
      'تسعه',
      'تسع',
      'dziewięć',
      'dziewiec',
      'девять',
      "дев'ять",
      'девʼять',
      'дев’ять',
    ],
    '+': ['plus', 'زائد', 'плюс'],
  }),
};
/** Arabic joins "and" (و) to the next word: "وسبعة" is "and seven". */
const DIGIT_WORD = new RegExp(
  String.raw`(?<![\p{L}])و?(?:${Object.keys(DIGIT_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\p{L}])`,
  'giu',
);

/**
 * The text with digit words as digits; a comma between two of them (Latin or Arabic) reads as a pause, as in
 * "صفر خمسة، ستة …", not as the end of the number.
 */
function spelledOutDigits(text: string): string {
  return text
    .replace(DIGIT_WORD, (word) => {
      const lower = word.toLowerCase();
      return DIGIT_WORDS[lower] ?? DIGIT_WORDS[lower.slice(1)] ?? word;
    })
    .replace(/(\d)\s*[,،]\s*(?=[\d+])/g, '$1 ');
}

/** The decimal value of any Unicode digit (Arabic-Indic ٠١٧, Devanagari …): digits come in runs of ten. */
function asciiDigit(digit: string): string {
  let zero = digit.codePointAt(0)!;
  while (zero > 0 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1)) && digit.codePointAt(0)! - zero < 9) zero -= 1;
  return String((digit.codePointAt(0)! - zero) % 10);
}

/**
 * The text as a reader would take it: full-width and other compatibility forms folded (＠ → @, ０ → 0),
 * digits of every script as 0–9, every dash as "-", and zero-width characters and soft hyphens removed.
 */
function canonical(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\uFE6B\u2AF8]/g, '@')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\p{Nd}/gu, (digit) => (/[0-9]/.test(digit) ? digit : asciiDigit(digit)));
}

function hasPhoneNumber(text: string): boolean {
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    const candidate = match[0].trim();
    const digits = candidate.replace(/\D/g, '');
    if (digits.length >= 7 && digits.length <= 15 && !DATE_LIKE.test(candidate)) return true;
  }
  return false;
}

function hasEmail(text: string): boolean {
  if (EMAIL.test(text) || MAIL_PROVIDER.test(text)) return true;
  return text.includes('@') && EMAIL_COMPACT.test(text.replace(/\s+/g, ''));
}

function hasAddress(text: string): boolean {
  return (
    POSTCODE_CITY.test(text) ||
    POSTCODE_RUHR_PLACE.test(text) ||
    STREET.test(text) ||
    STREET_RARE.test(text) ||
    STREET_WITH_PREPOSITION.test(text)
  );
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
export function detectContactData(raw: string, options: { names?: readonly string[] } = {}): ContactDataKind[] {
  const text = canonical(raw);
  const found: ContactDataKind[] = [];
  if (hasEmail(text)) found.push('email');
  if (hasPhoneNumber(text) || hasPhoneNumber(spelledOutDigits(text))) found.push('phone');
  if (URL.test(text) || SOCIAL.test(text)) found.push('url');
  if (hasAddress(text)) found.push('address');
  const lower = normalise(text);
  if ((options.names ?? []).some((part) => containsWord(lower, part))) found.push('name');
  return found;
}

/**
 * Whether a text holds contact data of any kind (no names given), remembered for the last few thousand texts:
 * a company's candidate page holds back the same profile texts on every request (decision 037).
 */
export const holdsContactData = boundedMemo((text: string) => detectContactData(text).length > 0, 5_000);
