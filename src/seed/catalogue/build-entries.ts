import type { City } from '../../region/index.js';
import { type TranslationLocale, TRANSLATION_LOCALES } from '../../modules/catalogue/tables.js';
import type { ProjectStatus } from '../../modules/catalogue/taxonomy.js';
import { generateOrganisationName, generatePersonName } from '../names.js';
import {
  addressLine,
  applyStatus,
  contactFor,
  emptyRow,
  isoDay,
  pickCities,
  pickPlace,
  type BuildContext,
  type CatalogueOwner,
  venue,
} from './build-context.js';
import { ACTOR_PROFILES } from './pools/actors.js';
import { EVENT_FORMATS } from './pools/events.js';
import {
  FUNDING_CONDITIONS,
  FUNDING_INTROS,
  FUNDING_PROCEDURES,
  FUNDING_PROGRAMMES,
  ROLLING_PROCEDURES,
} from './pools/funding.js';
import { GUIDE_EDITIONS, KNOWLEDGE_TOPICS, STORY_TRADES } from './pools/knowledge.js';
import {
  ACCESSIBILITY_NOTES,
  CLOSING_PARAGRAPHS,
  FEE_SENTENCES,
  FREE_SENTENCES,
  OFFER_TOPICS,
  SCHEDULE_PARAGRAPHS,
  WEEKDAYS,
  type OfferTopic,
} from './pools/offers.js';
import { PROJECT_FUNDING, PROJECT_STATUS_SENTENCES, PROJECT_THEMES, type ProjectTheme } from './pools/projects.js';
import { findTranslationSet, MUNICIPALITY_TITLE_TEMPLATE, translatedText } from './pools/translations.js';
import {
  bulletList,
  cityName,
  fillTemplate,
  formatNumber,
  joinBlocks,
  joinGerman,
  languageList,
  pickLanguages,
} from './text.js';
import type { CatalogueEntryRow, ProjectDetails } from './types.js';
import { days, hours } from '../../core/time/durations.js';
import { isWorkingDayForEvents } from '../holidays.js';

/** Builders for one entry of each kind. Each draws only from the context's generator. */

const ALL_CITIES: readonly City[] = [
  'bochum',
  'dortmund',
  'duisburg',
  'essen',
  'gelsenkirchen',
  'muelheim',
  'oberhausen',
];

/** The German title template an entry was built from, where a translation set exists for it. */
const TRANSLATABLE = new WeakMap<CatalogueEntryRow, string>();

export function translationTemplateOf(row: CatalogueEntryRow): string | undefined {
  return TRANSLATABLE.get(row);
}

function rememberTemplate(row: CatalogueEntryRow, template: string): void {
  if (findTranslationSet(template)) TRANSLATABLE.set(row, template);
}

/**
 * Gives an entry the translations of its German title (or of the title template it was built
 * from), if any exist: every language the entry is offered in plus some others, or all six when
 * `all` is set. The German summary is aligned to the translated one.
 */
export function addTranslations(
  context: BuildContext,
  row: CatalogueEntryRow,
  options: { chance: number; all?: boolean; city?: City },
): void {
  const set = findTranslationSet(TRANSLATABLE.get(row) ?? row.title);
  if (!set || !(options.all || context.random.chance(options.chance))) return;
  const city = options.city ?? row.cities[0] ?? 'essen';
  row.summary = translatedText(set, 'de', city).summary;
  const offered = TRANSLATION_LOCALES.filter((locale) => row.languages.includes(locale));
  const locales: readonly TranslationLocale[] = options.all
    ? TRANSLATION_LOCALES
    : [...new Set([...offered, ...context.random.sample(TRANSLATION_LOCALES, context.random.int(1, 6))])];
  row.translations = [...locales].sort().map((locale) => ({ locale, ...translatedText(set, locale, city), body: '' }));
}

