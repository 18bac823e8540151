import { OCCUPATIONS, type City } from '../../region/index.js';

/**
 * Which chamber is responsible for training, by occupation and city: reference data of the region, not demo
 * data. Sources, as known to the author when this was written (not fetched live; check against the chambers'
 * own pages before relying on it beyond this platform): the districts of the Industrie- und Handelskammern
 * and Handwerkskammern of North Rhine-Westphalia, and the medical and dental chambers' areas (Nordrhein for
 * the Regierungsbezirk Düsseldorf, Westfalen-Lippe for Arnsberg and Münster).
 *
 * What finally decides is the chamber the company itself belongs to: a craft business (in the Handwerksrolle)
 * trains even a commercial occupation under the Handwerkskammer. The result page says so.
 */
export const CHAMBER_KINDS = ['ihk', 'hwk', 'medical', 'dental'] as const;
export type ChamberKind = (typeof CHAMBER_KINDS)[number];

export interface Chamber {
  code: string;
  kind: ChamberKind;
  /** The chamber's name as it writes it (German, a proper name). */
  name: string;
  cities: readonly City[];
}

export const CHAMBERS: readonly Chamber[] = [
  { code: 'ihk-mittleres-ruhrgebiet', kind: 'ihk', name: 'IHK Mittleres Ruhrgebiet', cities: ['bochum'] },
  { code: 'ihk-dortmund', kind: 'ihk', name: 'IHK zu Dortmund', cities: ['dortmund'] },
  {
    code: 'niederrheinische-ihk',
    kind: 'ihk',
    name: 'Niederrheinische IHK Duisburg-Wesel-Kleve zu Duisburg',
    cities: ['duisburg'],
  },
  {
    code: 'ihk-essen',
    kind: 'ihk',
    name: 'IHK für Essen, Mülheim an der Ruhr, Oberhausen zu Essen',
    cities: ['essen', 'muelheim', 'oberhausen'],
  },
  { code: 'ihk-nord-westfalen', kind: 'ihk', name: 'IHK Nord Westfalen', cities: ['gelsenkirchen'] },
  { code: 'hwk-dortmund', kind: 'hwk', name: 'Handwerkskammer Dortmund', cities: ['bochum', 'dortmund'] },
  {
    code: 'hwk-duesseldorf',
    kind: 'hwk',
    name: 'Handwerkskammer Düsseldorf',
    cities: ['duisburg', 'essen', 'muelheim', 'oberhausen'],
  },
  { code: 'hwk-muenster', kind: 'hwk', name: 'Handwerkskammer Münster', cities: ['gelsenkirchen'] },
  {
    code: 'aekno',
    kind: 'medical',
    name: 'Ärztekammer Nordrhein',
    cities: ['duisburg', 'essen', 'muelheim', 'oberhausen'],
  },
  {
    code: 'aekwl',
    kind: 'medical',
    name: 'Ärztekammer Westfalen-Lippe',
    cities: ['bochum', 'dortmund', 'gelsenkirchen'],
  },
  {
    code: 'zaek-nordrhein',
    kind: 'dental',
    name: 'Zahnärztekammer Nordrhein',
    cities: ['duisburg', 'essen', 'muelheim', 'oberhausen'],
  },
  {
    code: 'zaek-westfalen-lippe',
    kind: 'dental',
    name: 'Zahnärztekammer Westfalen-Lippe',
    cities: ['bochum', 'dortmund', 'gelsenkirchen'],
  },
];

/**
 * Occupation → the kind of chamber that usually registers its training contracts. Only occupations the author
 * is sure of; any other occupation of the list gets the honest answer "ask" instead of a guess.
 */
const KIND_BY_OCCUPATION: Readonly<Record<string, ChamberKind>> = {
  // Crafts (Handwerksordnung)
  kraftfahrzeugmechatroniker: 'hwk',
  augenoptiker: 'hwk',
  friseur: 'hwk',
  elektroniker: 'hwk',
  'anlagenmechaniker-shk': 'hwk',
  baecker: 'hwk',
  konditor: 'hwk',
  fleischer: 'hwk',
  'fachverkaeufer-lebensmittelhandwerk': 'hwk',
  tischler: 'hwk',
  'maler-lackierer': 'hwk',
  dachdecker: 'hwk',
  hoerakustiker: 'hwk',
  zahntechniker: 'hwk',
  zweiradmechatroniker: 'hwk',
  'karosserie-fahrzeugbaumechaniker': 'hwk',
  schornsteinfeger: 'hwk',
  // Industry and trade (IHK)
  mechatroniker: 'ihk',
  'kaufmann-einzelhandel': 'ihk',
  industriekaufmann: 'ihk',
  fachinformatiker: 'ihk',
  'fachkraft-lagerlogistik': 'ihk',
  fachlagerist: 'ihk',
  verkaeufer: 'ihk',
  'kaufmann-gross-aussenhandel': 'ihk',
  industriemechaniker: 'ihk',
  'elektroniker-betriebstechnik': 'ihk',
  zerspanungsmechaniker: 'ihk',
  'kaufmann-spedition-logistik': 'ihk',
  'it-system-elektroniker': 'ihk',
  chemikant: 'ihk',
  hotelfachmann: 'ihk',
  koch: 'ihk',
  // Health practices: the medical and dental chambers
  'medizinischer-fachangestellter': 'medical',
  'zahnmedizinischer-fachangestellter': 'dental',
};

/** The occupations a company can check: every dual occupation (BBiG/HwO) of the region's list. */
export const CHECKABLE_OCCUPATIONS = OCCUPATIONS.filter((occupation) => occupation.regulation === 'bbig_hwo');

export function isCheckableOccupation(id: string): boolean {
  return CHECKABLE_OCCUPATIONS.some((occupation) => occupation.id === id);
}

export function chamberKindFor(occupationId: string): ChamberKind | null {
  return KIND_BY_OCCUPATION[occupationId] ?? null;
}

/** The chamber responsible for an occupation in a city, or null when the occupation's chamber is not known here. */
export function chamberFor(occupationId: string, city: City): Chamber | null {
  const kind = chamberKindFor(occupationId);
  if (!kind) return null;
  return CHAMBERS.find((chamber) => chamber.kind === kind && chamber.cities.includes(city)) ?? null;
}

export function findChamber(code: string): Chamber | undefined {
  return CHAMBERS.find((chamber) => chamber.code === code);
}
