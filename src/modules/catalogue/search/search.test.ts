import { describe, expect, it } from 'vitest';
import { useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { parseSearch } from './schemas.js';
import { insertEntries } from './test-entries.js';
import { searchCatalogue } from './use-cases/search-catalogue.js';
import { days } from '../../../core/time/durations.js';

const test = useTestPlatform();

async function search(params: Record<string, string | string[]>, locale: 'de' | 'en' | 'ar' = 'de') {
  const { criteria, notices } = parseSearch(params);
  return searchCatalogue({ db: test.db, criteria, locale, notices });
}
const titles = (result: { items: { title: string }[] }) => result.items.map((item) => item.title);

describe('catalogue search', () => {
  it('finds German word forms, ignores accents and tolerates typos', async () => {
    await insertEntries(test.db, [
      {
        title: 'Ausbildungsplatz im Handwerk',
        summary: 'Betriebe in Gelsenkirchen bilden aus.',
        cities: ['gelsenkirchen'],
      },
      {
        title: 'Sprechstunde für Unternehmen in Mülheim',
        summary: 'Beratung zur Fachkräftesicherung.',
        cities: ['muelheim'],
      },
      { title: 'Mentoring für Auszubildende', summary: 'Patinnen begleiten die Ausbildung.', cities: ['essen'] },
      { title: 'Elternabend zur Berufswahl', summary: 'Informationen für Familien.', cities: ['bochum'] },
    ]);
    expect(titles(await search({ q: 'Ausbildungsplätze' }))).toEqual(['Ausbildungsplatz im Handwerk']);
    expect(titles(await search({ q: 'Mulheim' }))).toEqual(['Sprechstunde für Unternehmen in Mülheim']);
    const typo = await search({ q: 'Ausbildng' });
    expect(titles(typo)).toContain('Mentoring für Auszubildende');
    expect(typo.notices).toContainEqual({ code: 'similar_words', word: 'Ausbildng' });
    expect(titles(await search({ q: 'Mentorng' }))).toEqual(['Mentoring für Auszubildende']);
    expect(titles(await search({ q: 'Elternabnd Berufswahl' }))).toEqual(['Elternabend zur Berufswahl']);
    expect((await search({ q: 'Raumfahrt' })).total).toBe(0);
  });

  it('ranks title matches first and newer entries above older ones', async () => {
    const day = days(1);
    await insertEntries(test.db, [
      {
        title: 'Netzwerktreffen Vielfalt',
        summary: 'Mit einem Vortrag über Bewerbungstraining.',
        published_at: new Date(),
        updated_at: new Date(),
      },
      {
        title: 'Bewerbungstraining (alt)',
        summary: 'Für Jugendliche.',
        published_at: new Date(Date.now() - 900 * day),
        updated_at: new Date(Date.now() - 900 * day),
      },
      {
        title: 'Bewerbungstraining (neu)',
        summary: 'Für Jugendliche.',
        published_at: new Date(Date.now() - day),
        updated_at: new Date(Date.now() - day),
      },
    ]);
    expect(titles(await search({ q: 'Bewerbungstraining' }))).toEqual([
      'Bewerbungstraining (neu)',
      'Bewerbungstraining (alt)',
      'Netzwerktreffen Vielfalt',
    ]);
    expect(titles(await search({ q: 'Bewerbungstraining', sort: 'title' }))).toEqual([
      'Bewerbungstraining (alt)',
      'Bewerbungstraining (neu)',
      'Netzwerktreffen Vielfalt',
    ]);
    expect(titles(await search({ sort: 'newest' }))[0]).toBe('Netzwerktreffen Vielfalt');
  });

  it('filters and counts each dimension with the other filters applied', async () => {
    await insertEntries(test.db, [
      {
        title: 'Kurs A',
        cities: ['essen'],
        kind: 'offer',
        cost: 'free',
        fields_of_action: ['education'],
        languages: ['de', 'tr'],
      },
      {
        title: 'Kurs B',
        cities: ['essen', 'bochum'],
        kind: 'event',
        cost: 'fee',
        fields_of_action: ['education', 'networking'],
      },
      { title: 'Kurs C', cities: ['bochum'], kind: 'offer', cost: 'free', target_groups: ['smes'], format: 'online' },
      { title: 'Kurs D', cities: ['dortmund'], kind: 'project', cost: 'free' },
    ]);
    const essen = await search({ q: 'Kurs', city: 'essen' });
    expect(titles(essen).sort()).toEqual(['Kurs A', 'Kurs B']);
    expect(essen.total).toBe(2);
    // The city counts ignore the city filter itself …
    expect(essen.facets.city).toEqual([
      { value: 'bochum', count: 2 },
      { value: 'dortmund', count: 1 },
      { value: 'essen', count: 2 },
    ]);
    // … the other dimensions count within Essen.
    expect(essen.facets.kind).toEqual([
      { value: 'offer', count: 1 },
      { value: 'event', count: 1 },
    ]);
    expect(essen.facets.cost).toEqual([
      { value: 'free', count: 1 },
      { value: 'fee', count: 1 },
    ]);
    expect(essen.facets.lang).toEqual([
      { value: 'de', count: 1 },
      { value: 'tr', count: 1 },
    ]);

    const combined = await search({ city: ['essen', 'bochum'], cost: 'free' });
    expect(titles(combined).sort()).toEqual(['Kurs A', 'Kurs C']);
    expect(combined.facets.cost).toEqual([
      { value: 'free', count: 2 },
      { value: 'fee', count: 1 },
    ]);
    expect(combined.facets.format).toEqual([{ value: 'online', count: 1 }]);
    expect(titles(await search({ kind: 'project' }))).toEqual(['Kurs D']);
    expect(titles(await search({ group: 'smes', format: 'online' }))).toEqual(['Kurs C']);
    expect(titles(await search({ field: 'networking' }))).toEqual(['Kurs B']);
  });

  it('shows only published entries that are not hidden', async () => {
    await insertEntries(test.db, [
      { title: 'Sichtbares Coaching' },
      { title: 'Entwurf Coaching', status: 'draft', published_at: null },
      { title: 'Geprüftes Coaching', status: 'in_review', published_at: null },
      { title: 'Archiviertes Coaching', status: 'archived' },
      { title: 'Verborgenes Coaching', hidden_at: new Date() },
    ]);
    expect(titles(await search({ q: 'Coaching' }))).toEqual(['Sichtbares Coaching']);
    expect(titles(await search({}))).toEqual(['Sichtbares Coaching']);
    const facets = (await search({})).facets.kind;
    expect(facets).toEqual([{ value: 'offer', count: 1 }]);
    // Words of unpublished entries do not help typo tolerance either.
    const words = await test.db
      .selectFrom('catalogue_search_sets')
      .select('value')
      .where('dim', '=', 'term')
      .where('value', '=', 'entwurf')
      .execute();
    expect(words).toEqual([]);
  });

  it('finds translated entries in their language and falls back to German visibly', async () => {
    await insertEntries(test.db, [
      {
        title: 'Bewerbungstraining für Jugendliche',
        summary: 'Wir üben Vorstellungsgespräche.',
        translations: [
          { locale: 'en', title: 'Application training for young people', summary: 'We practise job interviews.' },
          { locale: 'ar', title: 'تدريب على التقديم للشباب', summary: 'نتدرب على مقابلات العمل.' },
        ],
      },
      { title: 'Sprachcafé für Eltern', summary: 'Austausch auf Deutsch.' },
    ]);
    const english = await search({ q: 'application training' }, 'en');
    expect(english.items.map((i) => [i.title, i.isFallback])).toEqual([
      ['Application training for young people', false],
    ]);
    const arabic = await search({ q: 'التقديم' }, 'ar');
    expect(titles(arabic)).toEqual(['تدريب على التقديم للشباب']);
    const fallback = await search({ q: 'Sprachcafé' }, 'en');
    expect(fallback.items.map((i) => [i.title, i.isFallback, i.locale])).toEqual([
      ['Sprachcafé für Eltern', true, 'de'],
    ]);
  });

  it('reports unknown filter values and parameters instead of failing', async () => {
    await insertEntries(test.db, [{ title: 'Workshop Vielfalt', cities: ['essen'] }]);
    const result = await search({
      q: 'Workshop',
      city: ['essen', 'koeln'],
      kind: 'rocket',
      sort: 'random',
      page: 'x',
      colour: 'blue',
    });
    expect(titles(result)).toEqual(['Workshop Vielfalt']);
    expect(result.notices).toEqual(
      expect.arrayContaining([
        { code: 'unknown_parameter', parameter: 'colour' },
        { code: 'unknown_value', parameter: 'city', value: 'koeln' },
        { code: 'unknown_value', parameter: 'kind', value: 'rocket' },
        { code: 'unknown_value', parameter: 'sort', value: 'random' },
        { code: 'unknown_value', parameter: 'page', value: 'x' },
      ]),
    );
  });

  it('keeps typo tolerance up to date: words of entries no longer public are forgotten', async () => {
    const [id] = await insertEntries(test.db, [{ title: 'Zirkuspädagogik für Kinder' }]);
    expect((await search({ q: 'Zirkuspädagogig' })).total).toBe(1);
    await test.db
      .updateTable('catalogue_entries')
      .set({ status: 'archived' })
      .where('id', '=', id ?? '')
      .execute();
    const left = await test.db
      .selectFrom('catalogue_search_sets')
      .select('value')
      .where('dim', '=', 'term')
      .where('value', 'like', 'zirkus%')
      .execute();
    expect(left).toEqual([]);
    expect((await search({ q: 'Zirkuspädagogik' })).total).toBe(0);
  });

  it('shows every committed change at the next search, though the process keeps what it read (decision 040)', async () => {
    const [fair, course] = await insertEntries(test.db, [
      { title: 'Zirkusmesse für Betriebe', cities: ['essen'] },
      { title: 'Zirkuskurs am Abend', cities: ['bochum'] },
    ]);
    expect(titles(await search({ q: 'Zirkusmesse' }))).toEqual(['Zirkusmesse für Betriebe']);
    expect(titles(await search({ sort: 'newest' }))).toEqual(['Zirkusmesse für Betriebe', 'Zirkuskurs am Abend']);

    // A new entry: a new word and a new slot.
    await insertEntries(test.db, [{ title: 'Zirkusmesse im Revier', cities: ['oberhausen'] }]);
    expect((await search({ q: 'Zirkusmesse' })).total).toBe(2);
    // A filter value changes.
    await test.db
      .updateTable('catalogue_entries')
      .set({ cities: ['duisburg'] })
      .where('id', '=', course ?? '')
      .execute();
    const inDuisburg = await search({ city: 'duisburg' });
    expect(titles(inDuisburg)).toEqual(['Zirkuskurs am Abend']);
    expect(inDuisburg.facets.city).toEqual([
      { value: 'duisburg', count: 1 },
      { value: 'essen', count: 1 },
      { value: 'oberhausen', count: 1 },
    ]);
    // Only a time changes (no word, no filter value): the order follows.
    await test.db
      .updateTable('catalogue_entries')
      .set({ published_at: new Date(Date.now() + 60_000) })
      .where('id', '=', course ?? '')
      .execute();
    expect(titles(await search({ sort: 'newest' }))[0]).toBe('Zirkuskurs am Abend');
    // Only the title's order changes (the same words): sort=title follows.
    await test.db
      .updateTable('catalogue_entries')
      .set({ title: 'Betriebe: Zirkusmesse' })
      .where('id', '=', fair ?? '')
      .execute();
    expect(titles(await search({ sort: 'title' }))[0]).toBe('Betriebe: Zirkusmesse');
    // Hidden: gone from results and counts.
    await test.db
      .updateTable('catalogue_entries')
      .set({ hidden_at: new Date() })
      .where('id', '=', fair ?? '')
      .execute();
    const after = await search({ q: 'Zirkusmesse' });
    expect(titles(after)).toEqual(['Zirkusmesse im Revier']);
    expect(after.total).toBe(1);
  });
});
