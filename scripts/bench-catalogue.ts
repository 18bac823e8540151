/**
 * Catalogue search benchmark (second part of `npm run bench`): 50,000 generated catalogue entries
 * (the corpus generator in src/seed/catalogue/corpus.ts) plus 50,000 open positions (the
 * ranking benchmark's generator, with titles and descriptions from the occupation names), on PGlite
 * and on PostgreSQL:
 *  - p50/p95 of the search use-case (ranked top 20 with facet counts) for 20 typical German
 *    queries, some with typos, some with filters;
 *  - p50/p95 of the site search behind /suche (the catalogue search plus the open positions group
 *    with its count), without the result cache, for the same queries; and of the position search;
 *  - requests/s of the search page at 50 connections (autocannon, 10 s, loopback): as reference
 *    with the result cache switched off, then with the cache (a repeated popular query);
 *  - the same queries over the same published entries in two in-process libraries, MiniSearch
 *    and FlexSearch, as references (top 20 by their own score, same filters, and facet counts
 *    computed in JavaScript over their matches), with our latency as a ratio to theirs.
 *
 * One JSON line per measurement on stdout, progress on stderr. Everything it starts is stopped.
 */
import { sql } from 'kysely';
import MiniSearch from 'minisearch';
import { Charset, Index } from 'flexsearch';
import {
  FILTER_NAMES,
  parseSearch,
  type FilterName,
  type SearchCriteria,
} from '../src/modules/catalogue/search/schemas.js';
import { searchCatalogue } from '../src/modules/catalogue/search/use-cases/search-catalogue.js';
import { searchSite, setSiteSearchCaching } from '../src/modules/catalogue/search/use-cases/search-site.js';
import { ANONYMOUS } from '../src/core/auth/actor.js';
import { generatePositions, insertSyntheticCompany } from '../src/modules/matching/ranking/synthetic.js';
import { searchPositions } from '../src/modules/matching/positions/use-cases/search-positions.js';
import { OCCUPATIONS } from '../src/region/index.js';
import { buildCatalogueCorpus, insertCatalogueCorpus } from '../src/seed/catalogue/corpus.js';
import type { CatalogueEntryRow } from '../src/seed/catalogue/types.js';
import {
  createCleanups,
  startBenchPlatform,
  percentile,
  printLine,
  round,
  runAutocannon,
  runBenchmark,
} from './bench-support.js';

/** BENCH_CATALOGUE_SIZE sets a smaller number of entries and of positions while iterating (50,000 each by default). */
const ENTRIES = Number(process.env.BENCH_CATALOGUE_SIZE ?? 50_000);
const POSITIONS = ENTRIES;
const SEED = 'bench-catalogue';
const RUNS = 12;
const WARMUP_RUNS = 3;
const CONNECTIONS = 50;
const DURATION_S = 10;
const DEADLINE_MS = 45 * 60 * 1000;
const PAGE_PATH = '/de/suche?q=Ausbildung&city=essen';

/** Typical German queries of companies, young people and municipal staff; some misspelt, some filtered. */
const QUERIES: Record<string, string | string[]>[] = [
  { q: 'Ausbildung' },
  { q: 'Bewerbungstraining' },
  { q: 'Mentoring Azubis' },
  { q: 'Ausbildungsplätze Gelsenkirchen' },
  { q: 'interkulturelle Kompetenz' },
  { q: 'Praktikum', city: 'dortmund' },
  { q: 'Förderprogramm KMU' },
  { q: 'Elternabend Berufswahl' },
  { q: 'anonymisierte Bewerbung' },
  { q: 'Sprachkurs', lang: 'ar' },
  { q: 'Ausbildng' },
  { q: 'Mentorng' },
  { q: 'Bewerbungstrainig', city: 'essen' },
  { q: 'Fachkräfte', group: 'smes' },
  { q: 'kultursensible Personalauswahl' },
  { q: 'Netzwerk Duisburg' },
  { q: 'Coaching', cost: 'free' },
  { q: 'Übergang Schule Beruf' },
  { q: 'Workshop', kind: 'event', format: 'online' },
  { q: 'Diversity Unternehmen', field: 'advice_companies' },
];

