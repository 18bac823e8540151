import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { TestClient, useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { insertOpenPositions } from '../../../../tests/fixtures/search/positions.js';
import { insertEntries } from './test-entries.js';
import { parseSearch } from './schemas.js';
import { searchCatalogue } from './use-cases/search-catalogue.js';
import { searchSite, searchWriteGeneration } from './use-cases/search-site.js';

const test = useTestPlatform();

async function publishPosition(title: string): Promise<string> {
  const [id] = await insertOpenPositions(test.db, [
    {
      title,
      occupation: 'kraftfahrzeugmechatroniker',
      city: 'essen',
      postcode: '45127',
      company: 'Autohaus Beispiel GmbH',
    },
  ]);
  return id as string;
}

const titles = (body: string) => [...body.matchAll(/href="\/de\/eintraege\/[^"]+">([^<]+)</g)].map((m) => m[1]);

describe('site search', () => {
  it('finds synonyms ("Sprachkurs" → Berufsbezogenes Deutsch, Fachsprache Deutsch; "Kfz" → Kraftfahrzeug)', async () => {
    await insertEntries(test.db, [
      { title: 'Berufsbezogenes Deutsch für Pflegekräfte' },
      { title: 'Fachsprache Deutsch im Handwerk' },
      { title: 'Deutschkurs am Abend' },
      { title: 'Kraftfahrzeug-Werkstatt für Jugendliche' },
      { title: 'Trommelkurs' },
    ]);
    const client = new TestClient(test.app);
    const sprachkurs = await client.get('/de/suche?q=Sprachkurs');
    expect(titles(sprachkurs.body).sort()).toEqual(
      ['Berufsbezogenes Deutsch für Pflegekräfte', 'Deutschkurs am Abend', 'Fachsprache Deutsch im Handwerk'].sort(),
    );
    expect(titles((await client.get('/de/suche?q=Kfz')).body)).toEqual(['Kraftfahrzeug-Werkstatt für Jugendliche']);
  });

  it('groups entries and open positions by kind, each with its count and a link to its full list', async () => {
    await insertEntries(test.db, [{ title: 'Kfz-Ausbildung erklärt', cities: ['essen'] }]);
    const positionId = await publishPosition('Ausbildung im Autohaus');
    const page = await new TestClient(test.app).get('/de/suche?q=Kfz');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Ergebnisse nach Art');
    expect(page.body).toContain('1 Angebot oder Veranstaltung');
    expect(page.body).toContain('1 offene Stelle');
    expect(page.body).toContain(`href="/de/stellen/${positionId}"`);
    expect(page.body).toContain('href="/de/stellen?q=Kfz"');
  });

  it('reads a city in the text as a removable filter and shows partial matches with the word left out', async () => {
    await insertEntries(test.db, [
      { title: 'Ausbildung im Handwerk', cities: ['essen'] },
      { title: 'Ausbildung im Hafen', cities: ['duisburg'] },
    ]);
    const client = new TestClient(test.app);
    const essen = await client.get('/de/suche?q=Ausbildung+Mechatroniker+Essen');
    expect(titles(essen.body)).toEqual(['Ausbildung im Handwerk']);
    expect(essen.body).toContain('Gefiltert nach Ort: Essen');
    expect(essen.body).toContain('Gezeigt werden die besten Treffer ohne „Mechatroniker“');
    expect(essen.body).toContain('href="/de/suche?q=Ausbildung+Mechatroniker"');
    // Saved-search digests ask for full matches only.
    const strict = await searchCatalogue({
      db: test.db,
      criteria: parseSearch({ q: 'Ausbildung Mechatroniker Essen' }).criteria,
      locale: 'de',
      partialMatches: false,
    });
    expect([strict.total, strict.droppedWord]).toEqual([0, null]);
    const everywhere = await client.get('/de/suche?q=Ausbildung+in+Duisburg');
    expect(titles(everywhere.body)).toEqual(['Ausbildung im Hafen']);
  });

  it('orders by relevance by default: the form without a chosen order sends none', async () => {
    const page = await new TestClient(test.app).get('/de/suche');
    expect(page.body).toMatch(/<option value(="")? selected(="")?>Relevanz<\/option>/);
    const chosen = await new TestClient(test.app).get('/de/suche?q=Ausbildung&sort=newest');
    expect(chosen.body).toMatch(/<option value="newest" selected(="")?>/);
  });

  it('caches anonymous results until any write to entries or positions, and never for signed-in people', async () => {
    const [entryId] = await insertEntries(test.db, [{ title: 'Zirkusschule im Revier' }]);
    const positionId = await publishPosition('Zirkusschule Ausbildung Artistik');
    const { criteria } = parseSearch({ q: 'Zirkusschule' });
    const services = test.app.services;
    const search = (actor: Parameters<typeof searchSite>[0]['actor']) =>
      searchSite({ services, actor, criteria, notices: [], locale: 'de' });
    const first = await search({ kind: 'anonymous' });
    expect(first.result.total).toBe(1);
    expect(first.groups[0]?.group.total).toBe(1);

    // Without the triggers a change is invisible to the cache: proof that the result was cached.
    const generation = await searchWriteGeneration(test.db);
    await sql`alter table catalogue_entries disable trigger catalogue_entries_search_writes`.execute(test.db);
    await sql`update catalogue_entries set title = 'Zirkusschule umbenannt' where id = ${entryId}`.execute(test.db);
    await sql`alter table catalogue_entries enable trigger catalogue_entries_search_writes`.execute(test.db);
    expect(await searchWriteGeneration(test.db)).toBe(generation);
    expect((await search({ kind: 'anonymous' })).result.items[0]?.title).toBe('Zirkusschule im Revier');
    // A signed-in person is never served from the cache.
    const user = await createUser(test.db);
    const signedIn = await signedInClient(test, user.email);
    expect((await signedIn.get('/de/suche?q=Zirkusschule')).body).toContain('Zirkusschule umbenannt');

    // Any write (here: an entry's title) makes the cached result stale.
    await test.db
      .updateTable('catalogue_entries')
      .set({ title: 'Zirkusschule neu' })
      .where('id', '=', entryId as string)
      .execute();
    expect(await searchWriteGeneration(test.db)).not.toBe(generation);
    expect((await search({ kind: 'anonymous' })).result.items[0]?.title).toBe('Zirkusschule neu');

    // A position closed is gone from the next anonymous search.
    await test.db
      .updateTable('positions')
      .set({ status: 'closed', closed_at: new Date() })
      .where('id', '=', positionId)
      .execute();
    expect((await search({ kind: 'anonymous' })).groups[0]?.group.total).toBe(0);
  });

  it('serves the same rendered page to anonymous visitors until a write, keeping the live fragment apart', async () => {
    const [entryId] = await insertEntries(test.db, [{ title: 'Kletterhalle im Pott' }]);
    const anonymous = () => new TestClient(test.app);
    const first = await anonymous().get('/de/suche?q=Kletterhalle');
    expect(first.body).toContain('Kletterhalle im Pott');
    const fragment = await anonymous().get('/de/suche?q=Kletterhalle', { 'x-live-search': '1' });
    expect(fragment.body.startsWith('<div>')).toBe(true);

    // A change the write counter does not see: the anonymous page stays as it was, so it came from the cache.
    await sql`alter table catalogue_entries disable trigger catalogue_entries_search_writes`.execute(test.db);
    await sql`update catalogue_entries set title = 'Kletterhalle umbenannt' where id = ${entryId}`.execute(test.db);
    await sql`alter table catalogue_entries enable trigger catalogue_entries_search_writes`.execute(test.db);
    const again = await anonymous().get('/de/suche?q=Kletterhalle');
    expect(again.body).toBe(first.body);
    expect((await anonymous().get('/de/suche?q=Kletterhalle', { 'x-live-search': '1' })).body).toBe(fragment.body);
    const user = await createUser(test.db);
    const signedIn = await signedInClient(test, user.email);
    expect((await signedIn.get('/de/suche?q=Kletterhalle')).body).toContain('Kletterhalle umbenannt');

    await test.db
      .updateTable('catalogue_entries')
      .set({ title: 'Kletterhalle neu' })
      .where('id', '=', entryId as string)
      .execute();
    expect((await anonymous().get('/de/suche?q=Kletterhalle')).body).toContain('Kletterhalle neu');
  });

  it('serves a cached page compressed as the visitor accepts it, and a write makes the compressed page new too', async () => {
    const [entryId] = await insertEntries(test.db, [{ title: 'Bouldertreff im Revier' }]);
    const anonymous = (encoding?: string) =>
      new TestClient(test.app).get('/de/suche?q=Bouldertreff', encoding ? { 'accept-encoding': encoding } : {});
    const plain = await anonymous();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('Bouldertreff im Revier');
    for (let round = 0; round < 2; round++) {
      const br = await anonymous('gzip, deflate, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
      const gzip = await anonymous('gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(plain.body);
    }
    await test.db
      .updateTable('catalogue_entries')
      .set({ title: 'Bouldertreff neu im Revier' })
      .where('id', '=', entryId as string)
      .execute();
    const after = await anonymous('br');
    expect(brotliDecompressSync(after.rawPayload).toString('utf8')).toContain('Bouldertreff neu im Revier');
  });
});
