import { CITIES, type City } from '../../region/index.js';
import type { Certificate, LanguageSkill } from '../../modules/matching/tables.js';
import type { LocaleCode } from '../../core/i18n/locales.js';
import type { Gender } from '../data/people.js';
import { buildUser, type NewUserRow, type SeedContext } from '../factories.js';
import { slugify } from '../names.js';
import { daysFromNow, fill, isoDay, LANGUAGE_NAMES_DE, newId, pickPostcode, type MatchingContext } from './context.js';
import { BACKGROUNDS, namePoolFor, SCHOOL_LANGUAGES, SCHOOL_LEVELS, type Background } from './pools/backgrounds.js';
import { FOREIGN_CERTIFICATES, GERMAN_CERTIFICATES, RECOGNITION_STATUSES } from './pools/certificates.js';
import { EXPERIENCE_ABROAD, INTERCULTURAL, STRENGTHS, VOLUNTEERING } from './pools/potentials.js';
import type { IdentityRow, ProfileRow, SeedOccupation } from './types.js';
import { days } from '../../core/time/durations.js';

/**
 * Applicants with a profile: a user without organisation, the profile that companies see under a
 * pseudonym, and the identity stored apart. The name comes from the background's name pool; the
 * background decides the languages and is then forgotten. Nothing of the identity goes into the
 * profile: the pseudonym is drawn at random and the potentials come from phrase pools.
 */
export interface Applicant {
  user: NewUserRow;
  profile: ProfileRow;
  identity: IdentityRow;
}

const APPLICANT_MAIL_DOMAINS = ['mail.example', 'post.example', 'postfach.example', 'webmail.example'] as const;
const TRAVEL_KM: readonly (readonly [number, number])[] = [
  [5, 8],
  [10, 20],
  [15, 15],
  [20, 20],
  [25, 12],
  [30, 12],
  [40, 8],
  [50, 5],
];
const GENDERS: Readonly<Record<Gender, string>> = { f: 'female', m: 'male' };
const STATUS_ORDER = [
  'none',
  'hauptschulabschluss',
  'msa',
  'fachhochschulreife',
  'abitur',
] as const satisfies readonly Certificate[];

/** Profile pseudonyms: "Talent-4821", drawn at random, never derived from the person. */
export class PseudonymPool {
  private readonly used = new Set<string>();
  private readonly digits: number;
  constructor(expected: number) {
    this.digits = Math.max(4, Math.ceil(Math.log10(expected * 20)));
  }
  reserve(pseudonym: string): void {
    this.used.add(pseudonym);
  }
  draw(context: MatchingContext): string {
    const low = 10 ** (this.digits - 1);
    for (;;) {
      const pseudonym = `Talent-${context.random.int(low, low * 10 - 1)}`;
      if (!this.used.has(pseudonym)) {
        this.used.add(pseudonym);
        return pseudonym;
      }
    }
  }
}

function uniqueApplicantEmail(seed: SeedContext, firstName: string, lastName: string): string {
  const local = slugify(`${firstName}.${lastName}`, '.');
  const domain = seed.random.pick(APPLICANT_MAIL_DOMAINS);
  let email = `${local}@${domain}`;
  for (let n = 2; seed.usedEmails.has(email); n++) email = `${local}${n}@${domain}`;
  seed.usedEmails.add(email);
  return email;
}

export function pickLanguages(context: MatchingContext, background: Background): LanguageSkill[] {
  const { random } = context;
  const skills: LanguageSkill[] = [{ code: 'de', level: random.weighted(background.german) }];
  for (const heritage of background.heritage) {
    if (random.chance(heritage.chance)) skills.push({ code: heritage.code, level: random.weighted(heritage.levels) });
  }
  if (random.chance(0.85)) {
    const code = random.weighted(SCHOOL_LANGUAGES);
    if (!skills.some((skill) => skill.code === code)) skills.push({ code, level: random.weighted(SCHOOL_LEVELS) });
  }
  return skills;
}

function pickCertificate(
  context: MatchingContext,
  background: Background,
): Pick<ProfileRow, 'certificate' | 'foreign_certificate' | 'recognition_status'> {
  const { random } = context;
  const arrivedRecently = background.german.some(([level]) => level === 'A2');
  if (!random.chance(arrivedRecently ? 0.45 : 0.04))
    return { certificate: random.weighted(GERMAN_CERTIFICATES), foreign_certificate: null, recognition_status: null };
  const foreign = random.pick(FOREIGN_CERTIFICATES);
  const status = random.weighted(RECOGNITION_STATUSES);
  const rank = STATUS_ORDER.indexOf(foreign.equivalent);
  // Recognised: its NRW equivalent. Partially: one level below. Otherwise what was gained here, if anything.
  const certificate: Certificate =
    status === 'recognised'
      ? foreign.equivalent
      : status === 'partially_recognised'
        ? (STATUS_ORDER[Math.max(0, rank - 1)] ?? 'none')
        : random.chance(0.4)
          ? 'hauptschulabschluss'
          : 'none';
  return { certificate, foreign_certificate: foreign.text, recognition_status: status };
}

function neighbours(context: MatchingContext, city: City): City[] {
  const others = CITIES.filter((candidate) => candidate !== city);
  return [
    city,
    ...context.random.sample(
      others,
      context.random.weighted([
        [0, 35],
        [1, 35],
        [2, 20],
        [3, 10],
      ] as const),
    ),
  ];
}

