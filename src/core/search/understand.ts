import { RUHR_CITIES, type City } from '../../region/index.js';
import { SYNONYM_GROUPS } from './synonyms.js';

/**
 * Query understanding shared by every search of the platform: from what a person typed to the
 * terms to look for and the places to filter by. Pure (no database): the search modules turn the
 * terms into their own index's lexemes.
 *
 * - Words: letters and digits, joined by inner hyphens or apostrophes ("Kfz-Mechatroniker" is one
 *   word); everything else (quotes, operators, emoji) separates words.
 * - Places: a city of the region ("Essen", "Mülheim an der Ruhr"), a district ("Wattenscheid",
 *   "Rüttenscheid") or both joined ("Bochum-Wattenscheid"), with a preceding "in", "aus", "bei" …,
 *   become a place filter and leave the text.
 * - Synonyms: a word or run of words that is a term of a synonym group carries the group's other
 *   terms, so "Kfz" also finds "Kraftfahrzeug".
 */
export const QUERY_LIMITS = {
  /** Words of the query that take part in the search; the rest is ignored (and reported). */
  words: 32,
  /** A longer word is cut here. */
  wordChars: 60,
} as const;

export interface QueryTerm {
  /** The word or run of words as typed. */
  text: string;
  /** The other terms of its synonym groups, as written there. */
  synonyms: string[];
}

export interface PlaceFilter {
  city: City;
  /** The district when one was named ("Wattenscheid"), else null. */
  district: string | null;
  /** How the place reads in the filter: "Essen", "Bochum-Wattenscheid". */
  label: string;
  /** The query text without this place (and its preposition): the link that removes the filter. */
  textWithout: string;
}

export interface UnderstoodQuery {
  terms: QueryTerm[];
  places: PlaceFilter[];
  /** True when words beyond QUERY_LIMITS.words were left out. */
  isShortened: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** Words that introduce a place and go with it. */
const PLACE_PREPOSITIONS = new Set(['in', 'im', 'aus', 'bei', 'nahe', 'um', 'nach']);
/** District names too general to stand for a place on their own ("Süd" of Duisburg). */
const GENERAL_DISTRICT_WORDS = new Set(['mitte', 'nord', 'sud', 'ost', 'west']);

/** Case, accents and ß do not matter: "Mülheim", "MUELHEIM" and "mulheim" compare equal. */
export function normaliseWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, "'")
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');
}

export function splitWords(text: string): { words: string[]; isShortened: boolean } {
  const all = (text.match(WORD) ?? []).map((word) => word.slice(0, QUERY_LIMITS.wordChars));
  return { words: all.slice(0, QUERY_LIMITS.words), isShortened: all.length > QUERY_LIMITS.words };
}

interface KnownPlace {
  city: City;
  district: string | null;
  label: string;
  /** The normalised words of the name. */
  words: string[];
}

/** Names of the district: "Stadtbezirk IV (Borbeck)" → Borbeck; "Meiderich/Beeck" → Meiderich, Beeck. */
function districtNames(district: string): string[] {
  const inner = /\(([^)]*)\)/.exec(district)?.[1] ?? district;
  return inner
    .split('/')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

const KNOWN_PLACES: readonly KnownPlace[] = RUHR_CITIES.flatMap((city) => {
  const cityWords = (name: string) => splitWords(name).words.map(normaliseWord);
  const shortName = city.name.split(' ')[0] ?? city.name;
  const places: KnownPlace[] = [
    { city: city.code, district: null, label: shortName, words: cityWords(city.name) },
    { city: city.code, district: null, label: shortName, words: [normaliseWord(shortName)] },
  ];
  for (const district of city.districts)
    for (const name of districtNames(district)) {
      const words = cityWords(name);
      if (words.length === 1 && GENERAL_DISTRICT_WORDS.has(words[0] ?? '')) continue;
      places.push({ city: city.code, district: name, label: name, words });
    }
  // Longest names first, so "Mülheim an der Ruhr" wins over "Mülheim".
  return places;
}).sort((a, b) => b.words.length - a.words.length);

const CITY_BY_WORD = new Map(RUHR_CITIES.map((city) => [normaliseWord(city.name.split(' ')[0] ?? city.name), city]));

const startsWith = (words: readonly string[], at: number, name: readonly string[]) =>
  name.every((word, i) => words[at + i] === word);

