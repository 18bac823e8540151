/** The seven cities of the cooperation, by the code stored in the database. */
export const CITIES = ['bochum', 'dortmund', 'duisburg', 'essen', 'gelsenkirchen', 'muelheim', 'oberhausen'] as const;
export type City = (typeof CITIES)[number];

/**
 * Reference data for the seven cities of the cooperation Integration.Interkommunal.
 *
 * Sources, as known to the author when this file was written (not fetched live, so check
 * against the originals before relying on it for anything beyond demo and test data):
 *  - official city names and their Stadtbezirke: the cities' own published district lists
 *    (Hauptsatzungen and the statistics offices of Bochum, Dortmund, Duisburg, Essen,
 *    Gelsenkirchen, Mülheim an der Ruhr and Oberhausen);
 *  - postcodes: Deutsche Post's assignment of five-digit Postleitzahlen to these cities.
 *
 * Postcode areas do not follow district borders, so a postcode is tied to a district only
 * where the author is sure the postcode lies (almost) entirely inside it; every other
 * postcode is listed for its city alone. Nothing here is guessed to fill a gap.
 *
 * Coordinates are deliberately NOT included: a map feature should take them from an
 * authoritative geodata source (e.g. the cities' open data portals), not from this file.
 */
export interface RuhrCity {
  code: City;
  /** The official name (Mülheim's includes "an der Ruhr"). */
  name: string;
  /** The Stadtbezirke, as the city names them. */
  districts: readonly string[];
  /** Every postcode assigned to the city, ascending. */
  postcodes: readonly string[];
  /** Only the postcodes the author is certain of, mapped to their district. */
  postcodeDistricts: Readonly<Record<string, string>>;
}

