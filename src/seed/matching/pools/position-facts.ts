import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { findOccupation, getRuhrCity, type City, type OccupationField } from '../../../region/index.js';
import type { PositionKind } from '../../../modules/matching/tables.js';
import { generatePersonName, organisationDomain } from '../../names.js';
import { createRandom, type Random } from '../../random.js';
import type { PositionOwner } from '../types.js';

/**
 * Demo values for what a position tells (pay per training year, hours, vocational school, offers,
 * contact person) and demo company profiles. FICTIONAL: the pay tables are rounded values in the
 * order of the trades' collective agreements in NRW as publicly reported (industry above crafts,
 * construction rising steeply, public service and care high), not copied from any agreement; the
 * vocational schools are invented names; phone numbers lie in the Bundesnetzagentur's range for
 * film and television (030 23125 xxx); e-mail addresses use .example domains.
 *
 * Each position draws from its own random stream (seeded by its id), so adding these facts does
 * not shift any other demo value.
 */

/** Monthly pay per training year in euros, by trade (rounded, fictional, NRW order of magnitude). */
const PAY_BY_TRADE: Readonly<Record<string, readonly number[]>> = {
  metal_industry: [1160, 1220, 1300, 1370],
  electrical_crafts: [880, 950, 1040, 1100],
  shk_crafts: [850, 910, 990, 1060],
  automotive_crafts: [990, 1040, 1130, 1190],
  construction: [1080, 1330, 1580],
  finishing_crafts: [860, 930, 1040],
  retail: [1120, 1220, 1360],
  wholesale: [1130, 1210, 1330],
  banking_insurance: [1250, 1310, 1380],
  public_service: [1290, 1340, 1390, 1450],
  care: [1420, 1480, 1580],
  practice_assistants: [1000, 1080, 1170],
  hospitality: [1000, 1100, 1200],
  food_crafts: [900, 1000, 1150],
  hair_beauty: [750, 850, 950],
  chemistry: [1250, 1330, 1410, 1490],
  logistics: [1050, 1130, 1230],
  it_media: [1000, 1080, 1160, 1220],
  green: [1000, 1100, 1200],
  social: [1490, 1550, 1650],
};

/** Weekly hours usual in the trade (integers; rounded where the agreement has halves). */
const HOURS_BY_TRADE: Readonly<Record<string, number>> = {
  metal_industry: 35,
  electrical_crafts: 39,
  shk_crafts: 39,
  automotive_crafts: 36,
  construction: 40,
  finishing_crafts: 39,
  retail: 37,
  wholesale: 38,
  banking_insurance: 39,
  public_service: 39,
  care: 39,
  practice_assistants: 38,
  hospitality: 39,
  food_crafts: 39,
  hair_beauty: 38,
  chemistry: 37,
  logistics: 39,
  it_media: 38,
  green: 39,
  social: 39,
};

