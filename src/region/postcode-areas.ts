import { RUHR_CITIES, type City } from './cities.js';

/**
 * Coordinates of every postcode area of the seven cities — CITY CENTRES, NOT POSTCODE CENTROIDS.
 *
 * No npm package with German postcode coordinates and a clear licence was found (checked:
 * `german-postal-codes` 2.0.0, ISC, ships the list of codes only, no coordinates). So every
 * postcode area is given the coordinates of its city's centre, and distances are therefore
 * city-to-city: 0 km within a city, the distance between the two city centres otherwise. This
 * holds until a licensed per-postcode data set is imported with `scripts/import-postcodes.ts`
 * (GeoNames postal codes, CC BY 4.0, or OpenStreetMap-derived data under ODbL); see
 * docs/decisions/011-postcode-distances.md.
 *
 * Sources of the city centres (decimal degrees, rounded to 3 decimals, WGS 84). The Wikidata item
 * of each city is named for identification (property P625, coordinate location); the values were
 * read from the published pages named below, not fetched from Wikidata live — compare them with
 * P625 of the item before relying on them beyond city-level distances:
 *  - Bochum (Q2103): English Wikipedia infobox, 51°28′55″N 7°12′57″E.
 *  - Dortmund (Q1295): the city's own page "Geography & Climate" (dortmund.de), 51°30′58″N 7°28′05″E.
 *  - Duisburg (Q2100): Simple English Wikipedia infobox, 51.4351472°N 6.7626917°E.
 *  - Essen (Q2066): Wikipedia infobox (Serbo-Croatian edition), 51.45807°N 7.01476°E.
 *  - Gelsenkirchen (Q2765): Wikipedia infobox (Scots edition), 51°31′0″N 7°06′0″E.
 *  - Mülheim an der Ruhr (Q3031): English Wikipedia infobox, 51°26′N 6°53′E (51.433, 6.883).
 *  - Oberhausen (Q2838): English Wikipedia infobox, 51°29′48″N 6°52′14″E.
 * Postcodes: src/region/cities.ts.
 */
export interface PostcodeArea {
  postcode: string;
  city: City;
  place: string;
  latitude: number;
  longitude: number;
  source: string;
}

export interface CityCentre {
  wikidata: string;
  latitude: number;
  longitude: number;
  source: string;
}

export const CITY_CENTRES: Readonly<Record<City, CityCentre>> = {
  bochum: { wikidata: 'Q2103', latitude: 51.482, longitude: 7.216, source: 'Wikipedia (en) infobox Bochum' },
  dortmund: { wikidata: 'Q1295', latitude: 51.516, longitude: 7.468, source: 'dortmund.de, Geography & Climate' },
  duisburg: { wikidata: 'Q2100', latitude: 51.435, longitude: 6.763, source: 'Wikipedia (simple) infobox Duisburg' },
  essen: { wikidata: 'Q2066', latitude: 51.458, longitude: 7.015, source: 'Wikipedia (sh) infobox Essen' },
  gelsenkirchen: {
    wikidata: 'Q2765',
    latitude: 51.517,
    longitude: 7.1,
    source: 'Wikipedia (sco) infobox Gelsenkirchen',
  },
  muelheim: {
    wikidata: 'Q3031',
    latitude: 51.433,
    longitude: 6.883,
    source: 'Wikipedia (en) infobox Mülheim an der Ruhr',
  },
  oberhausen: { wikidata: 'Q2838', latitude: 51.497, longitude: 6.871, source: 'Wikipedia (en) infobox Oberhausen' },
};

export const POSTCODE_AREAS: readonly PostcodeArea[] = RUHR_CITIES.flatMap((city) =>
  city.postcodes.map((postcode) => ({
    postcode,
    city: city.code,
    place: city.name,
    latitude: CITY_CENTRES[city.code].latitude,
    longitude: CITY_CENTRES[city.code].longitude,
    source: `city centre (${CITY_CENTRES[city.code].wikidata}): ${CITY_CENTRES[city.code].source}`,
  })),
);
