/**
 * Imports per-postcode coordinates for the seven cities from a GeoNames postal-code file:
 *
 *   npx tsx scripts/import-postcodes.ts DE.txt "GeoNames postal codes (CC BY 4.0), downloaded 2027-01-15"
 *
 * DE.txt is the German file of the GeoNames postal-code dump (licence CC BY 4.0: name GeoNames
 * wherever distances are shown). Lines of other postcodes are ignored; postcodes missing from the
 * file keep their city-centre coordinates. Uses the configured database (DATABASE_URL or PGlite
 * in DATA_DIR), like the application. See docs/decisions/011-postcode-distances.md.
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../src/core/config.js';
import { openDatabase } from '../src/core/db/client.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import { MIGRATIONS } from '../src/platform.js';
import { importPostcodeAreas, parseGeoNamesPostcodes } from '../src/modules/matching/geo/import-postcodes.js';

async function main(): Promise<void> {
  const [file, source] = process.argv.slice(2);
  if (!file || !source) {
    console.error('usage: tsx scripts/import-postcodes.ts <GeoNames DE.txt> "<source and licence>"');
    process.exitCode = 2;
    return;
  }
  const { areas, rejected } = parseGeoNamesPostcodes(readFileSync(file, 'utf8'));
  if (rejected.length > 0)
    console.error(`import-postcodes: ${rejected.length} malformed lines skipped (first: line ${rejected[0]})`);
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db, MIGRATIONS);
    const count = await importPostcodeAreas(database.db, areas, source);
    console.log(JSON.stringify({ imported: count, rejected: rejected.length }));
  } finally {
    await database.close();
  }
}

await main();
