import { CITIES, CITY_DISTRICT_KEYS, RUHR_CITIES, type City } from '../../region/index.js';

/**
 * The areas monitoring reports on: the seven cities, and North Rhine-Westphalia and the Ruhr region
 * as reference areas. Official statistics name an area by its name ("Essen, Stadt", "Essen,
 * kreisfreie Stadt") or by its official key: the five-digit Kreisschlüssel (05113) or the eight-digit
 * Amtlicher Gemeindeschlüssel (05113000). The Ruhr region (the area of the Regionalverband Ruhr) has
 * no official municipality key; it is recognised by its names only.
 */
export const REFERENCE_AREAS = ['nrw', 'ruhr'] as const;
export const AREAS = [...CITIES, ...REFERENCE_AREAS] as const;
export type Area = City | (typeof REFERENCE_AREAS)[number];

/** Kreisschlüssel of the seven cities (all kreisfreie Städte in NRW, Land key 05). */
export const AREA_KEYS: Readonly<Record<Area, string | null>> = { ...CITY_DISTRICT_KEYS, nrw: '05', ruhr: null };

const EXTRA_NAMES: Readonly<Record<Area, readonly string[]>> = {
  bochum: [],
  dortmund: [],
  duisburg: [],
  essen: [],
  gelsenkirchen: [],
  muelheim: ['Mülheim', 'Muelheim an der Ruhr', 'Mülheim a.d. Ruhr'],
  oberhausen: [],
  nrw: ['Nordrhein-Westfalen', 'NRW', 'Land Nordrhein-Westfalen'],
  ruhr: ['Ruhrgebiet', 'Metropole Ruhr', 'Regionalverband Ruhr', 'RVR', 'Ruhr'],
};

/** Lower case, umlauts kept, without the suffixes statistics add to a city name. */
function normaliseName(name: string): string {
  return name
    .toLocaleLowerCase('de-DE')
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/,?\s*(kreisfreie stadt|krfr\.? stadt|stadt|st\.)$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const BY_NAME = new Map<string, Area>();
for (const area of AREAS) {
  const city = RUHR_CITIES.find((candidate) => candidate.code === area);
  for (const name of [...(city ? [city.name] : []), ...EXTRA_NAMES[area]]) BY_NAME.set(normaliseName(name), area);
}
const BY_KEY = new Map<string, Area>();
for (const area of AREAS) {
  const key = AREA_KEYS[area];
  if (key) BY_KEY.set(key, area);
}

/**
 * The area an official table means by a cell: "05113", "05113000", "05113 Essen, Stadt", "Essen",
 * "Nordrhein-Westfalen". Null when it is none of the nine (another district, a typo).
 */
export function findArea(cell: string): Area | null {
  const text = cell.trim();
  const keyed = /^(\d{2,8})\b\s*(.*)$/u.exec(text);
  if (keyed) {
    const digits = keyed[1]!;
    const key = digits.length === 8 && digits.endsWith('000') ? digits.slice(0, 5) : digits;
    // A key decides alone: "05113 Essen" is Essen by its key, "05562 Recklinghausen" is none of ours.
    return BY_KEY.get(key) ?? null;
  }
  return BY_NAME.get(normaliseName(text)) ?? null;
}

export function isArea(value: string): value is Area {
  return (AREAS as readonly string[]).includes(value);
}