/** The place named at position `at` of the normalised words, and how many words it spans. */
function placeAt(
  typed: readonly string[],
  words: readonly string[],
  at: number,
): { place: Omit<PlaceFilter, 'textWithout'>; length: number } | null {
  for (const known of KNOWN_PLACES)
    if (startsWith(words, at, known.words))
      return {
        place: { city: known.city, district: known.district, label: known.label },
        length: known.words.length,
      };
  // "Bochum-Wattenscheid", "Essen-Rüttenscheid": a city joined to one of its districts.
  const word = words[at] ?? '';
  const dash = word.indexOf('-');
  const city = dash > 0 ? CITY_BY_WORD.get(word.slice(0, dash)) : undefined;
  if (city) {
    const rest = word.slice(dash + 1);
    const district = KNOWN_PLACES.find(
      (known) => known.city === city.code && known.district !== null && known.words.join('-') === rest,
    );
    if (district)
      return { place: { city: city.code, district: district.district, label: typed[at] ?? word }, length: 1 };
  }
  return null;
}

interface SynonymTerm {
  words: string[];
  group: number;
}

const SYNONYM_TERMS: readonly SynonymTerm[] = SYNONYM_GROUPS.flatMap((group, index) =>
  group.map((term) => ({ words: splitWords(term).words.map(normaliseWord), group: index })),
).sort((a, b) => b.words.length - a.words.length);

/** The synonym terms starting at `at`: the longest run of words that is a term, and its groups. */
function synonymsAt(words: readonly string[], at: number): { length: number; groups: Set<number> } | null {
  let length = 0;
  const groups = new Set<number>();
  for (const term of SYNONYM_TERMS) {
    if (length > 0 && term.words.length < length) break;
    if (startsWith(words, at, term.words)) {
      length = term.words.length;
      groups.add(term.group);
    }
  }
  return length > 0 ? { length, groups } : null;
}

function synonymsOf(text: string, groups: ReadonlySet<number>): string[] {
  const own = normaliseWord(text);
  const found: string[] = [];
  for (const group of groups)
    for (const term of SYNONYM_GROUPS[group] ?? [])
      if (normaliseWord(term) !== own && !found.includes(term)) found.push(term);
  return found;
}

/** From search text to terms (with synonyms) and place filters. */
export function understandQuery(text: string): UnderstoodQuery {
  const { words: typed, isShortened } = splitWords(text);
  const words = typed.map(normaliseWord);
  /** Which typed words belong to which place (index into places), for the texts without a place. */
  const placeOf = new Array<number | null>(typed.length).fill(null);
  const places: Omit<PlaceFilter, 'textWithout'>[] = [];
  const terms: QueryTerm[] = [];
  let at = 0;
  while (at < typed.length) {
    const found = placeAt(typed, words, at);
    if (found) {
      const known = places.findIndex((p) => p.city === found.place.city && p.district === found.place.district);
      const index = known >= 0 ? known : places.push(found.place) - 1;
      for (let i = 0; i < found.length; i++) placeOf[at + i] = index;
      // The preposition before it ("in Essen") goes with the place, unless it is a term of its own.
      const before = at - 1;
      if (before >= 0 && placeOf[before] === null && PLACE_PREPOSITIONS.has(words[before] ?? '')) {
        placeOf[before] = index;
        if (terms.at(-1)?.text === typed[before]) terms.pop();
      }
      at += found.length;
      continue;
    }
    const synonyms = synonymsAt(words, at);
    const length = synonyms?.length ?? 1;
    const termText = typed.slice(at, at + length).join(' ');
    terms.push({ text: termText, synonyms: synonyms ? synonymsOf(termText, synonyms.groups) : [] });
    at += length;
  }
  // A preposition left alone at the end ("Praktikum in") is not a term.
  const remaining = terms.filter((term) => !PLACE_PREPOSITIONS.has(normaliseWord(term.text)) || places.length === 0);
  return {
    terms: remaining,
    places: places.map((place, index) => ({
      ...place,
      textWithout: typed.filter((_, i) => placeOf[i] !== index).join(' '),
    })),
    isShortened,
  };
}

/** The search text of terms (for links and for the position search's own text). */
export function termsText(terms: readonly QueryTerm[]): string {
  return terms.map((term) => term.text).join(' ');
}
