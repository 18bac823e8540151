import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { parseSearch } from './schemas.js';
import { insertEntries } from './test-entries.js';
import { searchCatalogue } from './use-cases/search-catalogue.js';

/**
 * Two writers at the same time. PGlite has a single connection, so writers never overlap there;
 * this file runs in the "postgres" project only (vitest.config.ts).
 */
const test = useTestPlatform();

describe('catalogue search index with concurrent writers', () => {
  it('lets a writer that waits for an entry another writer has locked finish, without a deadlock, and indexes both', async () => {
    const [first, locked, third] = await insertEntries(test.db, [
      { title: 'Erstes Zirkusangebot' },
      { title: 'Zweites Zirkusangebot' },
      { title: 'Drittes Zirkusangebot' },
    ]);
    await test.db.connection().execute(async (other) => {
      await sql`begin`.execute(other);
      await sql`select id from catalogue_entries where id = ${locked} for update`.execute(other);
      // This writer changes an entry, then waits for the one `other` holds.
      const writer = test.db.transaction().execute(async (trx) => {
        await sql`update catalogue_entries set title = 'Erstes Trommelangebot' where id = ${first}`.execute(trx);
        await sql`update catalogue_entries set title = 'Zweites Trommelangebot' where id = ${locked}`.execute(trx);
      });
      for (let attempt = 0; ; attempt++) {
        const waiting = await sql<{
          n: number;
        }>`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock'`.execute(other);
        if ((waiting.rows[0]?.n ?? 0) > 0) break;
        if (attempt > 400) throw new Error('the first writer never waited for the locked entry');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      // `other` writes too and commits while the first writer waits: were the index's lock taken at
      // the first writer's first change, both would wait for each other.
      await sql`update catalogue_entries set title = 'Drittes Trommelangebot' where id = ${third}`.execute(other);
      await sql`commit`.execute(other);
      await writer;
    });
    const found = await searchCatalogue({
      db: test.db,
      criteria: parseSearch({ q: 'Trommelangebot' }).criteria,
      locale: 'de',
    });
    expect(found.items.map((item) => item.title).sort()).toEqual([
      'Drittes Trommelangebot',
      'Erstes Trommelangebot',
      'Zweites Trommelangebot',
    ]);
    const forgotten = await test.db
      .selectFrom('catalogue_search_sets')
      .select('value')
      .where('dim', '=', 'term')
      .where('value', 'like', 'zirkus%')
      .execute();
    expect(forgotten).toEqual([]);
  });
});
