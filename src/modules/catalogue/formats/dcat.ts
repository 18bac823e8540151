import { RUHR_CITY_DISTRICT_KEYS } from '../../../region/index.js';
import { OFFICE_CONTACT } from '../../site/index.js';

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
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/**
 * GovData's contributor ID of the system that delivers the metadata. The cities of North
 * Rhine-Westphalia reach GovData through the state's portal Open.NRW, which harvests this catalogue.
 */
export const GOVDATA_CONTRIBUTOR = 'http://dcat-ap.de/def/contributors/openNRW';
const DISTRICT_KEY = 'http://dcat-ap.de/def/politicalGeocoding/districtKey/';
const LEVEL_DISTRICT = 'http://dcat-ap.de/def/politicalGeocoding/Level/administrativeDistrict';
const PUBLISHER_NAME =
  'Integration.Interkommunal – Städtekooperation Bochum, Dortmund, Duisburg, Essen, Gelsenkirchen, Mülheim an der Ruhr, Oberhausen';

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
  /** The page of the platform where people find this data (German interface). */
  landingPage: string;
  distributions: DistributionSpec[];
}

const DATASETS: DatasetSpec[] = [
  {
    key: 'catalogue-entries',
    landingPage: '/de/suche',
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
    landingPage: '/de/suche',
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
    landingPage: '/de/veranstaltungen',
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
    landingPage: '/de/suche',
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

export const dateTime = (at: Date) => ({ '@value': at.toISOString(), '@type': 'xsd:dateTime' });
const date = (at: Date) => ({ '@value': at.toISOString().slice(0, 10), '@type': 'xsd:date' });

/** dct:temporal: the period the data covers, open at the end when `end` is null. */
export function periodOfTime(start: Date, end: Date | null) {
  return {
    'dct:temporal': {
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': date(start),
      ...(end ? { 'dcat:endDate': date(end) } : {}),
    },
  };
}

/**
 * What every dataset of the platform shares: the publishing body and the GovData contributor, the
 * contact point (the cooperation office), the licence, the language and the seven cities as spatial
 * coverage, named by GovData's political geocoding (the cities are kreisfreie Städte, so their
 * Kreisschlüssel names them at the level of administrative districts).
 */
export function datasetCommons(baseUrl: string) {
  const spatial = RUHR_CITY_DISTRICT_KEYS.map((key) => ({ '@id': `${DISTRICT_KEY}${key}` }));
  return {
    'dct:publisher': { '@id': `${baseUrl}/#publisher` },
    'dcatde:contributorID': { '@id': GOVDATA_CONTRIBUTOR },
    'dcat:contactPoint': {
      '@id': `${baseUrl}/#contact`,
      '@type': ['vcard:Kind', 'vcard:Organization'],
      'vcard:fn': PUBLISHER_NAME,
      'vcard:hasEmail': { '@id': `mailto:${OFFICE_CONTACT.email}` },
      'vcard:hasURL': { '@id': `${baseUrl}/de/impressum` },
    },
    'dct:license': { '@id': DATA_LICENCE },
    'dct:language': { '@id': LANGUAGE_DE },
    'dct:spatial': spatial,
    'dcatde:politicalGeocodingLevelURI': { '@id': LEVEL_DISTRICT },
    'dcatde:politicalGeocodingURI': spatial,
  };
}

/** The publishing body, described once on each catalogue (datasets point to it by its IRI). */
export function publisherNode(baseUrl: string) {
  return {
    '@id': `${baseUrl}/#publisher`,
    '@type': ['foaf:Agent', 'foaf:Organization'],
    'foaf:name': PUBLISHER_NAME,
    'foaf:homepage': { '@id': `${baseUrl}/de/` },
  };
}

/** When the catalogue's data was first published, last changed, and which period the upcoming events span. */
export interface CatalogueDates {
  firstPublished: Date | null;
  lastPublished: Date | null;
  eventsFrom: Date | null;
  eventsUntil: Date | null;
}

/** The catalogue as JSON-LD. */
export function buildDcatCatalog(options: { baseUrl: string; dates: CatalogueDates }) {
  const { baseUrl, dates } = options;
  const licence = { '@id': DATA_LICENCE };
  const issued = dates.firstPublished ? { 'dct:issued': dateTime(dates.firstPublished) } : {};
  const modified = dates.lastPublished ? { 'dct:modified': dateTime(dates.lastPublished) } : {};
  const commons = datasetCommons(baseUrl);
  const temporalOf = (dataset: DatasetSpec) => {
    if (dataset.key === 'events-calendar') {
      return dates.eventsFrom ? periodOfTime(dates.eventsFrom, dates.eventsUntil) : {};
    }
    return dates.firstPublished ? periodOfTime(dates.firstPublished, null) : {};
  };
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
    'dct:publisher': publisherNode(baseUrl),
    'dct:license': licence,
    'dct:language': { '@id': LANGUAGE_DE },
    'dct:spatial': commons['dct:spatial'],
    'foaf:homepage': { '@id': `${baseUrl}/de/` },
    ...issued,
    ...modified,
    'dcat:dataset': DATASETS.map((dataset) => ({
      '@id': `${baseUrl}${DCAT_PATH}#${dataset.key}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': `${baseUrl}${DCAT_PATH}#${dataset.key}`,
      'dct:title': bilingual(dataset.title),
      'dct:description': bilingual(dataset.description),
      ...commons,
      'dcat:landingPage': { '@id': `${baseUrl}${dataset.landingPage}` },
      'dcat:theme': { '@id': THEME_SOCIETY },
      'dcat:keyword': dataset.keywords,
      ...issued,
      ...modified,
      ...temporalOf(dataset),
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
