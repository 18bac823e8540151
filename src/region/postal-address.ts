import { findCityByPostcode } from './cities.js';

/** The parts of a German postal address, as far as they are known. */
export interface AddressParts {
  /** Street and house number only ("Beispielstraße 12"). */
  street: string | null;
  postcode: string | null;
  locality: string | null;
  /** What stands before the postcode when it is no street: a building or office ("Beratungsbüro Essen-Mitte"). */
  placeName: string | null;
}

const POSTCODE_AND_LOCALITY = /(?:^|[\s,])(\d{5})(?=[\s,]|$)(?:\s+([^,\n]+))?/;
/** A street ends with its house number, perhaps with a letter or a range ("12", "12a", "12-14"). */
const HOUSE_NUMBER = /\s\d+\s*[a-zA-Z]?(?:\s*[-–/]\s*\d+\s*[a-zA-Z]?)?$/;

/**
 * Reads an address written on one line or several: "Beispielstraße 12, 45127 Essen",
 * "Rathaus Essen, Porscheplatz 1, 45127 Essen", "Beratungsbüro Essen-Mitte, 45127 Essen", "45127 Essen"
 * or a street alone. The street is the part before the postcode that ends with a house number. A postcode of one of the
 * seven cities gives the locality its official name when the line has none.
 */
export function parseAddressLine(text: string): AddressParts {
  const line = text
    .replace(/\s*\n\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .trim();
  const match = POSTCODE_AND_LOCALITY.exec(line);
  const before = (match ? line.slice(0, match.index) : line).replace(/[\s,]+$/, '').trim();
  const postcode = match?.[1] ?? null;
  const locality = match?.[2]?.trim() || (postcode ? (findCityByPostcode(postcode)?.name ?? null) : null);
  const segments = before
    .split(',')
    .map((segment) => segment.trim())
    .filter((segment) => segment.length > 0);
  const streetAt = segments.findLastIndex((segment) => HOUSE_NUMBER.test(` ${segment}`));
  const others = segments.filter((_, index) => index !== streetAt);
  return {
    street: streetAt >= 0 ? segments[streetAt]! : null,
    postcode,
    locality,
    placeName: others.length > 0 ? others.join(', ') : null,
  };
}

/**
 * A schema.org PostalAddress from its parts: the street alone in streetAddress and, for a postcode of
 * the seven cities, the federal state as its ISO 3166-2 subdivision code ("NW", North Rhine-Westphalia).
 */
export function schemaOrgPostalAddress(parts: Pick<AddressParts, 'street' | 'postcode' | 'locality'>) {
  const inRuhr = parts.postcode !== null && findCityByPostcode(parts.postcode) !== undefined;
  return {
    '@type': 'PostalAddress',
    ...(parts.street ? { streetAddress: parts.street } : {}),
    ...(parts.postcode ? { postalCode: parts.postcode } : {}),
    ...(parts.locality ? { addressLocality: parts.locality } : {}),
    ...(inRuhr ? { addressRegion: 'NW' } : {}),
    addressCountry: 'DE',
  };
}