const TRADE_BY_OCCUPATION: Readonly<Record<string, string>> = {
  elektroniker: 'electrical_crafts',
  'anlagenmechaniker-shk': 'shk_crafts',
  'mechatroniker-kaeltetechnik': 'shk_crafts',
  kraftfahrzeugmechatroniker: 'automotive_crafts',
  'karosserie-fahrzeugbaumechaniker': 'automotive_crafts',
  fahrzeuglackierer: 'automotive_crafts',
  zweiradmechatroniker: 'automotive_crafts',
  'land-baumaschinenmechatroniker': 'automotive_crafts',
  automobilkaufmann: 'automotive_crafts',
  metallbauer: 'electrical_crafts',
  'maler-lackierer': 'finishing_crafts',
  tischler: 'finishing_crafts',
  raumausstatter: 'finishing_crafts',
  stuckateur: 'finishing_crafts',
  fliesenleger: 'finishing_crafts',
  gebaeudereiniger: 'finishing_crafts',
  schornsteinfeger: 'finishing_crafts',
  'kaufmann-einzelhandel': 'retail',
  verkaeufer: 'retail',
  'kaufmann-e-commerce': 'retail',
  'kaufmann-gross-aussenhandel': 'wholesale',
  bankkaufmann: 'banking_insurance',
  'kaufmann-versicherungen-finanzanlagen': 'banking_insurance',
  verwaltungsfachangestellter: 'public_service',
  sozialversicherungsfachangestellter: 'public_service',
  'fachangestellter-medien-informationsdienste': 'public_service',
  'fachkraft-abwassertechnik': 'public_service',
  pflegefachmann: 'care',
  notfallsanitaeter: 'care',
  'medizinischer-fachangestellter': 'practice_assistants',
  'zahnmedizinischer-fachangestellter': 'practice_assistants',
  'tiermedizinischer-fachangestellter': 'practice_assistants',
  steuerfachangestellter: 'practice_assistants',
  rechtsanwaltsfachangestellter: 'practice_assistants',
  'pharmazeutisch-technischer-assistent': 'practice_assistants',
  'pharmazeutisch-kaufmaennischer-angestellter': 'practice_assistants',
  augenoptiker: 'practice_assistants',
  hoerakustiker: 'practice_assistants',
  zahntechniker: 'practice_assistants',
  baecker: 'food_crafts',
  konditor: 'food_crafts',
  fleischer: 'food_crafts',
  'fachverkaeufer-lebensmittelhandwerk': 'food_crafts',
  friseur: 'hair_beauty',
  kosmetiker: 'hair_beauty',
  'fachkraft-lagerlogistik': 'logistics',
  fachlagerist: 'logistics',
  'kaufmann-spedition-logistik': 'logistics',
  berufskraftfahrer: 'logistics',
  'eisenbahner-betriebsdienst': 'logistics',
  'fachkraft-schutz-sicherheit': 'logistics',
};

const TRADE_BY_FIELD: Readonly<Record<OccupationField, string>> = {
  business: 'wholesale',
  it_media: 'it_media',
  metal_electrical: 'metal_industry',
  construction: 'construction',
  health: 'practice_assistants',
  food_hospitality: 'hospitality',
  logistics: 'logistics',
  science: 'chemistry',
  services: 'hair_beauty',
  green: 'green',
  social: 'social',
};

/** Invented vocational-school names; the place is the position's own city. */
const SCHOOL_NAMES = [
  'Berufskolleg Am Förderturm',
  'Berufskolleg Lindenallee',
  'Berufskolleg Kokereiweg',
  'Berufskolleg Am Kanalufer',
  'Berufskolleg Hüttenstraße',
  'Berufskolleg Zechenpark',
];

const OFFER_TEXTS = [
  'Bei guten Leistungen übernehmen wir Sie nach der Ausbildung.',
  'Wir zahlen einen Zuschuss zum Deutschlandticket und stellen die Arbeitskleidung.',
  'Vor der Abschlussprüfung bereiten wir Sie in einem eigenen Kurs vor.',
  'Ein fester Ausbildungspate begleitet Sie durch das erste Jahr.',
  'Sie bekommen ein Tablet für die Berufsschule, das Sie behalten dürfen.',
  'Gleitzeit und 30 Tage Urlaub im Jahr.',
];

const CONTACT_ROLES = ['Ausbildungsleitung', 'Ausbilderin', 'Ausbilder', 'Personalreferentin', 'Personalreferent'];

export interface PositionFactColumns {
  training_pay: number[];
  weekly_hours: number | null;
  school_name: string | null;
  school_place: string | null;
  offer_text: string | null;
  contact_name: string | null;
  contact_role: string | null;
  contact_phone: string | null;
  contact_email: string | null;
}

function tradeOf(occupationId: string): string {
  const occupation = findOccupation(occupationId);
  return TRADE_BY_OCCUPATION[occupationId] ?? (occupation ? TRADE_BY_FIELD[occupation.field] : 'wholesale');
}

/** Pay for as many years as the training lasts; a small company-specific top-up keeps every year rising. */
function trainingPay(random: Random, occupationId: string): number[] {
  const table = PAY_BY_TRADE[tradeOf(occupationId)] ?? [];
  const years = Math.ceil((findOccupation(occupationId)?.durationMonths ?? 36) / 12);
  const topUp = random.pick([0, 0, 20, 40, 60]);
  const amounts = table.slice(0, years);
  // A trade table shorter than a 3½-year training continues with the step of its last year.
  while (amounts.length < years) {
    const last = amounts[amounts.length - 1] ?? 900;
    const before = amounts[amounts.length - 2] ?? last - 60;
    amounts.push(last + Math.max(40, last - before));
  }
  return amounts.map((amount) => amount + topUp);
}

