import { type City, POSTCODE_AREAS } from '../../region/index.js';
import { seededUuid } from '../catalogue/build-context.js';
import type { Random } from '../random.js';
import { days } from '../../core/time/durations.js';

/**
 * What every builder of the matching demo shares: the seeded generator, the moment all dates are
 * relative to, and ids drawn from the generator, so the same seed gives the same rows.
 */
export interface MatchingContext {
  random: Random;
  now: number;
}

export function newId(context: MatchingContext): string {
  return seededUuid(context.random);
}

/** A moment `fromDays`…`toDays` days from now (negative: in the past), at a random time of day. */
export function daysFromNow(context: MatchingContext, fromDays: number, toDays: number): Date {
  const { random, now } = context;
  return new Date(now + days(random.int(fromDays, toDays)) + random.int(0, 86_399) * 1000);
}

/** A moment between two others, never after `until`. */
export function between(context: MatchingContext, from: Date, until: Date): Date {
  const span = Math.max(0, until.getTime() - from.getTime());
  return new Date(from.getTime() + Math.floor(context.random.next() * span));
}

export function isoDay(date: Date | number): string {
  return new Date(date).toISOString().slice(0, 10);
}

/** Fills {slots} of a pool phrase. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

const POSTCODES_BY_CITY = new Map<City, string[]>();
for (const area of POSTCODE_AREAS) {
  const list = POSTCODES_BY_CITY.get(area.city) ?? [];
  list.push(area.postcode);
  POSTCODES_BY_CITY.set(area.city, list);
}

/** A postcode area of the city that the matching tables know (postcode_areas, migration 003). */
export function pickPostcode(random: Random, city: City): string {
  const postcodes = POSTCODES_BY_CITY.get(city);
  if (!postcodes || postcodes.length === 0) throw new Error(`No postcode areas for ${city}`);
  return random.pick(postcodes);
}

/** German names of the languages, for potentials texts ("Ich übersetze … auf Türkisch"). */
export const LANGUAGE_NAMES_DE: Readonly<Record<string, string>> = {
  de: 'Deutsch',
  en: 'Englisch',
  tr: 'Türkisch',
  ku: 'Kurdisch',
  ar: 'Arabisch',
  fr: 'Französisch',
  pl: 'Polnisch',
  ru: 'Russisch',
  uk: 'Ukrainisch',
  el: 'Griechisch',
  it: 'Italienisch',
  ro: 'Rumänisch',
  bg: 'Bulgarisch',
  bs: 'Bosnisch',
  fa: 'Persisch (Farsi)',
  es: 'Spanisch',
  vi: 'Vietnamesisch',
};