const progress = (line: string): void => {
  console.error(`bench-catalogue: ${line}`);
};
const { cleanups, cleanUp } = createCleanups('bench-catalogue');

type Engine = 'pglite' | 'postgres' | 'minisearch' | 'flexsearch';
type Target = 'queries' | 'site_queries' | 'position_queries';
/** Latencies per query (ms), by engine. */
const results = new Map<Engine, number[][]>();

async function timeQueries(
  engine: Engine,
  run: (criteria: SearchCriteria) => Promise<number> | number,
  target: Target = 'queries',
): Promise<void> {
  const perQuery: number[][] = [];
  const firstRuns: number[] = [];
  for (const [n, params] of QUERIES.entries()) {
    const { criteria } = parseSearch(params);
    let total = 0;
    for (let i = 0; i < WARMUP_RUNS; i++) {
      const start = performance.now();
      total = await run(criteria);
      if (i === 0) firstRuns.push(performance.now() - start);
    }
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await run(criteria);
      samples.push(performance.now() - start);
    }
    perQuery.push(samples);
    printLine({
      bench: 'catalogue',
      target: target === 'queries' ? 'query' : target.replace('queries', 'query'),
      engine,
      query: n + 1,
      params,
      matches: total,
      p50_ms: round(percentile(samples, 50)),
      p95_ms: round(percentile(samples, 95)),
    });
  }
  if (target === 'queries') results.set(engine, perQuery);
  const all = perQuery.flat();
  printLine({
    bench: 'catalogue',
    target,
    engine,
    entries: ENTRIES,
    ...(target === 'queries' ? {} : { positions: POSITIONS }),
    queries: QUERIES.length,
    samples: all.length,
    p50_ms: round(percentile(all, 50)),
    p95_ms: round(percentile(all, 95)),
    // Each query's first run (not in the figures above): for the catalogue, before the process holds the
    // query's analysis and its words' sets (decision 040); later targets repeat words the first one read.
    first_run_p50_ms: round(percentile(firstRuns, 50)),
    first_run_p95_ms: round(percentile(firstRuns, 95)),
  });
}

async function benchDatabase(engine: 'pglite' | 'postgres'): Promise<void> {
  const platform = await startBenchPlatform({ engine, label: 'bench-catalogue', cleanups, progress });
  const { db } = platform.database;
  progress(`${engine}: inserting ${ENTRIES} entries`);
  const started = Date.now();
  await insertCatalogueCorpus(db, { count: ENTRIES, seed: SEED });
  await sql`analyze`.execute(db);
  progress(
    `${engine}: loaded in ${Math.round((Date.now() - started) / 1000)} s; ${QUERIES.length} queries × ${RUNS} runs`,
  );
  progress(`${engine}: inserting ${POSITIONS} positions`);
  await insertBenchPositions(db);
  // The steady state a running server reaches within minutes, when autovacuum has cleared the rows the
  // bulk load and the index rebuild left dead (the matching benchmark does the same).
  await sql`vacuum analyze`.execute(db);
  // The process reads the catalogue's state once (decision 040), on the first search: not part of a query's time.
  const readStart = performance.now();
  await searchCatalogue({ db, criteria: parseSearch({}).criteria, locale: 'de' });
  printLine({
    bench: 'catalogue',
    target: 'first_search_with_state_read',
    engine,
    entries: ENTRIES,
    ms: round(performance.now() - readStart),
  });
  await timeQueries(engine, async (criteria) => (await searchCatalogue({ db, criteria, locale: 'de' })).total);
  // The site search as /suche asks it, without the result cache: the catalogue's results and every
  // provider's group (positions), asked at once.
  const services = platform.app.services;
  setSiteSearchCaching(false);
  await timeQueries(
    engine,
    async (criteria) => {
      const { result, groups } = await searchSite({ services, actor: ANONYMOUS, criteria, notices: [], locale: 'de' });
      return groups.reduce((total, group) => total + group.group.total, result.total);
    },
    'site_queries',
  );
  setSiteSearchCaching(true);
  await timeQueries(
    engine,
    async (criteria) =>
      (await searchPositions({ db, criteria: { q: criteria.q, city: criteria.city[0], page: 1 } })).total,
    'position_queries',
  );

  await platform.app.listen({ host: '127.0.0.1', port: 0 });
  const address = platform.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  const url = `http://127.0.0.1:${address.port}${PAGE_PATH}`;
  for (const cached of [false, true]) {
    setSiteSearchCaching(cached);
    progress(
      `${engine}: search page ${PAGE_PATH} ${cached ? 'with' : 'without'} the result cache, ${DURATION_S} s with ${CONNECTIONS} connections`,
    );
    // A short warm-up with one connection: a 50-connection warm-up would leave a backlog of queued
    // requests on the server that the measured run then pays for.
    await runAutocannon(url, 1, 2, 60);
    const load = await runAutocannon(url, CONNECTIONS, DURATION_S, 60);
    printLine({
      bench: 'catalogue',
      target: cached ? 'search_page_cached' : 'search_page',
      engine,
      path: PAGE_PATH,
      positions: POSITIONS,
      connections: CONNECTIONS,
      requests_per_s: round(load.requestsPerSecond, 1),
      p50_ms: load.p50,
      p99_ms: load.p99,
      non2xx: load.non2xx,
    });
  }
  setSiteSearchCaching(true);
  await cleanUp();
}

