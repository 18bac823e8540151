/**
 * Reference data of the region: the seven cities (codes, official names, districts, postcodes), the postcode
 * areas with their coordinates and the occupations. Facts about the Ruhr, not demo data: the modules and
 * the demo seed read them from here.
 */
export {
  CITIES,
  CITY_DISTRICT_KEYS,
  RUHR_CITIES,
  RUHR_CITY_DISTRICT_KEYS,
  findCityByPostcode,
  getRuhrCity,
  type City,
  type RuhrCity,
} from './cities.js';
export {
  OCCUPATIONS,
  OCCUPATION_FIELDS,
  OCCUPATION_IDS,
  findOccupation,
  isOccupationId,
  occupationsOfSameField,
  type Occupation,
  type OccupationField,
  type OccupationRegulation,
} from './occupations.js';
export {
  POSTCODE_AREAS,
  POSTCODE_SOURCE,
  REGION_POSTCODE_AREAS,
  REGION_RADIUS_KM,
  VENDORED_POSTCODES_FILE,
  findPostcodeArea,
  haversineKm,
  isDeliveryAreaLine,
  parseGeoNamesPostcodes,
  selectRegion,
  type CityPostcodeArea,
  type ParsedPostcodes,
  type PostcodeArea,
  type RejectedLine,
} from './postcode-areas.js';
export { parseAddressLine, schemaOrgPostalAddress, type AddressParts } from './postal-address.js';
