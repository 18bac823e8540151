/**
 * `npm run i18n:check`: compares the message catalogues (core's folder and every module's, as
 * src/platform.ts loads them) with German and with the keys the code uses (logic in
 * src/core/i18n/check-catalogues.ts). Exits 1 on any error, a namespace defined in two folders included.
 * I18N_ALLOW_MISSING_LOCALES=1 turns "missing in a translation" into a warning, for local work
 * while translations are being written; `npm test` never sets it.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAllCatalogues } from '../src/core/i18n/catalogue.js';
import { checkCatalogues, collectKeyUses } from '../src/core/i18n/check-catalogues.js';
import { DEFAULT_LOCALE } from '../src/core/i18n/locales.js';
import { GERMAN_ONLY_NAMESPACES, MESSAGE_FOLDERS } from '../src/platform.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

try {
  const result = checkCatalogues({
    catalogues: loadAllCatalogues(MESSAGE_FOLDERS),
    sourceLocale: DEFAULT_LOCALE,
    keyUses: collectKeyUses(join(root, 'src'), root),
    sourceOnlyNamespaces: GERMAN_ONLY_NAMESPACES,
    // The one process.env read outside src/core/config.ts: this is a developer tool, not the app.
    allowMissingLocales: process.env.I18N_ALLOW_MISSING_LOCALES === '1',
  });
  for (const problem of result.problems)
    console.log(`${problem.severity === 'error' ? 'error  ' : 'warning'} ${problem.text}`);
  console.log(result.summary);
  if (result.errorCount > 0) process.exitCode = 1;
} catch (error) {
  console.error('i18n: could not read the catalogues:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