const KIND_WORDS = {
  apprenticeship: 'Ausbildung',
  internship: 'Praktikum',
  school_internship: 'Schülerpraktikum',
  dual_study: 'Duales Studium',
} as const;
const OFFERS = [
  'Wir bilden seit vielen Jahren aus und begleiten Auszubildende mit einer Patenschaft.',
  'Kleines Team, feste Ansprechperson und Übernahme nach der Ausbildung.',
  'Berufsschule in der Nähe, Fahrtkostenzuschuss und ein Laptop für die Ausbildung.',
  'Mehrsprachiges Team; Deutschkenntnisse können während der Ausbildung wachsen.',
];

/** Open positions with the ranking benchmark's attributes and titles from their occupation and kind. */
async function insertBenchPositions(db: Parameters<typeof insertCatalogueCorpus>[0]): Promise<void> {
  const organisationId = await insertSyntheticCompany(db);
  const positions = generatePositions(POSITIONS, 7);
  for (let start = 0; start < positions.length; start += 1000) {
    const batch = positions.slice(start, start + 1000);
    await db
      .insertInto('positions')
      .values(
        batch.map((p, i) => {
          const occupation = OCCUPATIONS.find((o) => o.id === p.occupation_id)?.name ?? p.occupation_id;
          return {
            id: p.id,
            organisation_id: organisationId,
            kind: p.kind,
            occupation_id: p.occupation_id,
            title: `${KIND_WORDS[p.kind]} ${occupation}`,
            description: OFFERS[(start + i) % OFFERS.length] ?? '',
            city: p.city,
            postcode: p.postcode,
            starts_on: p.starts_on,
            places: 1,
            required_certificate: p.required_certificate,
            languages: JSON.stringify(p.languages),
            deadline: '2099-12-31',
            status: 'published' as const,
            published_at: new Date(Date.now() - ((start + i) % 10_000) * 60_000),
          };
        }),
      )
      .execute();
  }
}

/** The corpus's published entries, as the in-process libraries get them. */
interface Doc {
  id: number;
  row: CatalogueEntryRow;
}
const FIELD_OF: Record<FilterName, (row: CatalogueEntryRow) => readonly string[]> = {
  kind: (row) => [row.kind],
  field: (row) => row.fields_of_action,
  group: (row) => row.target_groups,
  city: (row) => row.cities,
  lang: (row) => row.languages,
  cost: (row) => (row.cost ? [row.cost] : []),
  format: (row) => (row.format ? [row.format] : []),
};

