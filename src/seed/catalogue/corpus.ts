import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/database.js';
import { buildOrganisation, createSeedContext, domainOf, type NewOrganisationRow } from '../factories.js';
import { createRandom } from '../random.js';
import { seededUuid, type CatalogueOwner } from './build-context.js';
import { buildCatalogueRows, DEMO_COUNTS, OwnerPool, type CatalogueCounts } from './build-catalogue.js';
import { insertCatalogueEntries } from './insert.js';
import type { CatalogueEntryRow } from './types.js';

/**
 * Large catalogues for benchmarks: N entries of all kinds in the demo's proportions, with the
 * same German texts, owned by generated providers and schools. Ids are drawn from the seed too,
 * so the rows inserted into a database and the rows handed to an in-process search library
 * are the same rows with the same ids.
 */
export interface CatalogueCorpusOptions {
  count: number;
  seed?: string | number;
  /** Dates are relative to this moment (default: now). */
  now?: Date;
}

export interface CatalogueCorpus {
  organisations: NewOrganisationRow[];
  entries: CatalogueEntryRow[];
}

const DEFAULT_CORPUS_SEED = 'vielfalt-ruhr-corpus';
/** Share of actor profiles among all entries at the demo's scale 1 (60 of 370). */
const ACTOR_SHARE = 60 / 370;

/** Splits `count` over the kinds: one actor per organisation, the rest in the demo's proportions. */
export function corpusCounts(count: number): { organisations: number; counts: CatalogueCounts } {
  const organisations = Math.max(1, Math.round(count * ACTOR_SHARE));
  const rest = Math.max(0, count - organisations);
  const total =
    DEMO_COUNTS.offers + DEMO_COUNTS.projects + DEMO_COUNTS.funding + DEMO_COUNTS.knowledge + DEMO_COUNTS.events;
  const share = (n: number): number => Math.floor((rest * n) / total);
  const counts: CatalogueCounts = {
    offers: 0,
    projects: share(DEMO_COUNTS.projects),
    funding: share(DEMO_COUNTS.funding),
    knowledge: share(DEMO_COUNTS.knowledge),
    events: share(DEMO_COUNTS.events),
  };
  counts.offers = rest - counts.projects - counts.funding - counts.knowledge - counts.events;
  return { organisations: Math.min(organisations, count), counts };
}

export function buildCatalogueCorpus(options: CatalogueCorpusOptions): CatalogueCorpus {
  if (!Number.isInteger(options.count) || options.count < 1)
    throw new Error(`count must be a positive integer, got ${String(options.count)}`);
  const seed = options.seed ?? DEFAULT_CORPUS_SEED;
  const now = (options.now ?? new Date()).getTime();
  const { organisations: organisationCount, counts } = corpusCounts(options.count);
  const seedContext = createSeedContext(`${String(seed)}:organisations`);
  const idRandom = createRandom(`${String(seed)}:ids`);
  const organisations: NewOrganisationRow[] = [];
  for (let i = 0; i < organisationCount; i++) {
    organisations.push(
      buildOrganisation(seedContext, {
        id: seededUuid(idRandom),
        type: seedContext.random.chance(0.8) ? 'provider' : 'school',
      }),
    );
  }
  const owners: CatalogueOwner[] = organisations.map((organisation) => ({
    id: organisation.id,
    name: organisation.name,
    type: organisation.type,
    city: organisation.city ?? null,
    website: organisation.website ?? null,
    domain: domainOf(organisation),
    authorId: null,
  }));
  const context = { random: createRandom(`${String(seed)}:entries`), now };
  const entries = buildCatalogueRows(context, new OwnerPool(owners), {
    counts,
    withOverlapGroups: false,
    translationChance: 0.5,
  });
  return { organisations, entries };
}

/** N entry rows without a database, e.g. for the in-process reference search libraries. */
export function generateCatalogueCorpus(options: CatalogueCorpusOptions): CatalogueEntryRow[] {
  return buildCatalogueCorpus(options).entries;
}

/**
 * Inserts the corpus for `count` and `seed` — its organisations, entries and translations — in
 * one transaction, search index included.
 */
export async function insertCatalogueCorpus(
  db: Kysely<Database>,
  options: CatalogueCorpusOptions & { log?: (line: string) => void },
): Promise<{ organisations: number; entries: number; translations: number }> {
  const corpus = buildCatalogueCorpus(options);
  const log = options.log ?? (() => undefined);
  return db.transaction().execute(async (trx) => {
    for (let start = 0; start < corpus.organisations.length; start += 1000) {
      await trx
        .insertInto('organisations')
        .values(corpus.organisations.slice(start, start + 1000))
        .execute();
    }
    log(`corpus organisations ${corpus.organisations.length}`);
    const inserted = await insertCatalogueEntries(trx, corpus.entries, log);
    return { organisations: corpus.organisations.length, ...inserted };
  });
}
