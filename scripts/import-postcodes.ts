/**
 * `npm run import:postcodes -- [file] [--source "<source and licence>"] [--write-vendored]`
 *
 * Imports the postcode coordinates of the region (the seven cities and every postcode within
 * REGION_RADIUS_KM of one of theirs) from a GeoNames postal-code file into postcode_areas and
 * recomputes every distance, in one transaction. Without a file it reads the vendored
 * src/region/postcodes/DE-ruhr.txt; given the whole DE.txt of GeoNames it selects the region itself.
 * Progress on stderr, the summary (added/changed/unchanged/rejected lines, distances recomputed) on
 * stdout. Running it twice changes nothing the second time.
 *
 * --write-vendored: also writes the region's lines of the file, unchanged, to the vendored file
 * (how DE-ruhr.txt was derived from ../shared/data/postcodes/DE.txt). See decision 016.
 * Uses the configured database (DATABASE_URL or PGlite in DATA_DIR), like the application.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/core/config.js';
import { openDatabase } from '../src/core/db/client.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import { MIGRATIONS } from '../src/platform.js';
import { isDeliveryAreaLine, POSTCODE_SOURCE, VENDORED_POSTCODES_FILE } from '../src/region/index.js';
import { importPostcodeAreas, readRegionPostcodes } from '../src/modules/matching/geo/index.js';

const progress = (line: string): void => console.error(`import-postcodes: ${line}`);

function parseArguments(argv: readonly string[]): { file: string; source: string; writeVendored: boolean } | null {
  let file: string | undefined;
  let source = POSTCODE_SOURCE;
  let writeVendored = false;
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i] as string;
    if (argument === '--write-vendored') writeVendored = true;
    else if (argument === '--source' && argv[i + 1]) source = argv[++i] as string;
    else if (argument.startsWith('--') || file) return null;
    else file = argument;
  }
  return { file: file ?? fileURLToPath(VENDORED_POSTCODES_FILE), source, writeVendored };
}

/** The file's lines whose postcode belongs to the region, in the file's order and unchanged. */
function regionLines(text: string): string {
  const keep = new Set(readRegionPostcodes(text).areas.map((area) => area.postcode));
  const lines = text.split(/\r?\n/).filter((line) => {
    const columns = line.split('\t');
    return keep.has(columns[1] ?? '') && isDeliveryAreaLine(columns);
  });
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  if (!options) {
    console.error('usage: npm run import:postcodes -- [GeoNames file] [--source "<source>"] [--write-vendored]');
    process.exitCode = 2;
    return;
  }
  progress(`reading ${options.file}`);
  const text = readFileSync(options.file, 'utf8');
  if (options.writeVendored) {
    writeFileSync(VENDORED_POSTCODES_FILE, regionLines(text));
    progress(`wrote the region's lines to ${fileURLToPath(VENDORED_POSTCODES_FILE)}`);
  }
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db, MIGRATIONS);
    const summary = await importPostcodeAreas(database.db, { text, source: options.source, onProgress: progress });
    for (const { line, reason } of summary.rejected.slice(0, 20)) progress(`rejected line ${line}: ${reason}`);
    console.log(
      JSON.stringify({
        lines: summary.lines,
        postcodes: summary.postcodes,
        added: summary.added,
        changed: summary.changed,
        unchanged: summary.unchanged,
        rejected_lines: summary.rejected.length,
        lines_left_out: summary.linesLeftOut,
        kept_not_in_file: summary.keptNotInFile,
        distances_recomputed: summary.distancesRecomputed,
      }),
    );
  } finally {
    await database.close();
  }
}

await main();