/** Filters and facet counts in JavaScript, with the same rule as the SQL: each dimension without its own filter. */
function filterAndFacet(docs: readonly Doc[], criteria: SearchCriteria): { hits: Doc[]; facets: Map<string, number> } {
  const passes = (doc: Doc, name: FilterName) =>
    criteria[name].length === 0 ||
    FIELD_OF[name](doc.row).some((v) => (criteria[name] as readonly string[]).includes(v));
  const facets = new Map<string, number>();
  const hits: Doc[] = [];
  for (const doc of docs) {
    const pass = FILTER_NAMES.map((name) => passes(doc, name));
    if (pass.every(Boolean)) hits.push(doc);
    FILTER_NAMES.forEach((name, i) => {
      if (!pass.every((ok, j) => ok || j === i)) return;
      for (const value of FIELD_OF[name](doc.row))
        facets.set(`${name}:${value}`, (facets.get(`${name}:${value}`) ?? 0) + 1);
    });
  }
  return { hits, facets };
}

const normalise = (term: string): string => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

async function benchReferences(): Promise<void> {
  const rows = buildCatalogueCorpus({ count: ENTRIES, seed: SEED }).entries.filter((row) => row.status === 'published');
  const docs: Doc[] = rows.map((row, id) => ({ id, row }));
  const text = (row: CatalogueEntryRow) => ({
    title: [row.title, ...row.translations.map((t) => t.title)].join(' '),
    summary: [row.summary, ...row.translations.map((t) => t.summary)].join(' '),
    body: [row.body, ...row.translations.map((t) => t.body)].join(' '),
  });

  progress(`minisearch: indexing ${docs.length} published entries`);
  const mini = new MiniSearch<{ id: number; title: string; summary: string; body: string }>({
    fields: ['title', 'summary', 'body'],
    processTerm: normalise,
  });
  mini.addAll(docs.map((doc) => ({ id: doc.id, ...text(doc.row) })));
  await timeQueries('minisearch', (criteria) => {
    const found = mini.search(criteria.q, {
      boost: { title: 3, summary: 1.5 },
      fuzzy: 0.2,
      prefix: true,
      combineWith: 'AND',
    });
    const { hits } = filterAndFacet(
      found.map((r) => docs[r.id as number] as Doc),
      criteria,
    );
    return hits.slice(0, 20).length === 0 ? 0 : hits.length;
  });

  progress(`flexsearch: indexing ${docs.length} published entries`);
  const flex = new Index({ tokenize: 'strict', encoder: Charset.LatinBalance, resolution: 9 });
  for (const doc of docs) {
    const t = text(doc.row);
    flex.add(doc.id, `${t.title} ${t.title} ${t.summary} ${t.body}`);
  }
  await timeQueries('flexsearch', (criteria) => {
    const found = flex.search(criteria.q, { limit: docs.length, suggest: true });
    const { hits } = filterAndFacet(
      found.map((id) => docs[id as number] as Doc),
      criteria,
    );
    return hits.slice(0, 20).length === 0 ? 0 : hits.length;
  });
}

function reportRatios(): void {
  for (const ours of ['pglite', 'postgres'] as const) {
    const mine = results.get(ours)?.flat() ?? [];
    for (const reference of ['minisearch', 'flexsearch'] as const) {
      const theirs = results.get(reference)?.flat() ?? [];
      if (mine.length === 0 || theirs.length === 0) continue;
      printLine({
        bench: 'catalogue',
        target: 'ratio',
        engine: ours,
        reference,
        p50_ratio: round(percentile(mine, 50) / percentile(theirs, 50), 1),
        p95_ratio: round(percentile(mine, 95) / percentile(theirs, 95), 1),
      });
    }
  }
}

/** BENCH_CATALOGUE_PARTS=references,postgres runs only those parts (all by default: references, pglite, postgres). */
const PARTS = new Set((process.env.BENCH_CATALOGUE_PARTS ?? 'references,pglite,postgres').split(','));

runBenchmark('bench-catalogue', DEADLINE_MS, cleanUp, async () => {
  if (PARTS.has('references')) await benchReferences();
  if (PARTS.has('pglite')) await benchDatabase('pglite');
  if (PARTS.has('postgres')) await benchDatabase('postgres');
  reportRatios();
});
