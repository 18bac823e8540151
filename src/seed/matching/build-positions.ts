import { CITIES, type City, findOccupation, getRuhrCity } from '../../region/index.js';
import type {
  Certificate,
  LanguageSkill,
  PositionBenefit,
  PositionKind,
  PositionStatus,
} from '../../modules/matching/tables.js';
import { districtPlace } from '../catalogue/build-context.js';
import { daysFromNow, fill, isoDay, newId, pickPostcode, type MatchingContext } from './context.js';
import { CLOSINGS, OPENINGS, SITE_LABELS, TASKS, TITLE_PATTERNS } from './pools/positions.js';
import { demoPositionFacts } from './pools/position-facts.js';
import type { PositionOwner, PositionRow, SeedOccupation } from './types.js';
import type { SiteKind } from '../data/trades.js';
import { days, hours, minutes } from '../../core/time/durations.js';

/**
 * Positions of verified companies: mostly apprenticeships, with internships, school internships
 * and dual-study places (only in trades whose firms offer dual study); each in an occupation the
 * company's trade trains (data/trades.ts); most published with a deadline ahead, some drafts, some
 * closed after their deadline. Languages that are an advantage appear in about half of them.
 */
const KINDS: readonly (readonly [PositionKind, number])[] = [
  ['apprenticeship', 62],
  ['internship', 14],
  ['school_internship', 9],
  ['dual_study', 15],
];

const CERTIFICATES_BY_KIND: Readonly<Record<PositionKind, readonly (readonly [Certificate, number])[]>> = {
  apprenticeship: [
    ['none', 8],
    ['hauptschulabschluss', 35],
    ['msa', 45],
    ['fachhochschulreife', 6],
    ['abitur', 6],
  ],
  internship: [
    ['none', 60],
    ['hauptschulabschluss', 25],
    ['msa', 15],
  ],
  school_internship: [['none', 1]],
  dual_study: [
    ['fachhochschulreife', 40],
    ['abitur', 60],
  ],
};

/** Languages companies of the region name as an advantage (relative weights, demo choice). */
const ADVANTAGE_LANGUAGES: readonly (readonly [string, number])[] = [
  ['tr', 22],
  ['ar', 16],
  ['en', 18],
  ['pl', 8],
  ['ru', 8],
  ['uk', 8],
  ['ku', 4],
  ['fa', 3],
  ['ro', 3],
  ['bg', 3],
  ['el', 2],
  ['it', 2],
  ['bs', 2],
];
const ADVANTAGE_LEVELS: readonly (readonly [LanguageSkill['level'], number])[] = [
  ['A2', 10],
  ['B1', 35],
  ['B2', 35],
  ['C1', 15],
  ['C2', 5],
];

const BENEFITS: readonly (readonly [PositionBenefit, number])[] = [
  ['mentoring', 30],
  ['language_support', 25],
  ['flexible_hours', 20],
  ['transport_support', 15],
  ['part_time', 8],
  ['housing_support', 4],
];

export const POSITION_STATUS_WEIGHTS: readonly (readonly [PositionStatus, number])[] = [
  ['published', 84],
  ['draft', 7],
  ['closed', 9],
];

export interface PositionPin {
  owner: PositionOwner;
  status: PositionStatus;
  kind?: PositionKind;
  occupation?: SeedOccupation;
  languages?: LanguageSkill[];
  city?: City;
}

function pickLanguages(context: MatchingContext): LanguageSkill[] {
  const { random } = context;
  if (!random.chance(0.55)) return [];
  const count = random.chance(0.3) ? 2 : 1;
  const codes = new Set<string>();
  while (codes.size < count) codes.add(random.weighted(ADVANTAGE_LANGUAGES));
  return [...codes].map((code) => ({ code, level: random.weighted(ADVANTAGE_LEVELS) }));
}

function pickBenefits(context: MatchingContext): PositionBenefit[] {
  const { random } = context;
  const benefits = new Set<PositionBenefit>();
  const count = random.int(0, 3);
  while (benefits.size < count) benefits.add(random.weighted(BENEFITS));
  return [...benefits];
}

/** The next 1 August or 1 September at least `minDays` ahead: when apprenticeships start in NRW. */
function nextTrainingYear(context: MatchingContext, minDays: number): Date {
  const earliest = new Date(context.now + days(minDays));
  let year = earliest.getUTCFullYear();
  const month = context.random.chance(0.7) ? 7 : 8;
  if (Date.UTC(year, month, 1) < earliest.getTime()) year += 1;
  return new Date(Date.UTC(year, month, 1));
}

function startDate(context: MatchingContext, kind: PositionKind, status: PositionStatus): Date {
  const { random } = context;
  if (status === 'closed') return daysFromNow(context, -120, 60);
  if (kind === 'apprenticeship' || kind === 'dual_study') return nextTrainingYear(context, 45);
  return new Date(
    Date.UTC(new Date(context.now).getUTCFullYear(), new Date(context.now).getUTCMonth(), 1) +
      days(random.int(2, 8) * 30),
  );
}

