import type { City } from '../../region/index.js';
import type { EntryStatus } from '../../modules/catalogue/tables.js';
import type { OrganisationType } from '../../core/db/database.js';
import { applyStatus, spreadOf, type BuildContext, type CatalogueOwner } from './build-context.js';
import {
  addTranslations,
  buildActor,
  buildEvent,
  buildFunding,
  buildKnowledge,
  buildOffer,
  buildProject,
  translationTemplateOf,
} from './build-entries.js';
import { OFFER_TOPICS } from './pools/offers.js';
import { PROJECT_THEMES, type ProjectTheme } from './pools/projects.js';
import type { CatalogueEntryRow } from './types.js';
import { days, hours } from '../../core/time/durations.js';

/** How many entries of each kind besides the actor profiles (one per publishing organisation). */
export interface CatalogueCounts {
  offers: number;
  projects: number;
  funding: number;
  knowledge: number;
  events: number;
}

/** The demo at scale 1; larger scales multiply these. */
export const DEMO_COUNTS: CatalogueCounts = { offers: 150, projects: 80, funding: 20, knowledge: 30, events: 30 };

/**
 * The same idea run in three cities: the demo's deliberate "Projektitis", for the similarity
 * check and the coordinators' overlap view.
 */
export const OVERLAP_GROUPS: readonly { theme: string; cities: readonly City[] }[] = [
  { theme: 'refugee-application-training', cities: ['duisburg', 'dortmund', 'gelsenkirchen'] },
  { theme: 'apprenticeship-mentors', cities: ['bochum', 'essen', 'oberhausen'] },
  { theme: 'parent-guides', cities: ['muelheim', 'duisburg', 'essen'] },
  { theme: 'anonymised-hiring-administration', cities: ['bochum', 'dortmund', 'essen'] },
];

const MUNICIPAL_TOPICS = new Set(['iko-administration', 'monitoring-advice']);
const SCHOOL_TOPICS = new Set(['internship-exchange', 'parents-orientation', 'school-certification']);
const MUNICIPAL_THEMES = new Set(['anonymised-hiring-administration', 'iko-administration']);
/** Themes any provider or school may run (the others are a city administration's own). */
const OPEN_THEMES = PROJECT_THEMES.filter((theme) => !MUNICIPAL_THEMES.has(theme.key));

export class OwnerPool {
  private readonly byType = new Map<OrganisationType, CatalogueOwner[]>();
  constructor(readonly owners: readonly CatalogueOwner[]) {
    for (const owner of owners) {
      const list = this.byType.get(owner.type) ?? [];
      list.push(owner);
      this.byType.set(owner.type, list);
    }
  }

  of(type: OrganisationType): readonly CatalogueOwner[] {
    return this.byType.get(type) ?? [];
  }

  /** An owner of the first type that has any, preferring one in the city. */
  pick(context: BuildContext, types: readonly OrganisationType[], city?: City): CatalogueOwner {
    if (this.owners.length === 0) throw new Error('catalogue entries need at least one publishing organisation');
    for (const type of types) {
      const list = this.of(type);
      if (list.length === 0) continue;
      const local = city ? list.filter((owner) => owner.city === city) : [];
      return context.random.pick(local.length > 0 ? local : list);
    }
    return context.random.pick(this.owners);
  }
}

function pickStatus(context: BuildContext): EntryStatus {
  return context.random.weighted([
    ['published', 90],
    ['in_review', 4],
    ['draft', 4],
    ['archived', 1],
  ] as const);
}

/** Events are announced some weeks before they take place. */
function applyEventDates(context: BuildContext, row: CatalogueEntryRow): void {
  const { random, now } = context;
  const startsAt = row.starts_at?.getTime() ?? now;
  const created = Math.min(now - days(1), startsAt - days(random.int(14, 90)));
  // Capped at an hour ago, each row at its own second: one shared cap would give hundreds of
  // events the very same timestamp, which real publishing never does.
  const cap = now - hours(1) - spreadOf(row);
  const published = Math.min(cap, created + days(random.int(1, 3)));
  const updated = Math.min(cap, published + days(random.int(0, 10)));
  row.created_at = new Date(created);
  row.published_at = new Date(published);
  row.updated_at = new Date(updated);
  row.last_confirmed_at = new Date(updated);
}

/** An entry whose owner and status are fixed, e.g. for the demo accounts in docs/demo-accounts.md. */
export interface PinnedEntry {
  kind: 'offer' | 'project' | 'knowledge' | 'event';
  owner: CatalogueOwner;
  status: EntryStatus;
  /** Events only. */
  when?: 'past' | 'upcoming';
  isSmall?: boolean;
}

export interface BuildCatalogueOptions {
  /** Built first, in this order, as part of the counts. */
  pins?: readonly PinnedEntry[];
  counts: CatalogueCounts;
  /** Adds the deliberate overlap groups first (the demo); the corpus leaves them to chance. */
  withOverlapGroups: boolean;
  /** Share of eligible published entries that carry translations. */
  translationChance: number;
}

