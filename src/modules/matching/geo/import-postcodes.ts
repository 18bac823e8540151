import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { parseGeoNamesPostcodes, selectRegion, type PostcodeArea, type RejectedLine } from '../../../region/index.js';

/** What an import did, printed by `npm run import:postcodes`. */
export interface ImportSummary {
  /** Non-empty lines of the file. */
  lines: number;
  /** Postcodes of the region found in the file. */
  postcodes: number;
  added: number;
  changed: number;
  unchanged: number;
  /** Malformed lines, with line number and reason. */
  rejected: RejectedLine[];
  /** Lines that are not a delivery area of North Rhine-Westphalia (Großkunden postcodes, other states). */
  linesLeftOut: number;
  /** Postcodes in the table but not in the file: kept (profiles and positions may carry them). */
  keptNotInFile: number;
  /** Rows of postcode_distances written; 0 when nothing changed. */
  distancesRecomputed: number;
}

export type ImportProgress = (step: string) => void;

/** The region's postcode areas of a GeoNames file (the vendored one, or the whole DE.txt). */
export function readRegionPostcodes(text: string): {
  areas: PostcodeArea[];
  rejected: RejectedLine[];
  lines: number;
  linesLeftOut: number;
} {
  const parsed = parseGeoNamesPostcodes(text);
  return { ...parsed, areas: selectRegion(parsed.areas) };
}

/**
 * Brings postcode_areas in line with the file's region: adds new postcodes, updates those whose
 * place or point changed, leaves the rest, and recomputes every distance if anything changed — all
 * in one transaction, so ranking never sees half an import. Running it twice changes nothing.
 */
export async function importPostcodeAreas(
  db: Kysely<Database>,
  options: { text: string; source: string; onProgress?: ImportProgress },
): Promise<ImportSummary> {
  const progress = options.onProgress ?? (() => undefined);
  const { areas, rejected, lines, linesLeftOut } = readRegionPostcodes(options.text);
  progress(
    `read ${lines} lines: ${areas.length} postcodes of the region, ${rejected.length} rejected, ${linesLeftOut} left out (not a delivery area of North Rhine-Westphalia)`,
  );
  return db.transaction().execute(async (trx) => {
    const existing = new Map(
      (await trx.selectFrom('postcode_areas').selectAll().execute()).map((row) => [row.postcode, row]),
    );
    let added = 0;
    let changed = 0;
    let unchanged = 0;
    for (const [index, area] of areas.entries()) {
      const row = existing.get(area.postcode);
      if (!row) {
        await trx
          .insertInto('postcode_areas')
          .values({ ...area, source: options.source })
          .execute();
        added += 1;
      } else if (
        row.place !== area.place ||
        row.city !== area.city ||
        row.latitude !== area.latitude ||
        row.longitude !== area.longitude
      ) {
        await trx
          .updateTable('postcode_areas')
          .set({ ...area, source: options.source })
          .where('postcode', '=', area.postcode)
          .execute();
        changed += 1;
      } else unchanged += 1;
      if ((index + 1) % 100 === 0 || index + 1 === areas.length)
        progress(`postcodes ${index + 1}/${areas.length}: ${added} added, ${changed} changed, ${unchanged} unchanged`);
    }
    const inFile = new Set(areas.map((area) => area.postcode));
    const keptNotInFile = [...existing.keys()].filter((postcode) => !inFile.has(postcode)).length;
    let distancesRecomputed = 0;
    if (added + changed > 0) {
      progress('recomputing distances');
      await sql`select matching_refresh_postcode_distances()`.execute(trx);
      const count = await trx
        .selectFrom('postcode_distances')
        .select(({ fn }) => fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      distancesRecomputed = Number(count.n);
      progress(`distances recomputed: ${distancesRecomputed}`);
    }
    return {
      lines,
      postcodes: areas.length,
      added,
      changed,
      unchanged,
      rejected,
      linesLeftOut,
      keptNotInFile,
      distancesRecomputed,
    };
  });
}
