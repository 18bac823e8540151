/** Reference data of matching: the occupations list and the postcode areas of the seven cities. */
export { OCCUPATIONS, OCCUPATION_IDS, findOccupation, occupationsOfSameField } from './occupations.js';
export { CITY_CENTRES, POSTCODE_AREAS } from './postcode-areas.js';
