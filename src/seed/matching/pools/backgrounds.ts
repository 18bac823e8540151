import type { LanguageLevel } from '../../../modules/matching/tables.js';
import { NAME_POOLS, type NamePool } from '../../data/people.js';

/**
 * The language backgrounds of generated applicants: which name pool (src/seed/data/people.ts)
 * their fictional name comes from and which languages they speak besides German. The
 * background itself is never stored: it only keeps a generated person plausible (an applicant
 * named Yılmaz who speaks Turkish at home), and ranking never sees a name. The shares are demo
 * choices for a varied data set, not statistics about the region.
 */
/** A language of the family, with the chance that an applicant of this background speaks it. */
export interface HeritageLanguage {
  code: string;
  /** Chance that the applicant speaks it at all. */
  chance: number;
  /** Relative weights of the levels for those who speak it. */
  levels: readonly (readonly [LanguageLevel, number])[];
}

export interface Background {
  key: string;
  /** Relative share among generated applicants. */
  weight: number;
  /** The name pool of src/seed/data/people.ts, or the extra pool below. */
  namePool: string;
  heritage: readonly HeritageLanguage[];
  /** How well they speak German, relative weights on the CEFR scale (grew up here: mostly C2 or C1). */
  german: readonly (readonly [LanguageLevel, number])[];
}

const HOME: HeritageLanguage['levels'] = [
  ['C2', 70],
  ['C1', 15],
  ['B2', 10],
  ['B1', 5],
];
const SECOND_HOME: HeritageLanguage['levels'] = [
  ['B2', 30],
  ['B1', 35],
  ['A2', 25],
  ['C1', 10],
];
const GREW_UP_HERE: Background['german'] = [
  ['C2', 75],
  ['C1', 20],
  ['B2', 5],
];
const ARRIVED_RECENTLY: Background['german'] = [
  ['B1', 30],
  ['B2', 35],
  ['C1', 20],
  ['A2', 10],
  ['C2', 5],
];

export const BACKGROUNDS: readonly Background[] = [
  { key: 'german', weight: 30, namePool: 'german', heritage: [], german: [['C2', 1]] },
  {
    key: 'turkish',
    weight: 16,
    namePool: 'turkish',
    heritage: [{ code: 'tr', chance: 0.95, levels: HOME }],
    german: GREW_UP_HERE,
  },
  {
    key: 'kurdish',
    weight: 5,
    namePool: 'kurdish',
    heritage: [
      { code: 'ku', chance: 0.9, levels: HOME },
      { code: 'tr', chance: 0.5, levels: SECOND_HOME },
      { code: 'ar', chance: 0.25, levels: SECOND_HOME },
    ],
    german: GREW_UP_HERE,
  },
  {
    key: 'arabic',
    weight: 10,
    namePool: 'arabic',
    heritage: [
      { code: 'ar', chance: 0.97, levels: HOME },
      { code: 'fr', chance: 0.1, levels: SECOND_HOME },
    ],
    german: ARRIVED_RECENTLY,
  },
  {
    key: 'polish',
    weight: 7,
    namePool: 'polish',
    heritage: [{ code: 'pl', chance: 0.9, levels: HOME }],
    german: GREW_UP_HERE,
  },
  {
    key: 'russian-german',
    weight: 3,
    namePool: 'russian-german',
    heritage: [{ code: 'ru', chance: 0.85, levels: HOME }],
    german: GREW_UP_HERE,
  },
  {
    key: 'russian',
    weight: 3,
    namePool: 'russian',
    heritage: [{ code: 'ru', chance: 0.97, levels: HOME }],
    german: ARRIVED_RECENTLY,
  },
  {
    key: 'ukrainian',
    weight: 6,
    namePool: 'ukrainian',
    heritage: [
      { code: 'uk', chance: 0.97, levels: HOME },
      {
        code: 'ru',
        chance: 0.7,
        levels: [
          ['C2', 30],
          ['C1', 40],
          ['B2', 30],
        ],
      },
    ],
    german: ARRIVED_RECENTLY,
  },
  {
    key: 'greek',
    weight: 3,
    namePool: 'greek',
    heritage: [{ code: 'el', chance: 0.9, levels: HOME }],
    german: GREW_UP_HERE,
  },
  {
    key: 'italian',
    weight: 3,
    namePool: 'italian',
    heritage: [{ code: 'it', chance: 0.85, levels: HOME }],
    german: GREW_UP_HERE,
  },
  {
    key: 'romanian',
    weight: 3,
    namePool: 'romanian',
    heritage: [{ code: 'ro', chance: 0.95, levels: HOME }],
    german: ARRIVED_RECENTLY,
  },
  {
    key: 'bulgarian',
    weight: 2,
    namePool: 'bulgarian',
    heritage: [{ code: 'bg', chance: 0.95, levels: HOME }],
    german: ARRIVED_RECENTLY,
  },
  {
    key: 'balkan',
    weight: 3,
    namePool: 'balkan',
    heritage: [{ code: 'bs', chance: 0.85, levels: HOME }],
    german: GREW_UP_HERE,
  },
  {
    key: 'persian-afghan',
    weight: 3,
    namePool: 'persian-afghan',
    heritage: [{ code: 'fa', chance: 0.95, levels: HOME }],
    german: ARRIVED_RECENTLY,
  },
  {
    key: 'west-african',
    weight: 2,
    namePool: 'west-african',
    heritage: [
      {
        code: 'en',
        chance: 0.9,
        levels: [
          ['C2', 50],
          ['C1', 30],
          ['B2', 20],
        ],
      },
      { code: 'fr', chance: 0.3, levels: SECOND_HOME },
    ],
    german: ARRIVED_RECENTLY,
  },
  {
    key: 'vietnamese',
    weight: 1,
    namePool: 'vietnamese',
    heritage: [{ code: 'vi', chance: 0.9, levels: HOME }],
    german: GREW_UP_HERE,
  },
];

/** Languages learnt at school, with their relative weights and levels. */
export const SCHOOL_LANGUAGES: readonly (readonly [string, number])[] = [
  ['en', 80],
  ['fr', 10],
  ['es', 7],
  ['tr', 3],
];
export const SCHOOL_LEVELS: readonly (readonly [LanguageLevel, number])[] = [
  ['A2', 20],
  ['B1', 40],
  ['B2', 30],
  ['C1', 10],
];

/**
 * Bulgarian is not among the foundation's name pools; a small pool of common Bulgarian given
 * names and surnames (combined at random, so fictional) completes the language mix.
 */
export const EXTRA_NAME_POOLS: readonly NamePool[] = [
  {
    key: 'bulgarian',
    weight: 0,
    female: ['Maria', 'Desislava', 'Galina', 'Yana', 'Viktoria', 'Teodora', 'Radostina'],
    male: ['Ivan', 'Georgi', 'Dimitar', 'Nikolay', 'Stoyan', 'Kaloyan', 'Martin'],
    surnames: [
      ['Ivanov', 'Ivanova'],
      ['Georgiev', 'Georgieva'],
      ['Dimitrov', 'Dimitrova'],
      ['Petrov', 'Petrova'],
      ['Stoyanov', 'Stoyanova'],
      ['Todorov', 'Todorova'],
    ],
  },
];

export function namePoolFor(background: Background): NamePool {
  const pool = [...NAME_POOLS, ...EXTRA_NAME_POOLS].find((candidate) => candidate.key === background.namePool);
  if (!pool) throw new Error(`No name pool "${background.namePool}" for background "${background.key}"`);
  return pool;
}
