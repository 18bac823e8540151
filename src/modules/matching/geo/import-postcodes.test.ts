import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmptyDatabase } from '../../../../tests/setup/test-db.js';
import type { DatabaseHandle } from '../../../core/db/client.js';
import { migrateToLatest } from '../../../core/db/migrate.js';
import { MIGRATIONS } from '../../../platform.js';
import { parseGeoNamesPostcodes, REGION_POSTCODE_AREAS } from '../../../region/index.js';
import { distanceKm, importPostcodeAreas } from './index.js';

// The fixtures were written for this test in the GeoNames format; their coordinates are made up
// near the real ones and are only ever loaded into the throw-away database of this file.
const SAMPLE = readFileSync(new URL('./fixtures/geonames-sample.txt', import.meta.url), 'utf8');
const NEW_POSTCODE = readFileSync(new URL('./fixtures/geonames-new-postcode.txt', import.meta.url), 'utf8');

describe('GeoNames postcode file', () => {
  it('averages the places of one postcode, rejects malformed lines with a reason, leaves out Großkunden lines', () => {
    const parsed = parseGeoNamesPostcodes(SAMPLE);
    expect(parsed.areas).toEqual([
      { postcode: '44135', city: 'dortmund', place: 'Dortmund', latitude: 51.5141, longitude: 7.4661 },
      { postcode: '45127', city: 'essen', place: 'Essen', latitude: 51.4566, longitude: 7.0126 },
      { postcode: '46236', city: null, place: 'Bottrop', latitude: 51.5241, longitude: 6.9262 },
      { postcode: '48143', city: null, place: 'Münster', latitude: 51.9621, longitude: 7.6251 },
    ]);
    expect(parsed.rejected).toEqual([
      { line: 6, reason: 'postcode' },
      { line: 7, reason: 'coordinates' },
      { line: 10, reason: 'columns' },
    ]);
    expect(parsed.lines).toBe(10);
    expect(parsed.linesLeftOut).toBe(2); // Berlin (not North Rhine-Westphalia) and the Großkunden line
  });

  it('the vendored file holds the seven cities and their neighbouring towns, nothing else', () => {
    const places = new Set(REGION_POSTCODE_AREAS.map((area) => area.place));
    for (const town of ['Bottrop', 'Herne', 'Recklinghausen', 'Moers', 'Hattingen', 'Witten', 'Castrop-Rauxel'])
      expect(places).toContain(town);
    for (const town of ['Gladbeck', 'Dinslaken', 'Ratingen', 'Velbert']) expect(places).toContain(town);
    expect(places).not.toContain('Münster');
    expect(places).not.toContain('Köln');
    expect(REGION_POSTCODE_AREAS.filter((area) => area.city !== null)).toHaveLength(132);
  });
});

describe('npm run import:postcodes', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openEmptyDatabase('geo_import');
    await migrateToLatest(database.db, MIGRATIONS);
  });
  afterAll(async () => {
    await database.close();
  });

  it('updates the region from the file in one go, reports every step, and a second run changes nothing', async () => {
    const { db } = database;
    const before = await distanceKm(db, '45127', '46236');
    const steps: string[] = [];
    const first = await importPostcodeAreas(db, {
      text: SAMPLE,
      source: 'test fixture',
      onProgress: (s) => steps.push(s),
    });
    expect(first).toMatchObject({ lines: 10, postcodes: 3, added: 0, changed: 3, unchanged: 0, linesLeftOut: 2 });
    expect(first.rejected).toHaveLength(3);
    expect(first.keptNotInFile).toBe(REGION_POSTCODE_AREAS.length - 3);
    expect(first.distancesRecomputed).toBe(REGION_POSTCODE_AREAS.length ** 2);
    expect(steps[0]).toContain('read 10 lines');
    expect(steps.at(-1)).toContain('distances recomputed');
    // Münster lies beyond the region and is not imported.
    expect(await db.selectFrom('postcode_areas').select('postcode').where('postcode', '=', '48143').execute()).toEqual(
      [],
    );
    const essen = await db.selectFrom('postcode_areas').selectAll().where('postcode', '=', '45127').executeTakeFirst();
    expect(essen).toMatchObject({ city: 'essen', latitude: 51.4566, longitude: 7.0126, source: 'test fixture' });
    expect(await distanceKm(db, '45127', '46236')).not.toBe(before);

    const second = await importPostcodeAreas(db, { text: SAMPLE, source: 'test fixture' });
    expect(second).toMatchObject({ added: 0, changed: 0, unchanged: 3, distancesRecomputed: 0 });
  });

  it('adds a new postcode of the region with its distances to every other one', async () => {
    const { db } = database;
    const summary = await importPostcodeAreas(db, { text: NEW_POSTCODE, source: 'test fixture' });
    expect(summary).toMatchObject({ added: 1, changed: 0, unchanged: 0 });
    expect(summary.distancesRecomputed).toBe((REGION_POSTCODE_AREAS.length + 1) ** 2);
    const km = await distanceKm(db, '45999', '45127');
    expect(km).toBeGreaterThan(7);
    expect(km).toBeLessThan(9);
  });

  it('writes nothing when the file is not a postcode file at all', async () => {
    const { db } = database;
    const summary = await importPostcodeAreas(db, { text: 'postcode;lat;lon\n45127;51;7\n', source: 'wrong file' });
    expect(summary).toMatchObject({ postcodes: 0, added: 0, changed: 0, distancesRecomputed: 0 });
    expect(summary.rejected).toEqual([
      { line: 1, reason: 'columns' },
      { line: 2, reason: 'columns' },
    ]);
  });
});