export interface BuildApplicantOptions {
  seed: SeedContext;
  passwordHash: string;
  occupations: readonly SeedOccupation[];
  pseudonyms: PseudonymPool;
  /** For the fixed demo applicants: their user row exists already. */
  user?: NewUserRow;
  background?: Background;
  interests?: string[];
  city?: City;
}

export function buildApplicant(context: MatchingContext, options: BuildApplicantOptions): Applicant {
  const { random } = context;
  const background =
    options.background ?? random.weighted(BACKGROUNDS.map((candidate) => [candidate, candidate.weight] as const));
  const pool = namePoolFor(background);
  const gender: Gender = random.chance(0.5) ? 'f' : 'm';
  const firstName = random.pick(gender === 'f' ? pool.female : pool.male);
  const surname = random.pick(pool.surnames);
  const lastName = typeof surname === 'string' ? surname : gender === 'f' ? surname[1] : surname[0];
  const locale: LocaleCode =
    pool.locale && random.chance(0.3)
      ? pool.locale
      : random.weighted([
          ['de', 85],
          ['en', 10],
          ['tr', 5],
        ] as const);
  const user =
    options.user ??
    buildUser(
      options.seed,
      { organisation: null, passwordHash: options.passwordHash },
      {
        display_name: `${firstName} ${lastName}`,
        email: uniqueApplicantEmail(options.seed, firstName, lastName),
        locale,
      },
    );

  const languages = pickLanguages(context, background);
  const interestCount = random.weighted([
    [1, 35],
    [2, 45],
    [3, 20],
  ] as const);
  const interests =
    options.interests ?? random.sample(options.occupations, interestCount).map((occupation) => occupation.id);
  const interestNames = options.occupations
    .filter((occupation) => interests.includes(occupation.id))
    .map((occupation) => occupation.name);
  const otherLanguage = languages.find(
    (skill) => skill.code !== 'de' && skill.code !== 'en' && ['C2', 'C1', 'B2'].includes(skill.level),
  );
  const values = {
    language: LANGUAGE_NAMES_DE[otherLanguage?.code ?? 'en'] ?? 'Englisch',
    occupation: interestNames[0] ?? 'Ausbildung',
  };
  const arrivedRecently = background.german.some(([level]) => level === 'A2');
  const potentials: ProfileRow['potentials'] = {};
  if (random.chance(arrivedRecently ? 0.7 : 0.15)) potentials.experience_abroad = random.pick(EXPERIENCE_ABROAD);
  if (otherLanguage && random.chance(0.8)) potentials.intercultural = fill(random.pick(INTERCULTURAL), values);
  else if (random.chance(0.3))
    potentials.intercultural = fill(random.pick(INTERCULTURAL.filter((line) => !line.includes('{language}'))), values);
  if (random.chance(0.55)) potentials.volunteering = random.pick(VOLUNTEERING);
  const strengths = random.sample(
    otherLanguage ? STRENGTHS : STRENGTHS.filter((line) => !line.includes('{language}')),
    random.int(1, 2),
  );
  potentials.strengths = strengths.map((line) => fill(line, values)).join(' ');

  const city = options.city ?? random.pick(CITIES);
  const registered = user.created_at ? new Date(user.created_at).getTime() : context.now - days(300);
  const created = new Date(Math.max(registered, context.now - days(330)));
  // Most confirmed their profile within the last six months; a few are due to be asked again.
  const confirmed = random.chance(0.97) ? daysFromNow(context, -170, -1) : daysFromNow(context, -300, -185);
  const lastConfirmed = new Date(Math.max(confirmed.getTime(), created.getTime()));
  const profileId = newId(context);
  const age = random.weighted([
    [15, 8],
    [16, 14],
    [17, 16],
    [18, 16],
    [19, 13],
    [20, 10],
    [21, 8],
    [22, 6],
    [23, 4],
    [24, 3],
    [25, 2],
  ] as const);
  const birth = new Date(context.now - days(age * 365.25) - days(random.int(0, 364)));
  return {
    user,
    profile: {
      id: profileId,
      user_id: user.id,
      pseudonym: options.pseudonyms.draw(context),
      interests,
      ...pickCertificate(context, background),
      languages,
      potentials,
      postcode: pickPostcode(random, city),
      travel_km: random.weighted(TRAVEL_KM),
      available_from: isoDay(daysFromNow(context, -30, 240)),
      preferred_cities: neighbours(context, city),
      is_active: random.chance(0.96),
      last_confirmed_at: lastConfirmed,
      created_at: created,
      updated_at: lastConfirmed,
    },
    identity: {
      profile_id: profileId,
      full_name: user.display_name,
      birth_date: random.chance(0.9) ? isoDay(birth) : null,
      gender: random.chance(0.6) ? GENDERS[gender] : null,
      nationality: null,
      address: null,
      phone: null,
      contact_email: user.email,
      // Self-declared and optional; only ever counted in anonymous monitoring aggregates.
      self_declared_migration_history:
        background.key === 'german'
          ? random.chance(0.5)
            ? false
            : null
          : random.weighted([
              [true, 60],
              [null, 35],
              [false, 5],
            ] as const),
      updated_at: lastConfirmed,
    },
  };
}