/** Builds every catalogue row in memory, in a fixed order, so a seed always gives the same rows. */
export function buildCatalogueRows(
  context: BuildContext,
  pool: OwnerPool,
  options: BuildCatalogueOptions,
): CatalogueEntryRow[] {
  const { random } = context;
  const rows: CatalogueEntryRow[] = [];
  const partnerNames = pool.owners
    .filter((owner) => owner.type === 'provider' || owner.type === 'school')
    .map((owner) => owner.name);
  const finish = (row: CatalogueEntryRow, status: EntryStatus = pickStatus(context)): void => {
    applyStatus(context, row, status);
    if (row.kind === 'event') applyEventDates(context, row);
    // Entries built from a translated title template carry translations almost always, others by chance.
    if (status === 'published')
      addTranslations(context, row, { chance: translationTemplateOf(row) ? 0.9 : options.translationChance });
    rows.push(row);
  };

  for (const owner of pool.owners) {
    if (owner.type !== 'company') rows.push(buildActor(context, owner));
  }

  // The same organisation rarely lists two entries with the same title: draw again a few times.
  const usedTitles = new Set<string>();
  const distinct = (build: () => CatalogueEntryRow): CatalogueEntryRow => {
    let row = build();
    for (let attempt = 0; attempt < 4 && usedTitles.has(`${row.organisation_id}|${row.title}`); attempt++)
      row = build();
    usedTitles.add(`${row.organisation_id}|${row.title}`);
    return row;
  };
  const pinsOf = (kind: PinnedEntry['kind']): PinnedEntry[] => (options.pins ?? []).filter((pin) => pin.kind === kind);

  const offerPins = pinsOf('offer');
  for (let i = 0; i < options.counts.offers; i++) {
    const pin = offerPins[i];
    if (pin) {
      finish(
        distinct(() => buildOffer(context, pin.owner)),
        pin.status,
      );
      continue;
    }
    const topic = random.pick(OFFER_TOPICS);
    const types: OrganisationType[] =
      MUNICIPAL_TOPICS.has(topic.key) && random.chance(0.7)
        ? ['municipality', 'provider']
        : SCHOOL_TOPICS.has(topic.key) && random.chance(0.4)
          ? ['school', 'provider']
          : ['provider'];
    const owner = pool.pick(context, types);
    finish(distinct(() => buildOffer(context, owner, topic)));
  }

  let projects = 0;
  for (const pin of pinsOf('project').slice(0, options.counts.projects)) {
    const status = pin.status === 'published' ? undefined : ('idea' as const);
    finish(
      distinct(() =>
        buildProject(context, pin.owner, {
          partnerNames,
          theme: random.pick(OPEN_THEMES),
          ...(status ? { status } : {}),
        }),
      ),
      pin.status,
    );
    projects += 1;
  }
  if (options.withOverlapGroups) {
    for (const group of OVERLAP_GROUPS) {
      const theme = PROJECT_THEMES.find((candidate) => candidate.key === group.theme);
      if (!theme) throw new Error(`unknown project theme ${group.theme}`);
      for (const city of group.cities) {
        if (projects >= options.counts.projects) break;
        const types: OrganisationType[] = MUNICIPAL_THEMES.has(theme.key) ? ['municipality'] : ['provider', 'school'];
        const status = random.weighted([
          ['pilot', 1],
          ['running', 3],
          ['ended', 1],
        ] as const);
        finish(
          buildProject(context, pool.pick(context, types, city), { theme, city, status, partnerNames, titleIndex: 0 }),
          'published',
        );
        projects += 1;
      }
    }
  }
  for (; projects < options.counts.projects; projects++) {
    const theme = random.pick(PROJECT_THEMES);
    const types: OrganisationType[] = MUNICIPAL_THEMES.has(theme.key)
      ? ['municipality', 'provider']
      : random.chance(0.15)
        ? ['school', 'provider']
        : ['provider'];
    const owner = pool.pick(context, types);
    let attempt = 0;
    const themeFor = (): ProjectTheme =>
      attempt++ === 0 || MUNICIPAL_THEMES.has(theme.key) ? theme : random.pick(OPEN_THEMES);
    finish(distinct(() => buildProject(context, owner, { partnerNames, theme: themeFor() })));
  }

  for (let i = 0; i < options.counts.funding; i++) {
    finish(
      buildFunding(
        context,
        pool.pick(context, random.chance(0.8) ? ['cooperation_office', 'municipality'] : ['municipality', 'provider']),
        i,
      ),
      'published',
    );
  }

  const knowledgePins = pinsOf('knowledge');
  for (let i = 0; i < options.counts.knowledge; i++) {
    const pin = knowledgePins[i];
    if (pin) {
      finish(
        distinct(() => buildKnowledge(context, pin.owner)),
        pin.status,
      );
      continue;
    }
    const types: readonly OrganisationType[] = random.weighted([
      [['cooperation_office', 'provider'], 3],
      [['provider'], 6],
      [['municipality', 'provider'], 1],
    ] as const);
    const owner = pool.pick(context, types);
    finish(distinct(() => buildKnowledge(context, owner, i)));
  }

  const eventPins = pinsOf('event');
  for (let i = 0; i < options.counts.events; i++) {
    const formatIndex = i % 7;
    const pin = eventPins[i];
    if (pin) {
      finish(
        buildEvent(context, pin.owner, {
          when: pin.when ?? 'upcoming',
          isSmall: pin.isSmall ?? false,
          formatIndex: pin.isSmall ? 5 + (i % 2) : formatIndex,
        }),
        pin.status,
      );
      continue;
    }
    const types: OrganisationType[] =
      formatIndex === 3 || formatIndex === 4
        ? ['cooperation_office', 'municipality', 'provider']
        : formatIndex === 2
          ? ['school', 'provider']
          : ['provider'];
    const row = buildEvent(context, pool.pick(context, types), {
      when: i % 3 === 0 ? 'past' : 'upcoming',
      isSmall: formatIndex === 5 || (formatIndex === 6 && i % 2 === 0),
      formatIndex,
    });
    finish(row, 'published');
  }
  return rows;
}