export function buildActor(context: BuildContext, owner: CatalogueOwner): CatalogueEntryRow {
  const { random } = context;
  if (owner.type === 'company') throw new Error('companies do not publish catalogue entries');
  const profile = ACTOR_PROFILES[owner.type];
  const row = emptyRow(context, owner, 'actor');
  const city = owner.city ?? 'essen';
  const vars = {
    name: owner.name,
    city: cityName(city),
    founded: String(random.int(1978, 2019)),
    staff: random.int(4, 60),
  };
  row.title = owner.name;
  row.summary = fillTemplate(random.pick(profile.summaries), vars);
  const paragraphs = random.sample(profile.paragraphs, Math.min(profile.paragraphs.length, random.int(2, 3)));
  const areas = random.sample(profile.areas, Math.min(profile.areas.length, random.int(3, 5)));
  row.body = joinBlocks([
    ...paragraphs.map((text) => fillTemplate(text, vars)),
    '## Aufgaben und Schwerpunkte',
    bulletList(areas),
  ]);
  row.cities = pickCities(random, owner, 0);
  row.fields_of_action = random.sample(profile.fields, Math.min(profile.fields.length, random.int(2, 4)));
  row.target_groups = [...profile.targets];
  row.languages = pickLanguages(random, owner.type === 'municipality' ? 6 : 4);
  const labels =
    owner.type === 'school'
      ? ['Schulgebäude', 'Nebenstelle']
      : owner.type === 'municipality'
        ? ['Kommunales Integrationszentrum', 'Bürgerbüro']
        : ['Geschäftsstelle', 'Beratungsbüro', 'Bildungszentrum'];
  const addresses = [addressLine(random, city, labels)];
  if (owner.type === 'provider' && random.chance(0.35))
    addresses.push(addressLine(random, row.cities[1] ?? city, ['Beratungsbüro', 'Außenstelle']));
  row.details = { addresses, areas_of_responsibility: areas };
  const contact = contactFor(random, owner, 'actor', row.title);
  row.contact_email = contact.email;
  row.website = contact.website;
  row.accessibility_notes = random.chance(0.5) ? random.pick(ACCESSIBILITY_NOTES) : null;
  applyStatus(context, row, 'published');
  if (owner.type === 'municipality') rememberTemplate(row, MUNICIPALITY_TITLE_TEMPLATE);
  addTranslations(context, row, { chance: 1, all: true, city });
  return row;
}

export function buildOffer(
  context: BuildContext,
  owner: CatalogueOwner,
  topic: OfferTopic = context.random.pick(OFFER_TOPICS),
): CatalogueEntryRow {
  const { random, now } = context;
  const row = emptyRow(context, owner, 'offer');
  row.cities = pickCities(random, owner);
  const city = row.cities[0] ?? 'essen';
  row.format = random.weighted([
    ['in_person', 55],
    ['online', 20],
    ['hybrid', 25],
  ] as const);
  row.languages = pickLanguages(random, 3);
  const provider = owner.name;
  const vars = {
    city: cityName(city),
    place: pickPlace(random, city),
    provider,
    sessions: random.int(3, 10),
    hours: random.int(2, 4),
    weeks: random.int(4, 12),
    groupSize: random.int(8, 16),
    weekday: random.pick(WEEKDAYS),
    languages: languageList(row.languages),
  };
  // About half the offers take a title that has been translated, so their entries can carry translations.
  const translatable = topic.titles.filter((title) => findTranslationSet(title));
  const template =
    translatable.length > 0 && random.chance(0.55) ? random.pick(translatable) : random.pick(topic.titles);
  row.title = fillTemplate(template, vars);
  rememberTemplate(row, template);
  // Many providers run the same kind of offer; where it shows, the title says so (not in translated titles).
  if (!/\{(city|place)\}/.test(template) && !findTranslationSet(template) && random.chance(0.4)) {
    row.title +=
      row.format === 'online' ? ' (online)' : row.format === 'hybrid' ? ' – vor Ort und online' : ` in ${vars.place}`;
  }
  // An online offer never speaks of meeting on site.
  const fits = (text: string): boolean => row.format !== 'online' || !/vor Ort/.test(text);
  row.summary = fillTemplate(random.pick(topic.summaries.filter(fits)), vars);
  row.cost = random.chance(topic.feeChance) ? 'fee' : 'free';
  const contents = random.sample(topic.contents, Math.min(topic.contents.length, random.int(3, 5)));
  row.body = joinBlocks([
    fillTemplate(random.pick(topic.intros.filter(fits)), vars),
    '## Inhalte',
    bulletList(contents),
    '## Ablauf',
    fillTemplate(random.pick(SCHEDULE_PARAGRAPHS[row.format]), vars),
    random.chance(0.7) ? '## Teilnahme' : null,
    `${fillTemplate(random.pick(CLOSING_PARAGRAPHS), vars)} ${random.pick(row.cost === 'fee' ? FEE_SENTENCES : FREE_SENTENCES)}`,
  ]);
  row.fields_of_action = [...topic.fields];
  row.target_groups = [...topic.targets];
  const contact = contactFor(random, owner, 'offer', row.title);
  row.contact_email = contact.email;
  row.website = random.chance(0.7) ? contact.website : null;
  row.accessibility_notes = row.format !== 'online' && random.chance(0.6) ? random.pick(ACCESSIBILITY_NOTES) : null;
  row.valid_from = isoDay(now - days(random.int(30, 400)));
  row.valid_until = random.chance(0.4) ? null : isoDay(now + days(random.int(60, 540)));
  return row;
}

