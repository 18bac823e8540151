import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestPlatform } from '../../../../tests/setup/test-platform.js';
import type { Database } from '../../../core/db/database.js';
import { insertCatalogueCorpus } from '../../../seed/catalogue/corpus.js';
import { bestPartialMatch } from '../../../core/search/partial.js';
import { understandQuery, type QueryTerm } from '../../../core/search/understand.js';
import { analyseQuery } from './query-terms.js';
import { FILTER_NAMES, FILTERS, parseSearch, type FilterName, type SearchCriteria } from './schemas.js';
import { insertEntries } from './test-entries.js';
import { fromPostgresBits, slotsOf, wordsFor } from './bit-set.js';
import { searchCatalogue, type Facets } from './use-cases/search-catalogue.js';
import { days } from '../../../core/time/durations.js';

/**
 * The search index against the plain definition of the search: every public entry read row by
 * row, matched, filtered, counted, scored and sorted in JavaScript. The index is built in bulk,
 * then changed through the trigger (edits, archiving, hiding, deleting, new entries, translations);
 * the trigger's index must equal a fresh rebuild, and every search must equal the definition.
 */
const test = useTestPlatform();
const HALF_LIFE_S = 2 * 365 * 24 * 3600;

interface Row {
  id: string;
  terms: string[];
  ranked: string[];
  titled: string[];
  kind: string;
  field: string[];
  group: string[];
  city: string[];
  lang: string[];
  cost: string | null;
  format: string | null;
  sort_title: string;
  published: Date;
  age: number;
}

const valuesOf = (row: Row, name: FilterName): string[] => {
  const value = row[name];
  return Array.isArray(value) ? value : value === null ? [] : [value];
};

type Definition = { total: number; facets: Facets; ids: string[] };

/** As the search reads a query: places in the text are city filters; no full match → best partial match. */
async function definition(db: Kysely<Database>, typed: SearchCriteria): Promise<Definition> {
  const understood = understandQuery(typed.q);
  const city = [...new Set([...typed.city, ...understood.places.map((place) => place.city)])];
  const criteria = { ...typed, city };
  const full = await definitionOf(db, criteria, understood.terms);
  if (full.total > 0) return full;
  const partial = await bestPartialMatch(understood.terms, (terms) => definitionOf(db, criteria, terms));
  return partial?.result ?? full;
}

