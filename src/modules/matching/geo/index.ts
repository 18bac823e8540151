/**
 * Postcode coordinates and distances of the region (decision 016): the contract other parts of
 * matching and the position search use. Keep these signatures stable.
 */
export { distanceKm, isKnownPostcode, withinRadius, withinRadiusSql } from './distances.js';
export {
  importPostcodeAreas,
  readRegionPostcodes,
  type ImportProgress,
  type ImportSummary,
} from './import-postcodes.js';