function projectPeriod(context: BuildContext, status: ProjectStatus): { from: number; until?: number } {
  const { random, now } = context;
  switch (status) {
    case 'idea':
      return { from: now + days(random.int(30, 180)) };
    case 'pilot': {
      const from = now - days(random.int(60, 330));
      return { from, until: from + days(random.int(12, 24) * 30) };
    }
    case 'running':
      return random.chance(0.5)
        ? { from: now - days(random.int(365, 1100)) }
        : { from: now - days(random.int(200, 700)), until: now + days(random.int(90, 720)) };
    case 'transferred':
      return { from: now - days(random.int(900, 1800)) };
    case 'ended': {
      const until = now - days(random.int(30, 400));
      return { from: until - days(random.int(365, 1095)), until };
    }
  }
}

const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

function monthYear(ms: number): string {
  const date = new Date(ms);
  return `${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

export interface ProjectPlan {
  theme?: ProjectTheme;
  city?: City;
  status?: ProjectStatus;
  /** Which of the theme's titles to use (default: any). */
  titleIndex?: number;
  /** Names of other demo organisations that may appear as partners. */
  partnerNames?: readonly string[];
}

export function buildProject(context: BuildContext, owner: CatalogueOwner, plan: ProjectPlan = {}): CatalogueEntryRow {
  const { random } = context;
  const theme = plan.theme ?? random.pick(PROJECT_THEMES);
  const city = plan.city ?? owner.city ?? random.pick(ALL_CITIES);
  const status =
    plan.status ??
    random.weighted([
      ['idea', 1],
      ['pilot', 2],
      ['running', 4],
      ['transferred', 2],
      ['ended', 2],
    ] as const);
  const row = emptyRow(context, owner, 'project');
  const vars = { city: cityName(city) };
  row.title = fillTemplate(
    (plan.titleIndex === undefined ? undefined : theme.titles[plan.titleIndex]) ?? random.pick(theme.titles),
    vars,
  );
  row.summary = fillTemplate(random.pick(theme.summaries), vars);
  const adopted =
    status === 'transferred'
      ? random
          .sample(
            ALL_CITIES.filter((other) => other !== city),
            random.int(1, 3),
          )
          .sort()
      : [];
  const period = projectPeriod(context, status);
  const resultCount = { idea: 0, pilot: 1, running: random.int(1, 2), transferred: 2, ended: 2 }[status];
  const damp = status === 'pilot' ? 0.5 : 1;
  const results = random.sample(theme.results, resultCount).map((result) => {
    const total = Math.max(3, Math.round(random.int(result.min, result.max) * damp));
    const share = result.share[0] + random.next() * (result.share[1] - result.share[0]);
    return fillTemplate(result.template, { total, part: Math.max(1, Math.round(total * share)) });
  });
  const goals = random.sample(theme.goals, Math.min(theme.goals.length, random.int(2, 3)));
  const partners = random.sample(theme.partners, random.int(1, 2));
  const otherNames = (plan.partnerNames ?? []).filter((name) => name !== owner.name);
  if (otherNames.length > 0 && random.chance(0.6)) partners.push(random.pick(otherNames));
  const funding = fillTemplate(random.pick(PROJECT_FUNDING), vars);
  const statusVars = { city: cityName(city), adopted: joinGerman(adopted.map(cityName)) };
  row.body = joinBlocks([
    fillTemplate(random.pick(PROJECT_STATUS_SENTENCES[status] ?? []), statusVars),
    '## Ziele',
    bulletList(goals),
    '## Vorgehen',
    ...random.sample(theme.approaches, random.int(1, 2)),
    results.length > 0 ? '## Ergebnisse' : null,
    results.length > 0
      ? `${bulletList(results)}\n\nEigene Angaben des Projekts, Stand ${monthYear(context.now - days(random.int(10, 90)))}.`
      : null,
    '## Partner und Finanzierung',
    `Partner: ${joinGerman(partners)}. Finanzierung: ${funding}.`,
  ]);
  row.cities = [city, ...adopted];
  row.fields_of_action = [...theme.fields];
  row.target_groups = [...theme.targets];
  row.languages = pickLanguages(random, 2);
  const details: ProjectDetails = {
    project_status: status,
    goals,
    partners,
    funding,
    period_from: isoDay(period.from),
    ...(period.until === undefined ? {} : { period_until: isoDay(period.until) }),
    results,
    adopted_cities: adopted,
  };
  row.details = details;
  const contact = contactFor(random, owner, 'project', row.title);
  row.contact_email = contact.email;
  row.website = random.chance(0.5) ? contact.website : null;
  return row;
}

export function buildFunding(context: BuildContext, owner: CatalogueOwner, index: number): CatalogueEntryRow {
  const { random, now } = context;
  const programme = FUNDING_PROGRAMMES[index % FUNDING_PROGRAMMES.length];
  if (!programme) throw new Error('no funding programmes');
  const round = Math.floor(index / FUNDING_PROGRAMMES.length);
  const row = emptyRow(context, owner, 'funding');
  const base = programme.name.replace(/ \(Demo\)$/, '');
  const city = random.pick(ALL_CITIES);
  row.title =
    round === 0
      ? programme.name
      : random.chance(0.5)
        ? `${base}: Förderaufruf ${round + 1} (Demo)`
        : `${base} – Schwerpunkt ${cityName(city)} (Demo)`;
  row.summary = programme.summary;
  const deadlines = random.chance(0.2)
    ? []
    : Array.from({ length: random.int(1, 2) }, () => isoDay(now + days(random.int(20, 300)))).sort();
  const uniqueDeadlines = [...new Set(deadlines)];
  const [min, max] = programme.amount;
  row.body = joinBlocks([
    fillTemplate(random.pick(FUNDING_INTROS), { funder: programme.funder }),
    `**Förderzweck:** ${programme.purpose}`,
    '## Wer kann einen Antrag stellen?',
    programme.eligibility,
    '## Förderhöhe',
    `Zuschüsse zwischen ${formatNumber(min)} € und ${formatNumber(max)} € je Vorhaben. ${random.pick(FUNDING_CONDITIONS)}`,
    '## Antragsverfahren',
    uniqueDeadlines.length > 0
      ? `${random.pick(FUNDING_PROCEDURES)} Nächste Einreichungsfrist: ${uniqueDeadlines.map((day) => day.split('-').reverse().join('.')).join(' und ')}.`
      : random.pick(ROLLING_PROCEDURES),
    'Alle Angaben sind Beispieldaten der Demo-Umgebung.',
  ]);
  row.cities = row.title.includes('Schwerpunkt') ? [city] : [...ALL_CITIES];
  row.fields_of_action = [...programme.fields];
  row.target_groups = [...programme.targets];
  row.details = {
    funder: programme.funder,
    purpose: programme.purpose,
    amount_min: min,
    amount_max: max,
    deadlines: uniqueDeadlines,
    eligibility: programme.eligibility,
  };
  const contact = contactFor(random, owner, 'funding', row.title);
  row.contact_email = contact.email;
  row.website = contact.website;
  row.valid_from = isoDay(now - days(random.int(60, 500)));
  row.valid_until = random.chance(0.5) ? null : isoDay(now + days(random.int(200, 700)));
  return row;
}

export function buildKnowledge(context: BuildContext, owner: CatalogueOwner, index?: number): CatalogueEntryRow {
  const { random } = context;
  const topic = index === undefined ? random.pick(KNOWLEDGE_TOPICS) : KNOWLEDGE_TOPICS[index % KNOWLEDGE_TOPICS.length];
  if (!topic) throw new Error('no knowledge topics');
  const row = emptyRow(context, owner, 'knowledge');
  const city = owner.city ?? random.pick(ALL_CITIES);
  const person = generatePersonName(random);
  const storyLanguages = pickLanguages(random, 3);
  if (storyLanguages.length < 2) storyLanguages.push('en');
  const vars = {
    person: person.displayName,
    firm: generateOrganisationName(random, 'company', city),
    trade: random.pick(STORY_TRADES),
    city: cityName(city),
    languages: languageList(storyLanguages),
    years: random.int(5, 25),
  };
  row.title = fillTemplate(random.pick(topic.titles), vars);
  row.summary = fillTemplate(random.pick(topic.summaries), vars);
  const blocks: string[] = topic.intro.map((text) => fillTemplate(text, vars));
  const edition = topic.type === 'guide' && random.chance(0.6) ? random.pick(GUIDE_EDITIONS) : null;
  if (edition) {
    row.title += ` – ${fillTemplate(edition.suffix, vars)}`;
    blocks.push(fillTemplate(edition.paragraph, vars));
  }
  for (const section of topic.sections) {
    blocks.push(`## ${section.heading}`);
    if (section.items) blocks.push(bulletList(section.items.map((item) => fillTemplate(item, vars))));
    if (section.text) blocks.push(...section.text.map((text) => fillTemplate(text, vars)));
  }
  if (topic.type === 'story')
    blocks.push(
      'Die Personen und Betriebe in dieser Geschichte sind erfunden; sie stehen für Erfahrungen, wie sie in der Region vorkommen.',
    );
  row.body = joinBlocks(blocks);
  row.cities = topic.type === 'story' || edition?.suffix.includes('{city}') ? [city] : [...ALL_CITIES];
  row.fields_of_action = [...topic.fields];
  row.target_groups = [...topic.targets];
  row.languages = ['de'];
  row.details = { knowledge_type: topic.type };
  const contact = contactFor(random, owner, 'knowledge', row.title);
  row.contact_email = contact.email;
  row.website = random.chance(0.4) ? contact.website : null;
  return row;
}