async function definitionOf(
  db: Kysely<Database>,
  criteria: SearchCriteria,
  terms: readonly QueryTerm[],
): Promise<Definition> {
  const { words } = await analyseQuery(db, terms);
  const rows = (
    await sql<Row>`
      select e.id, tsvector_to_array(e.search_vector) as terms, tsvector_to_array(e.rank_vector) as ranked,
        tsvector_to_array(ts_filter(e.rank_vector, '{a}')) as titled, e.kind, e.fields_of_action as field, e.target_groups as "group",
        e.cities as city, e.languages as lang, e.cost, e.format, lower(unaccent(e.title)) as sort_title,
        coalesce(e.published_at, e.updated_at) as published, date_part('epoch', now() - greatest(e.published_at, e.updated_at)) as age
      from catalogue_entries e where e.status = 'published' and e.hidden_at is null`.execute(db)
  ).rows;
  const has = (lexemes: string[], spellings: string[][]) =>
    spellings.some((spelling) => spelling.every((lexeme) => lexemes.includes(lexeme)));
  const matched = rows.filter((row) => words.every((word) => has(row.terms, word.spellings)));
  const passes = (row: Row, name: FilterName) =>
    criteria[name].length === 0 || valuesOf(row, name).some((value) => (criteria[name] as string[]).includes(value));
  const hits = matched.filter((row) => FILTER_NAMES.every((name) => passes(row, name)));

  const facets = Object.fromEntries(
    FILTER_NAMES.map((name) => [name, [] as { value: string; count: number }[]]),
  ) as Facets;
  for (const name of FILTER_NAMES) {
    const counts = new Map<string, number>();
    for (const row of matched) {
      if (!FILTER_NAMES.every((other) => other === name || passes(row, other))) continue;
      for (const value of valuesOf(row, name)) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const order = FILTERS[name] as readonly string[];
    facets[name] = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  }

  const score = (row: Row) => {
    const text =
      words.reduce(
        (sum, word) => sum + (has(row.titled, word.spellings) ? 1.0 : has(row.ranked, word.spellings) ? 0.4 : 0.2),
        0,
      ) / words.length;
    return text * (1.0 / (1.0 + Math.max(0, row.age) / HALF_LIFE_S));
  };
  const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const newest = (a: Row, b: Row) => b.published.getTime() - a.published.getTime() || byId(a, b);
  const sort = criteria.sort === 'relevance' && words.length === 0 ? 'newest' : criteria.sort;
  const compare =
    sort === 'relevance'
      ? (a: Row, b: Row) => score(b) - score(a) || newest(a, b)
      : sort === 'newest'
        ? newest
        : (a: Row, b: Row) => Buffer.compare(Buffer.from(a.sort_title), Buffer.from(b.sort_title)) || byId(a, b);
  const ordered = [...hits].sort(compare);
  const offset = (criteria.page - 1) * 20;
  return { total: hits.length, facets, ids: ordered.slice(offset, offset + 20).map((row) => row.id) };
}

/** The index's sets as slot lists, so indexes of different capacity compare. */
async function snapshot(db: Kysely<Database>) {
  const rows = await sql<{ dim: string; value: string; bits: string }>`
    select dim, value, encode(varbit_send(members), 'base64') as bits
    from catalogue_search_sets where dim <> '' order by dim, value collate "C"`.execute(db);
  return rows.rows.map(({ dim, value, bits }) => {
    const binary = Buffer.from(bits, 'base64');
    return { dim, value, slots: slotsOf(fromPostgresBits(binary, wordsFor(binary.readUInt32BE(0)))) };
  });
}

const SEARCHES: Record<string, string | string[]>[] = [
  { q: 'Ausbildung' },
  { q: 'Ausbildung', page: '2' },
  { q: 'Ausbildung', sort: 'newest' },
  { q: 'Ausbildung', sort: 'title', page: '2' },
  { q: 'Ausbildng', city: ['essen', 'bochum'] },
  { q: 'Mentoring Azubis' },
  { q: 'Bewerbungstraining', kind: 'offer', cost: 'free' },
  { q: 'interkulturelle Kompetenz Unternehmen', lang: 'tr' },
  { q: 'Netzwerk Duisburg', sort: 'title' },
  { q: 'Übergang Schule-Beruf' },
  { q: 'Vielfalt', field: 'advice_companies', group: 'smes', format: 'online' },
  { q: 'Zirkusschule Trommelkurs' },
  { q: 'Raumfahrt' },
  { q: 'Raumfahrt Ausbildung in Essen' },
  { q: 'Kfz Werkstatt Bochum-Wattenscheid' },
  { city: 'oberhausen' },
  { sort: 'title', page: '3' },
  {},
];

describe('catalogue search index', () => {
  it('stays equal to a rebuild through edits, and every search equals the plain definition', async () => {
    const now = new Date();
    const yearAgo = new Date(now.getTime() - days(365));
    await insertCatalogueCorpus(test.db, { count: 400, seed: 'search-index', now });
    const live = await test.db
      .selectFrom('catalogue_entries')
      .select('id')
      .where('status', '=', 'published')
      .orderBy('id')
      .execute();
    const ids = live.map((row) => row.id);
    const some = (from: number, count: number) => ids.slice(from, from + count);
    // Changes through the trigger, one by one, as the use-cases make them.
    for (const id of some(0, 12))
      await test.db.updateTable('catalogue_entries').set({ status: 'archived' }).where('id', '=', id).execute();
    for (const id of some(12, 6))
      await test.db.updateTable('catalogue_entries').set({ hidden_at: now }).where('id', '=', id).execute();
    for (const id of some(18, 12)) {
      await sql`update catalogue_entries set title = 'Neu: Ausbildung und ' || title, updated_at = now() where id = ${id}`.execute(
        test.db,
      );
    }
    for (const id of some(30, 8))
      await test.db
        .updateTable('catalogue_entries')
        .set({ cities: ['oberhausen'], languages: ['tr', 'ar'] })
        .where('id', '=', id)
        .execute();
    for (const id of some(38, 4)) await test.db.deleteFrom('catalogue_entries').where('id', '=', id).execute();
    for (const id of some(42, 4)) {
      await test.db
        .insertInto('catalogue_translations')
        .values({ entry_id: id, locale: 'tr', title: 'Mesleki eğitim için mentorluk', summary: 'Azubis için destek.' })
        // The corpus translates some entries into Turkish already: then this rewrites that translation.
        .onConflict((conflict) =>
          conflict
            .columns(['entry_id', 'locale'])
            .doUpdateSet({ title: 'Mesleki eğitim için mentorluk', summary: 'Azubis için destek.' }),
        )
        .execute();
    }
    await insertEntries(test.db, [
      { title: 'Ausbildung im Handwerk', summary: 'Mentoring für Azubis.', cities: ['essen'], cost: 'free' },
      {
        title: 'Ausbildungsmesse',
        summary: 'Bewerbungstraining vor Ort.',
        cities: ['bochum'],
        kind: 'event',
        format: 'in_person',
      },
      {
        title: 'Übergang Schule-Beruf gestalten',
        summary: 'Ein Netzwerk in Duisburg.',
        cities: ['duisburg'],
        published_at: new Date('2019-03-01T00:00:00Z'),
      },
      { title: 'Entwurf zur Ausbildung', status: 'draft' },
      // An older entry whose better text score beats 60 fresher ones of the same tier (both words
      // in titles or summaries): 0.7 × 0.67 against 0.4 × 1, so it must be on the first page. The
      // tier is large enough to be scanned in the order of freshness, not scored whole.
      { title: 'Zirkusschule im Revier', summary: 'Mit Trommelkurs.', published_at: yearAgo, updated_at: yearAgo },
      ...Array.from({ length: 60 }, (_, n) => ({
        title: `Kulturangebot ${n + 1}`,
        summary: 'Zirkusschule und Trommelkurs für alle.',
      })),
    ]);

    const maintained = await snapshot(test.db);
    await sql`select catalogue_search_rebuild()`.execute(test.db);
    expect(await snapshot(test.db)).toEqual(maintained);
    expect(maintained.some((set) => set.dim === 'term' && set.value === 'ausbild')).toBe(true);
    const circus = await searchCatalogue({
      db: test.db,
      criteria: parseSearch({ q: 'Zirkusschule Trommelkurs' }).criteria,
      locale: 'de',
    });
    expect(circus.items.map((item) => item.title)).toContain('Zirkusschule im Revier');

    for (const params of SEARCHES) {
      const { criteria } = parseSearch(params);
      // One transaction, so both see the same now() for the freshness factor.
      await test.db.transaction().execute(async (trx) => {
        const result = await searchCatalogue({ db: trx, criteria, locale: 'de' });
        const expected = await definition(trx, criteria);
        const label = JSON.stringify(params);
        expect(result.total, label).toBe(expected.total);
        expect(result.facets, label).toEqual(expected.facets);
        expect(
          result.items.map((item) => item.id),
          label,
        ).toEqual(expected.ids);
      });
    }
  });
});