/** Trades whose firms are often large enough to train many people at once. */
const LARGE_SITES: ReadonlySet<SiteKind> = new Set(['plant', 'site', 'care', 'hospitality']);

const KINDS_WITHOUT_DUAL_STUDY = KINDS.filter(([kind]) => kind !== 'dual_study');

/** An occupation the owner's trade trains, by the trade's weights. */
function tradeOccupation(context: MatchingContext, owner: PositionOwner): SeedOccupation {
  const id = context.random.weighted(owner.trade.occupations);
  const occupation = findOccupation(id);
  if (!occupation) throw new Error(`trade ${owner.trade.key} names unknown occupation ${id}`);
  return occupation;
}

export function buildPosition(context: MatchingContext, pin: PositionPin): PositionRow {
  const { random } = context;
  const { owner, status } = pin;
  const kind = pin.kind ?? random.weighted(owner.trade.dualStudy ? KINDS : KINDS_WITHOUT_DUAL_STUDY);
  const occupation = pin.occupation ?? tradeOccupation(context, owner);
  const city = pin.city ?? (random.chance(0.8) ? owner.city : random.pick(CITIES));
  const reference = getRuhrCity(city);
  const postcode = pickPostcode(random, city);
  const district = reference.postcodeDistricts[postcode];
  const place = district ? districtPlace(city, district) : reference.name;
  const values = { occupation: occupation.name, company: owner.name, city: reference.name, district: place };
  const title = fill(random.pick(TITLE_PATTERNS[kind]), values);
  const description = [
    fill(random.pick(OPENINGS[kind]), values),
    ...random.sample(TASKS, random.int(2, 3)).map((line) => fill(line, values)),
    fill(random.pick(CLOSINGS), values),
  ].join('\n\n');

  const startsOn = startDate(context, kind, status);
  const created =
    status === 'closed' ? new Date(startsOn.getTime() - days(random.int(90, 240))) : daysFromNow(context, -150, -3);
  const deadline =
    status === 'closed'
      ? new Date(Math.min(context.now - days(random.int(1, 30)), startsOn.getTime() - days(7)))
      : new Date(Math.min(startsOn.getTime() - days(7), context.now + days(random.int(14, 160))));
  const publishedAt =
    status === 'draft'
      ? null
      : new Date(Math.min(created.getTime() + days(random.int(0, 5)) + hours(1), context.now - days(1)));
  const closedAt =
    status === 'closed'
      ? new Date(Math.min(deadline.getTime() + days(1) + random.int(0, 3_600) * 1000, context.now - minutes(1)))
      : null;
  const updated = closedAt ?? publishedAt ?? created;
  const id = newId(context);
  return {
    id,
    organisation_id: owner.id,
    kind,
    occupation_id: occupation.id,
    title,
    description,
    city,
    postcode,
    address: random.chance(0.8)
      ? `${random.pick(SITE_LABELS[owner.trade.site])} ${owner.name}, ${postcode} ${reference.name}`
      : null,
    starts_on: isoDay(startsOn),
    places:
      kind === 'school_internship'
        ? random.int(1, 2)
        : kind === 'apprenticeship'
          ? random.weighted([
              [1, 45],
              [2, 30],
              [3, 15],
              [4, 6],
              [6, 4],
            ] as const)
          : random.int(1, 3),
    required_certificate: random.weighted(CERTIFICATES_BY_KIND[kind]),
    languages: pin.languages ?? pickLanguages(context),
    benefits: pickBenefits(context),
    deadline: isoDay(deadline),
    status,
    created_by: owner.adminId,
    published_at: publishedAt,
    created_at: created,
    updated_at: updated,
    closed_at: closedAt,
    // Pay per training year, hours, school, offers, contact person: pools/position-facts.ts.
    ...demoPositionFacts({ id, kind, occupationId: occupation.id, city, owner }),
  };
}

/** `count` positions spread over the owners, after the pinned ones. */
export function buildPositions(
  context: MatchingContext,
  owners: readonly PositionOwner[],
  count: number,
  pins: readonly PositionPin[],
): PositionRow[] {
  const rows = pins.map((pin) => buildPosition(context, pin));
  // Some companies train a lot: a few plants, depots and care services get many positions; practices,
  // shops and offices train one or two people at a time.
  const weighted = owners.map(
    (owner) =>
      [
        owner,
        context.random.weighted(
          LARGE_SITES.has(owner.trade.site)
            ? ([
                [1, 60],
                [3, 30],
                [8, 10],
              ] as const)
            : ([
                [1, 70],
                [3, 30],
              ] as const),
        ),
      ] as const,
  );
  while (rows.length < count) {
    rows.push(
      buildPosition(context, {
        owner: context.random.weighted(weighted),
        status: context.random.weighted(POSITION_STATUS_WEIGHTS),
      }),
    );
  }
  return rows;
}
