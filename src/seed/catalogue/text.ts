import { type City, getRuhrCity } from '../../region/index.js';
import type { Random } from '../random.js';

/** Values a template may use, e.g. "Bewerbungstraining in {city}". */
export type TemplateVars = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` slots. A slot without a value is a bug in the pools, so it throws rather than
 * letting a curly brace reach a page.
 */
export function fillTemplate(template: string, vars: TemplateVars): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`template slot {${name}} has no value in "${template}"`);
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

const NUMBER_FORMAT = new Intl.NumberFormat('de-DE');

export function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}

/** "Türkisch, Arabisch und Deutsch". */
export function joinGerman(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} und ${items[items.length - 1] ?? ''}`;
}

export function cityName(city: City): string {
  return getRuhrCity(city).name;
}

/** German names of the languages an offer can be given in (the taxonomy's codes). */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  de: 'Deutsch',
  en: 'Englisch',
  tr: 'Türkisch',
  ar: 'Arabisch',
  pl: 'Polnisch',
  ru: 'Russisch',
  uk: 'Ukrainisch',
  ku: 'Kurdisch',
  fa: 'Persisch',
  it: 'Italienisch',
  el: 'Griechisch',
  ro: 'Rumänisch',
  bg: 'Bulgarisch',
  sq: 'Albanisch',
  bs: 'Bosnisch',
  fr: 'Französisch',
  es: 'Spanisch',
  ti: 'Tigrinya',
  so: 'Somali',
  vi: 'Vietnamesisch',
};

/** Languages besides German, weighted roughly by how often the region's offers use them. */
export const EXTRA_LANGUAGES: readonly (readonly [string, number])[] = [
  ['tr', 10],
  ['ar', 9],
  ['en', 9],
  ['uk', 7],
  ['ru', 6],
  ['pl', 5],
  ['ku', 3],
  ['fa', 3],
  ['ro', 3],
  ['bg', 2],
  ['el', 2],
  ['it', 2],
  ['sq', 2],
  ['bs', 1],
  ['fr', 2],
  ['es', 1],
  ['ti', 1],
  ['so', 1],
  ['vi', 1],
];

/** German plus up to `max` other languages, without repeats, German first. */
export function pickLanguages(random: Random, max: number): string[] {
  const languages = ['de'];
  const extra = random.int(0, max);
  for (let attempt = 0; languages.length < extra + 1 && attempt < 20; attempt++) {
    const language = random.weighted(EXTRA_LANGUAGES);
    if (!languages.includes(language)) languages.push(language);
  }
  return languages;
}

export function languageList(languages: readonly string[]): string {
  return joinGerman(languages.map((code) => LANGUAGE_NAMES[code] ?? code));
}

/** Markdown bullet list. */
export function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** A paragraph block of Markdown: blocks separated by blank lines. */
export function joinBlocks(blocks: readonly (string | null | undefined | false)[]): string {
  return blocks.filter((block): block is string => typeof block === 'string' && block.length > 0).join('\n\n');
}