export interface EventPlan {
  when: 'past' | 'upcoming';
  /** A handful of places, so the waiting list can be shown. */
  isSmall?: boolean;
  formatIndex?: number;
}

/** The first day from `day` (days since the epoch) on, in the given direction, that is no Sunday and no NRW holiday. */
function eventDay(day: number, step: 1 | -1): number {
  let candidate = day;
  while (!isWorkingDayForEvents(new Date(days(candidate)))) candidate += step;
  return candidate;
}

export function buildEvent(context: BuildContext, owner: CatalogueOwner, plan: EventPlan): CatalogueEntryRow {
  const { random, now } = context;
  const eventFormat =
    plan.formatIndex === undefined
      ? random.pick(EVENT_FORMATS)
      : EVENT_FORMATS[plan.formatIndex % EVENT_FORMATS.length];
  if (!eventFormat) throw new Error('no event formats');
  const variant = random.pick(eventFormat.variants);
  const row = emptyRow(context, owner, 'event');
  row.cities = pickCities(random, owner, 0.02).slice(0, 1);
  const city = row.cities[0] ?? 'essen';
  row.format = random.pick(variant.formats);
  // An event held in a room names it, and the title's place is that room's district.
  const hall =
    row.format === 'online'
      ? null
      : venue(random, city, ['Stadtteilzentrum', 'Bürgerhaus', 'Seminarraum', 'Veranstaltungssaal']);
  const vars = { city: cityName(city), place: hall?.place ?? cityName(city) };
  row.title = fillTemplate(variant.title, vars);
  row.summary = fillTemplate(variant.summary, vars);
  rememberTemplate(row, variant.title);
  // No events on Sundays or public holidays: the drawn day moves on (upcoming) or back (past) to the next working
  // day. Past events lie within the last eight months, so their entries (confirmed before the event) are not stale.
  const today = Math.floor(now / days(1));
  const day =
    plan.when === 'upcoming' ? eventDay(today + random.int(3, 120), 1) : eventDay(today - random.int(7, 230), -1);
  // Start between 09:00 and 18:00 German time (UTC+1/+2; an hour off in summer does not matter for demo data).
  const startsAt = days(day) + hours(random.int(9, 18) - 1);
  const duration = random.int(eventFormat.hours[0], eventFormat.hours[1]);
  row.starts_at = new Date(startsAt);
  row.ends_at = new Date(startsAt + hours(duration));
  const capacity = plan.isSmall ? random.int(3, 5) : random.int(eventFormat.capacity[0], eventFormat.capacity[1]);
  const contact = contactFor(random, owner, 'event', row.title);
  const onlineUrl = row.format === 'in_person' ? undefined : `https://treffen.${owner.domain}/${row.id.slice(0, 8)}`;
  row.details = {
    capacity,
    ...(hall ? { place_address: hall.line } : {}),
    ...(onlineUrl ? { online_url: onlineUrl } : {}),
  };
  const where =
    row.format === 'online'
      ? 'Die Veranstaltung findet online statt; den Zugang erhalten Sie mit der Anmeldebestätigung.'
      : row.format === 'hybrid'
        ? `Die Veranstaltung findet vor Ort statt (${hall?.line ?? vars.city}) und wird zugleich online übertragen; den Zugang erhalten Sie mit der Anmeldebestätigung.`
        : `Die Veranstaltung findet vor Ort statt: ${hall?.line ?? vars.city}.`;
  row.body = joinBlocks([
    fillTemplate(variant.intro, vars),
    `Veranstalter ist ${owner.name}${owner.name.endsWith('.') ? '' : '.'}`,
    '## Programm',
    bulletList(variant.programme),
    '## Ort und Anmeldung',
    `${where} Es gibt ${capacity} Plätze. Sind alle vergeben, kommen Sie auf die Warteliste und rücken nach, sobald jemand absagt. Eine Absage ist bis kurz vor Beginn über Ihr Konto möglich.`,
  ]);
  row.fields_of_action = [...eventFormat.fields];
  row.target_groups = [...eventFormat.targets];
  row.languages = pickLanguages(random, 2);
  row.cost = 'free';
  row.contact_email = contact.email;
  row.website = random.chance(0.3) ? contact.website : null;
  row.accessibility_notes = row.format !== 'online' && random.chance(0.5) ? random.pick(ACCESSIBILITY_NOTES) : null;
  return row;
}
