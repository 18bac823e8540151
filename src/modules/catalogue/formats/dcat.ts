/**
 * The DCAT-AP.de description of the platform's open data: one dcat:Catalog with a dcat:Dataset
 * per open interface. Titles and descriptions are metadata in two languages, tagged with their
 * language as DCAT-AP asks, not interface text: they are written here, not in the message catalogues.
 * Licence: Datenlizenz Deutschland – Namensnennung 2.0 (docs/decisions/008-open-data-licence.md).
 */
export const DATA_LICENCE = 'http://dcat-ap.de/def/licenses/dl-by-de/2.0';
export const ATTRIBUTION =
  'Vielfalt Ruhr – Integration.Interkommunal (Städtekooperation Bochum, Dortmund, Duisburg, Essen, Gelsenkirchen, Mülheim an der Ruhr, Oberhausen)';

const FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';
const MEDIA_TYPE = 'https://www.iana.org/assignments/media-types/';
const THEME_SOCIETY = 'http://publications.europa.eu/resource/authority/data-theme/SOCI';
const LANGUAGE_DE = 'http://publications.europa.eu/resource/authority/language/DEU';

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  dcatde: 'http://dcat-ap.de/def/dcatde/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

type Bilingual = { de: string; en: string };
type LangString = { '@value': string; '@language': 'de' | 'en' };

function bilingual(text: Bilingual): LangString[] {
  return [
    { '@value': text.de, '@language': 'de' },
    { '@value': text.en, '@language': 'en' },
  ];
}

interface DistributionSpec {
  path: string;
  title: Bilingual;
  format: 'JSON' | 'JSON_LD' | 'ICS';
  mediaType: string;
}

interface DatasetSpec {
  key: string;
  title: Bilingual;
  description: Bilingual;
  keywords: string[];
  distributions: DistributionSpec[];
}

const DATASETS: DatasetSpec[] = [
  {
    key: 'catalogue-entries',
    title: {
      de: 'Katalog der Transparenzstelle: Angebote, Akteure, Projekte, Förderprogramme, Wissen und Veranstaltungen',
      en: 'Transparency hub catalogue: offers, actors, projects, funding programmes, knowledge and events',
    },
    description: {
      de: 'Alle veröffentlichten Einträge des Katalogs der Städtekooperation zu interkultureller Öffnung, Vielfalt und Ausbildung im Ruhrgebiet, als JSON-Schnittstelle mit Suche, Filtern und Einzelabruf.',
      en: 'All published entries of the city cooperation’s catalogue on intercultural opening, diversity and vocational training in the Ruhr region, as a JSON API with search, filters and single-entry retrieval.',
    },
    keywords: ['Vielfalt', 'Interkulturelle Öffnung', 'Ausbildung', 'KMU', 'Ruhrgebiet'],
    distributions: [
      {
        path: '/api/v1/catalogue/entries',
        title: { de: 'JSON-Schnittstelle', en: 'JSON API' },
        format: 'JSON',
        mediaType: 'application/json',
      },
    ],
  },
  {
    key: 'hsds',
    title: {
      de: 'Akteure, Angebote und Standorte im Format Open Referral HSDS 3.0',
      en: 'Actors, offers and locations in Open Referral HSDS 3.0',
    },
    description: {
      de: 'Veröffentlichte Akteure (organizations), Angebote (services) und Standorte (locations) nach dem Human Services Data Specification 3.0 von Open Referral, seitenweise als JSON.',
      en: 'Published actors (organizations), offers (services) and locations following Open Referral’s Human Services Data Specification 3.0, paged JSON.',
    },
    keywords: ['Open Referral', 'HSDS', 'Angebote', 'Beratung'],
    distributions: [
      {
        path: '/api/v1/catalogue/hsds/organizations',
        title: { de: 'HSDS organizations', en: 'HSDS organizations' },
        format: 'JSON',
        mediaType: 'application/json',
      },
      {
        path: '/api/v1/catalogue/hsds/services',
        title: { de: 'HSDS services', en: 'HSDS services' },
        format: 'JSON',
        mediaType: 'application/json',
      },
      {
        path: '/api/v1/catalogue/hsds/locations',
        title: { de: 'HSDS locations', en: 'HSDS locations' },
        format: 'JSON',
        mediaType: 'application/json',
      },
    ],
  },
  {
    key: 'events-calendar',
    title: { de: 'Kalender der kommenden Veranstaltungen', en: 'Calendar of upcoming events' },
    description: {
      de: 'Alle veröffentlichten Veranstaltungen, die noch nicht vorbei sind, als iCalendar-Feed (RFC 5545) zum Abonnieren.',
      en: 'All published events that have not ended yet, as an iCalendar feed (RFC 5545) to subscribe to.',
    },
    keywords: ['Veranstaltungen', 'Kalender', 'iCalendar'],
    distributions: [
      {
        path: '/api/v1/catalogue/events.ics',
        title: { de: 'iCalendar-Feed', en: 'iCalendar feed' },
        format: 'ICS',
        mediaType: 'text/calendar',
      },
    ],
  },
  {
    key: 'organisations',
    title: { de: 'Geprüfte Organisationen der sieben Städte', en: 'Verified organisations of the seven cities' },
    description: {
      de: 'Von der Koordinierungsstelle geprüfte Unternehmen, Träger, Schulen und Kommunen, die auf der Plattform mitwirken, mit Art und Stadt.',
      en: 'Companies, providers, schools and municipalities taking part in the platform, verified by the cooperation office, with type and city.',
    },
    keywords: ['Organisationen', 'Unternehmen', 'Träger', 'Kommunen'],
    distributions: [
      {
        path: '/api/v1/organisations',
        title: { de: 'JSON-Schnittstelle', en: 'JSON API' },
        format: 'JSON',
        mediaType: 'application/json',
      },
    ],
  },
];

