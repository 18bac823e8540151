import { readFileSync } from 'node:fs';
import { type City, findCityByPostcode, RUHR_CITIES } from './cities.js';

/**
 * Coordinates of the postcode areas of the region: the seven cities and every postcode within
 * REGION_RADIUS_KM of one of theirs (the neighbouring towns commuters come from — Bottrop, Herne,
 * Recklinghausen, Moers, Hattingen, Witten, Castrop-Rauxel, Gladbeck, Dinslaken, Ratingen, Velbert …).
 *
 * Source: the GeoNames postal-code dump for Germany (CC BY 4.0; name GeoNames wherever distances are
 * shown), vendored as the lines of the region in `postcodes/DE-ruhr.txt` next to this file, with its
 * note in `postcodes/README.md`. The file is derived from the full DE.txt by
 * `npm run import:postcodes -- DE.txt --write-vendored`; see docs/decisions/016-postcode-coordinates.md.
 * GeoNames lists a postcode once per place it covers; those points are averaged per postcode.
 */
export interface PostcodeArea {
  postcode: string;
  /** One of the seven cities (src/region/cities.ts), or null for a neighbouring town. */
  city: City | null;
  place: string;
  latitude: number;
  longitude: number;
}

/** A postcode area of one of the seven cities. */
export type CityPostcodeArea = PostcodeArea & { city: City };

/** Postcodes within this distance (km, point to point) of a postcode of the seven cities belong to the region. */
export const REGION_RADIUS_KM = 15;
export const VENDORED_POSTCODES_FILE = new URL('./postcodes/DE-ruhr.txt', import.meta.url);
export const POSTCODE_SOURCE = 'GeoNames postal codes (CC BY 4.0), update of 2026-03-30';

export interface RejectedLine {
  line: number;
  reason: 'columns' | 'country' | 'postcode' | 'place' | 'coordinates';
}

export interface ParsedPostcodes {
  /** Every postcode of the file, its places' points averaged, sorted by postcode. */
  areas: PostcodeArea[];
  rejected: RejectedLine[];
  /** Lines read (not counting empty ones). */
  lines: number;
  /** Lines that are not a delivery area of North Rhine-Westphalia (Großkunden postcodes, other states): left out. */
  linesLeftOut: number;
}

/**
 * Reads a GeoNames postal-code file: tab-separated, no header, columns country, postcode, place,
 * state, state code, admin name 2, admin code 2, admin name 3, admin code 3, latitude, longitude,
 * accuracy. Lines that are not delivery areas are counted, not kept (see isDeliveryAreaLine).
 */
export function parseGeoNamesPostcodes(text: string): ParsedPostcodes {
  const sums = new Map<string, { place: string; lat: number; lon: number; n: number }>();
  const rejected: RejectedLine[] = [];
  let lines = 0;
  let linesLeftOut = 0;
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    lines += 1;
    const line = index + 1;
    const columns = raw.split('\t');
    const [country, postcode, place] = columns;
    const latitude = Number(columns[9]);
    const longitude = Number(columns[10]);
    const reason: RejectedLine['reason'] | null =
      columns.length < 11
        ? 'columns'
        : country !== 'DE'
          ? 'country'
          : !/^\d{5}$/.test(postcode ?? '')
            ? 'postcode'
            : !place?.trim()
              ? 'place'
              : !columns[9]?.trim() ||
                  !columns[10]?.trim() ||
                  !Number.isFinite(latitude) ||
                  !Number.isFinite(longitude) ||
                  Math.abs(latitude) > 90 ||
                  Math.abs(longitude) > 180
                ? 'coordinates'
                : null;
    if (reason || !postcode || !place) {
      rejected.push({ line, reason: reason ?? 'columns' });
      return;
    }
    if (!isDeliveryAreaLine(columns)) {
      linesLeftOut += 1;
      return;
    }
    const sum = sums.get(postcode) ?? { place: place.trim(), lat: 0, lon: 0, n: 0 };
    sum.lat += latitude;
    sum.lon += longitude;
    sum.n += 1;
    sums.set(postcode, sum);
  });
  const areas = [...sums]
    .map(([postcode, s]) => ({
      postcode,
      city: findCityByPostcode(postcode)?.code ?? null,
      place: s.place,
      latitude: Math.round((s.lat / s.n) * 1e5) / 1e5,
      longitude: Math.round((s.lon / s.n) * 1e5) / 1e5,
    }))
    .sort((a, b) => (a.postcode < b.postcode ? -1 : a.postcode > b.postcode ? 1 : 0));
  return { areas, rejected, lines, linesLeftOut };
}

/**
 * Whether a line is one of GeoNames' delivery areas of North Rhine-Westphalia, where the whole region
 * lies. In the republished dump those say "Reg.-Bez. …" in admin name 2; the lines of Großkunden
 * postcodes (one large recipient: an insurer, a court, a bank) spell it differently ("Regierungsbezirk
 * …", "Düsseldorf District") and name the organisation as the place — nobody lives there.
 */
export function isDeliveryAreaLine(columns: readonly string[]): boolean {
  return (columns[5] ?? '').startsWith('Reg.-Bez. ');
}

/** Great-circle distance in km (haversine, mean earth radius 6371.0088 km) — the formula of the SQL function matching_haversine_km. */
export function haversineKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h =
    Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/**
 * The region: every postcode of the seven cities, and every other postcode whose point lies within
 * `radiusKm` of the point of one of theirs (taken from the same file, else from the vendored one).
 * Reproducible from any GeoNames file of Germany.
 */
export function selectRegion(areas: readonly PostcodeArea[], radiusKm = REGION_RADIUS_KM): PostcodeArea[] {
  const core = [...areas.filter((area) => area.city !== null), ...POSTCODE_AREAS];
  return areas.filter((area) => area.city !== null || core.some((c) => haversineKm(c, area) <= radiusKm));
}

/** Every postcode area of the region, read from the vendored file once. */
export const REGION_POSTCODE_AREAS: readonly PostcodeArea[] = parseGeoNamesPostcodes(
  readFileSync(VENDORED_POSTCODES_FILE, 'utf8'),
).areas;

const BY_POSTCODE = new Map(REGION_POSTCODE_AREAS.map((area) => [area.postcode, area]));

/** The postcode area of a postcode of the region (seven cities or neighbouring town), or undefined. */
export function findPostcodeArea(postcode: string): PostcodeArea | undefined {
  return BY_POSTCODE.get(postcode);
}

/** The postcode areas of the seven cities, in the order of src/region/cities.ts. */
export const POSTCODE_AREAS: readonly CityPostcodeArea[] = RUHR_CITIES.flatMap((city) =>
  city.postcodes.flatMap((postcode) => {
    const area = BY_POSTCODE.get(postcode);
    return area ? [{ ...area, city: city.code }] : [];
  }),
);
