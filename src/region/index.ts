/**
 * Reference data of the region: the seven cities (codes, official names, districts, postcodes), the postcode
 * areas with their coordinates and the occupations. Facts about the Ruhr, not demo data: the modules and
 * the demo seed read them from here.
 */
export { CITIES, RUHR_CITIES, findCityByPostcode, getRuhrCity, type City, type RuhrCity } from './cities.js';
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
export { CITY_CENTRES, POSTCODE_AREAS, type CityCentre, type PostcodeArea } from './postcode-areas.js';