export const DCAT_PATH = '/api/v1/dcat';

/** The catalogue as JSON-LD; `modified` is the newest publication among the entries. */
export function buildDcatCatalog(options: { baseUrl: string; modified: Date | null }) {
  const { baseUrl } = options;
  const publisher = {
    '@id': `${baseUrl}/#publisher`,
    '@type': 'foaf:Organization',
    'foaf:name':
      'Integration.Interkommunal – Städtekooperation Bochum, Dortmund, Duisburg, Essen, Gelsenkirchen, Mülheim an der Ruhr, Oberhausen',
    'foaf:homepage': { '@id': `${baseUrl}/de/` },
  };
  const licence = { '@id': DATA_LICENCE };
  const modified = options.modified
    ? { 'dct:modified': { '@value': options.modified.toISOString(), '@type': 'xsd:dateTime' } }
    : {};
  return {
    '@context': DCAT_CONTEXT,
    '@id': `${baseUrl}${DCAT_PATH}`,
    '@type': 'dcat:Catalog',
    'dct:title': bilingual({
      de: 'Offene Daten der Plattform Vielfalt Ruhr',
      en: 'Open data of the Vielfalt Ruhr platform',
    }),
    'dct:description': bilingual({
      de: 'Offene Daten der Transparenzstelle der Städtekooperation Integration.Interkommunal: Angebote, Akteure, Projekte, Förderprogramme, Wissen und Veranstaltungen zu Vielfalt und Ausbildung im Ruhrgebiet.',
      en: 'Open data of the transparency hub of the city cooperation Integration.Interkommunal: offers, actors, projects, funding programmes, knowledge and events on diversity and vocational training in the Ruhr region.',
    }),
    'dct:publisher': publisher,
    'dct:license': licence,
    'dct:language': { '@id': LANGUAGE_DE },
    'foaf:homepage': { '@id': `${baseUrl}/de/` },
    ...modified,
    'dcat:dataset': DATASETS.map((dataset) => ({
      '@id': `${baseUrl}${DCAT_PATH}#${dataset.key}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': `${baseUrl}${DCAT_PATH}#${dataset.key}`,
      'dct:title': bilingual(dataset.title),
      'dct:description': bilingual(dataset.description),
      'dct:publisher': { '@id': publisher['@id'] },
      'dct:license': licence,
      'dct:language': { '@id': LANGUAGE_DE },
      'dcat:theme': { '@id': THEME_SOCIETY },
      'dcat:keyword': dataset.keywords,
      ...modified,
      'dcat:distribution': dataset.distributions.map((distribution) => ({
        '@id': `${baseUrl}${distribution.path}#distribution`,
        '@type': 'dcat:Distribution',
        'dct:title': bilingual(distribution.title),
        'dcat:accessURL': { '@id': `${baseUrl}${distribution.path}` },
        'dct:format': { '@id': `${FILE_TYPE}${distribution.format}` },
        'dcat:mediaType': { '@id': `${MEDIA_TYPE}${distribution.mediaType}` },
        'dct:license': licence,
        'dcatde:licenseAttributionByText': ATTRIBUTION,
      })),
    })),
  };
}
