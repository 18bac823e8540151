import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateToLatest, mergeMigrations } from '../../src/core/db/migrate.js';
import { loadAllCatalogues } from '../../src/core/i18n/catalogue.js';
import { checkCatalogues } from '../../src/core/i18n/check-catalogues.js';
import { navigationFor } from '../../src/core/modules/navigation.js';
import { MODULES } from '../../src/modules/index.js';
import { assemblePlatform, MESSAGE_FOLDERS } from '../../src/platform.js';
import type { DatabaseHandle } from '../../src/core/db/client.js';
import { openEmptyDatabase } from '../setup/test-db.js';
import { exampleModule, scheduledJobs } from '../fixtures/example-module/index.js';
import type { AppServices } from '../../src/core/http/types.js';

/**
 * Adding a module is its folder and one line in the module list: everything the module declares
 * reaches the platform through assemblePlatform, with no change to core.
 */
describe('adding a module', () => {
  const withExample = assemblePlatform([...MODULES, exampleModule]);
  const today = assemblePlatform(MODULES);
  let database: DatabaseHandle | undefined;

  afterAll(async () => {
    await database?.close();
  });

  it('gathers its migrations, messages, menu entry, route, job and personal data', async () => {
    expect(withExample.messageFolders).toEqual([...MESSAGE_FOLDERS, exampleModule.messages]);
    expect(withExample.migrations).toContain(exampleModule.migrations);
    expect(withExample.jobs).toHaveLength(today.jobs.length + 1);
    await withExample.jobs.at(-1)?.({} as AppServices);
    expect(scheduledJobs).toEqual(['example-noticeboard-cleanup']);
    expect(withExample.routes).toContain(exampleModule.register);
    expect(withExample.personalData.map((source) => source.id).at(-1)).toBe('example_notices');
    const anonymous = { actor: { kind: 'anonymous' as const }, isProduction: true };
    const main = navigationFor(withExample.navigation, 'main', anonymous).map((entry) => entry.path);
    expect(main).toEqual([
      '/suche',
      '/veranstaltungen',
      '/beteiligung',
      '/stellen',
      '/qualitaet',
      '/ausbilden',
      '/pinnwand',
      '/mentoring',
      '/monitoring',
    ]);
  });

  it("runs its migration together with core's and the other modules', in name order", async () => {
    database = await openEmptyDatabase('example_module');
    await migrateToLatest(database.db, withExample.migrations);
    const names = Object.keys(mergeMigrations(withExample.migrations));
    expect(names.at(-1)).toBe('900-example-noticeboard');
    const ran = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.db);
    expect(ran.rows.map((row) => row.name)).toEqual(names);
    await sql`insert into example_notices (text) values ('Sprechstunde verlegt')`.execute(database.db);
    const notices = await sql<{ text: string }>`select text from example_notices`.execute(database.db);
    expect(notices.rows).toEqual([{ text: 'Sprechstunde verlegt' }]);
  });

  it('brings its messages in every language, checked like the others', () => {
    const catalogues = loadAllCatalogues(withExample.messageFolders);
    expect(catalogues.de.get('example_noticeboard.title')).toBe('Pinnwand');
    expect(catalogues.ar.get('example_noticeboard.title')).toBe('لوحة الإعلانات');
    const result = checkCatalogues({
      catalogues,
      sourceLocale: 'de',
      keyUses: [],
      sourceOnlyNamespaces: withExample.germanOnlyNamespaces,
    });
    expect(result.errorCount).toBe(0);
  });

  it('refuses a module whose migration name another module already uses', async () => {
    const twin = { ...exampleModule, name: 'twin' };
    expect(() => mergeMigrations(assemblePlatform([...MODULES, exampleModule, twin]).migrations)).toThrow(
      'Two migrations are named 900-example-noticeboard',
    );
  });
});