export const RUHR_CITIES: readonly RuhrCity[] = [
  {
    code: 'bochum',
    name: 'Bochum',
    districts: ['Bochum-Mitte', 'Wattenscheid', 'Bochum-Nord', 'Bochum-Ost', 'Bochum-Süd', 'Bochum-Südwest'],
    postcodes: [
      '44787',
      '44789',
      '44791',
      '44793',
      '44795',
      '44797',
      '44799',
      '44801',
      '44803',
      '44805',
      '44807',
      '44809',
      '44866',
      '44867',
      '44869',
      '44879',
      '44892',
      '44894',
    ],
    postcodeDistricts: { '44866': 'Wattenscheid', '44867': 'Wattenscheid', '44869': 'Wattenscheid' },
  },
  {
    code: 'dortmund',
    name: 'Dortmund',
    districts: [
      'Innenstadt-West',
      'Innenstadt-Nord',
      'Innenstadt-Ost',
      'Eving',
      'Scharnhorst',
      'Brackel',
      'Aplerbeck',
      'Hörde',
      'Hombruch',
      'Lütgendortmund',
      'Huckarde',
      'Mengede',
    ],
    postcodes: [
      '44135',
      '44137',
      '44139',
      '44141',
      '44143',
      '44145',
      '44147',
      '44149',
      '44225',
      '44227',
      '44229',
      '44263',
      '44265',
      '44267',
      '44269',
      '44287',
      '44289',
      '44309',
      '44319',
      '44328',
      '44329',
      '44339',
      '44357',
      '44359',
      '44369',
      '44379',
      '44388',
    ],
    postcodeDistricts: {},
  },
  {
    code: 'duisburg',
    name: 'Duisburg',
    districts: ['Walsum', 'Hamborn', 'Meiderich/Beeck', 'Homberg/Ruhrort/Baerl', 'Mitte', 'Rheinhausen', 'Süd'],
    postcodes: [
      '47051',
      '47053',
      '47055',
      '47057',
      '47058',
      '47059',
      '47119',
      '47137',
      '47138',
      '47139',
      '47166',
      '47167',
      '47169',
      '47178',
      '47179',
      '47198',
      '47199',
      '47226',
      '47228',
      '47229',
      '47239',
      '47249',
      '47259',
      '47269',
      '47279',
    ],
    postcodeDistricts: {
      '47119': 'Homberg/Ruhrort/Baerl',
      '47166': 'Hamborn',
      '47167': 'Hamborn',
      '47169': 'Hamborn',
      '47178': 'Walsum',
      '47179': 'Walsum',
      '47198': 'Homberg/Ruhrort/Baerl',
      '47199': 'Homberg/Ruhrort/Baerl',
      '47226': 'Rheinhausen',
      '47228': 'Rheinhausen',
      '47229': 'Rheinhausen',
      '47239': 'Rheinhausen',
      '47259': 'Süd',
      '47269': 'Süd',
      '47279': 'Süd',
    },
  },
  {
    code: 'essen',
    name: 'Essen',
    districts: [
      'Stadtbezirk I (Stadtmitte/Frillendorf/Huttrop)',
      'Stadtbezirk II (Rüttenscheid/Bergerhausen)',
      'Stadtbezirk III (Essen-West)',
      'Stadtbezirk IV (Borbeck)',
      'Stadtbezirk V (Altenessen/Karnap/Vogelheim)',
      'Stadtbezirk VI (Zollverein)',
      'Stadtbezirk VII (Steele/Kray)',
      'Stadtbezirk VIII (Ruhrhalbinsel)',
      'Stadtbezirk IX (Werden/Kettwig/Bredeney)',
    ],
    postcodes: [
      '45127',
      '45128',
      '45130',
      '45131',
      '45133',
      '45134',
      '45136',
      '45138',
      '45139',
      '45141',
      '45143',
      '45144',
      '45145',
      '45147',
      '45149',
      '45219',
      '45239',
      '45257',
      '45259',
      '45276',
      '45277',
      '45279',
      '45289',
      '45307',
      '45309',
      '45326',
      '45327',
      '45329',
      '45355',
      '45356',
      '45357',
      '45359',
    ],
    postcodeDistricts: { '45219': 'Stadtbezirk IX (Werden/Kettwig/Bredeney)' },
  },
  {
    code: 'gelsenkirchen',
    name: 'Gelsenkirchen',
    districts: [
      'Gelsenkirchen-Mitte',
      'Gelsenkirchen-Nord',
      'Gelsenkirchen-West',
      'Gelsenkirchen-Ost',
      'Gelsenkirchen-Süd',
    ],
    postcodes: [
      '45879',
      '45881',
      '45883',
      '45884',
      '45886',
      '45888',
      '45889',
      '45891',
      '45892',
      '45894',
      '45896',
      '45897',
      '45899',
    ],
    postcodeDistricts: {},
  },
  {
    code: 'muelheim',
    name: 'Mülheim an der Ruhr',
    districts: ['Rechtsruhr-Süd', 'Rechtsruhr-Nord', 'Linksruhr'],
    postcodes: ['45468', '45470', '45472', '45473', '45475', '45476', '45478', '45479', '45481'],
    postcodeDistricts: {},
  },
  {
    code: 'oberhausen',
    name: 'Oberhausen',
    districts: ['Alt-Oberhausen', 'Sterkrade', 'Osterfeld'],
    postcodes: ['46045', '46047', '46049', '46117', '46119', '46145', '46147', '46149'],
    postcodeDistricts: {
      '46045': 'Alt-Oberhausen',
      '46047': 'Alt-Oberhausen',
      '46049': 'Alt-Oberhausen',
      '46145': 'Sterkrade',
      '46147': 'Sterkrade',
      '46149': 'Sterkrade',
    },
  },
];

const BY_CODE = new Map(RUHR_CITIES.map((city) => [city.code, city]));

export function getRuhrCity(code: City): RuhrCity {
  const city = BY_CODE.get(code);
  if (!city) throw new Error(`Unknown city code: ${code}`);
  return city;
}

/** The city a postcode belongs to, or undefined if it is outside the seven cities. */
export function findCityByPostcode(postcode: string): RuhrCity | undefined {
  return RUHR_CITIES.find((city) => city.postcodes.includes(postcode));
}

/**
 * The official Kreisschlüssel of the seven cities (kreisfreie Städte, so the key names the city
 * itself), as used by GovData's political geocoding and by official statistics.
 */
export const CITY_DISTRICT_KEYS: Readonly<Record<City, string>> = {
  bochum: '05911',
  dortmund: '05913',
  duisburg: '05112',
  essen: '05113',
  gelsenkirchen: '05513',
  muelheim: '05117',
  oberhausen: '05119',
};

/** The seven cities' Kreisschlüssel in ascending order. */
export const RUHR_CITY_DISTRICT_KEYS: readonly string[] = Object.values(CITY_DISTRICT_KEYS).sort();