function phone(random: Random): string {
  return `+49 30 23125 ${String(random.int(0, 999)).padStart(3, '0')}`;
}

/** The facts of one demo position, drawn from a stream of its own. */
export function demoPositionFacts(position: {
  id: string;
  kind: PositionKind;
  occupationId: string;
  city: City;
  owner: PositionOwner;
}): PositionFactColumns {
  const random = createRandom(`position-facts:${position.id}`);
  const isTraining = position.kind === 'apprenticeship' || position.kind === 'dual_study';
  const trade = tradeOf(position.occupationId);
  const contact = generatePersonName(random);
  const hasContact = random.chance(0.85);
  const role = random.pick(CONTACT_ROLES);
  return {
    training_pay: isTraining ? trainingPay(random, position.occupationId) : [],
    weekly_hours: position.kind === 'school_internship' ? null : (HOURS_BY_TRADE[trade] ?? 39),
    school_name: position.kind === 'apprenticeship' ? random.pick(SCHOOL_NAMES) : null,
    school_place: position.kind === 'apprenticeship' ? getRuhrCity(position.city).name : null,
    offer_text: random.chance(0.6) ? random.pick(OFFER_TEXTS) : null,
    contact_name: hasContact ? contact.displayName : null,
    contact_role: hasContact ? role : null,
    contact_phone: hasContact ? phone(random) : null,
    contact_email: hasContact ? `ausbildung@${organisationDomain(position.owner.name)}` : null,
  };
}

const ABOUT_TEXTS = [
  '{company} ist ein Familienbetrieb in {city}. Wir bilden seit vielen Jahren aus und kennen jede Auszubildende und jeden Auszubildenden beim Namen.',
  '{company} gehört zu den Ausbildungsbetrieben in {city}, die mehrsprachige Teams schätzen: Bei uns wird Deutsch gesprochen, im Kundenkontakt oft auch Türkisch, Arabisch oder Polnisch.',
  'Bei {company} in {city} lernen Sie im Betrieb und in der Werkstatt, mit festen Ansprechpersonen und Zeit für Fragen.',
];
const PROFILE_OFFERS = [
  'Übernahme nach der Ausbildung bei guten Leistungen, Zuschuss zum Deutschlandticket, Prüfungsvorbereitung im Betrieb.',
  'Feste Ausbildungspatinnen und -paten, ein Tablet für die Berufsschule und flexible Zeiten für Sprachkurse.',
  'Betriebsausflug, Arbeitskleidung, Zuschuss zu Fahrtkosten und ein eigenes Azubi-Projekt im dritten Jahr.',
];
const COMMITMENT_SETS = [
  ['charta_der_vielfalt', 'anonymised_hiring'],
  ['charta_der_vielfalt', 'intercultural_training', 'language_support'],
  ['school_partnerships'],
  ['language_support', 'school_partnerships'],
] as const;

/**
 * Public profiles for most demo companies (a few stay unwritten, as in real life). Written by each
 * company's admin; inserted in one statement, after the companies exist.
 */
export async function insertDemoCompanyProfiles(db: Kysely<Database>, owners: readonly PositionOwner[]): Promise<void> {
  const rows = owners.flatMap((owner) => {
    const random = createRandom(`company-profile:${owner.id}`);
    if (!random.chance(0.85)) return [];
    const values = { company: owner.name, city: getRuhrCity(owner.city).name };
    const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: 'company' | 'city') => values[key]);
    const offersMentoring = random.chance(0.4);
    return [
      {
        organisation_id: owner.id,
        about: fill(random.pick(ABOUT_TEXTS)),
        offers: random.pick(PROFILE_OFFERS),
        commitments: [...random.pick(COMMITMENT_SETS)],
        offers_mentoring: offersMentoring,
        mentoring_note: offersMentoring
          ? 'Erfahrene Beschäftigte begleiten Auszubildende als Patinnen und Paten; kleinere Betriebe beraten wir bei ihrer ersten Ausbildung.'
          : '',
        updated_by: owner.adminId,
      },
    ];
  });
  if (rows.length > 0) await db.insertInto('company_profiles').values(rows).execute();
}
