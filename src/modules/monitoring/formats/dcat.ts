import { ATTRIBUTION, DATA_LICENCE, DCAT_CONTEXT } from '../../catalogue/index.js';
import { AREA_KEYS, AREAS as CITIES_AND_REFERENCES } from '../areas.js';
import type { IndicatorDefinition } from '../indicators.js';

/**
 * The DCAT-AP.de description of the monitoring's open data: one dcat:Dataset per public indicator,
 * each with a CSV and a JSON distribution of the same values, the areas as political geocoding
 * (district keys of the seven cities) and the years covered as dct:temporal. Titles come from the
 * German and English indicator catalogues, tagged with their language.
 */
export const MONITORING_DCAT_PATH = '/api/v1/monitoring/dcat';

const FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';
const MEDIA_TYPE = 'https://www.iana.org/assignments/media-types/';
const THEME_SOCIETY = 'http://publications.europa.eu/resource/authority/data-theme/SOCI';
const THEME_EDUCATION = 'http://publications.europa.eu/resource/authority/data-theme/EDUC';
const LANGUAGE_DE = 'http://publications.europa.eu/resource/authority/language/DEU';
const DISTRICT_KEY = 'http://dcat-ap.de/def/politicalGeocoding/districtKey/';
const LEVEL_DISTRICT = 'http://dcat-ap.de/def/politicalGeocoding/Level/administrativeDistrict';

export interface DcatIndicator {
  indicator: IndicatorDefinition;
  title: { de: string; en: string };
  description: { de: string; en: string };
  firstYear: number | null;
  lastYear: number | null;
  hasDemo: boolean;
}

const tagged = (text: { de: string; en: string }) => [
  { '@value': text.de, '@language': 'de' },
  { '@value': text.en, '@language': 'en' },
];

export function buildMonitoringDcat(options: {
  baseUrl: string;
  indicators: readonly DcatIndicator[];
  modified: Date | null;
}) {
  const { baseUrl } = options;
  const publisher = { '@id': `${baseUrl}/#publisher` };
  const licence = { '@id': DATA_LICENCE };
  const modified = options.modified
    ? { 'dct:modified': { '@value': options.modified.toISOString(), '@type': 'xsd:dateTime' } }
    : {};
  const spatial = CITIES_AND_REFERENCES.flatMap((area) => {
    const key = AREA_KEYS[area];
    return key && key.length === 5 ? [{ '@id': `${DISTRICT_KEY}${key}` }] : [];
  });
  return {
    '@context': DCAT_CONTEXT,
    '@id': `${baseUrl}${MONITORING_DCAT_PATH}`,
    '@type': 'dcat:Catalog',
    'dct:title': tagged({
      de: 'Monitoring der Städtekooperation: Indikatoren',
      en: 'Monitoring of the city cooperation: indicators',
    }),
    'dct:description': tagged({
      de: 'Indikatoren zu Integration, Bildung und Ausbildung in Bochum, Dortmund, Duisburg, Essen, Gelsenkirchen, Mülheim an der Ruhr und Oberhausen mit Nordrhein-Westfalen und dem Ruhrgebiet als Vergleich, je Jahr, mit Quelle und Abrufdatum.',
      en: 'Indicators on integration, education and vocational training in Bochum, Dortmund, Duisburg, Essen, Gelsenkirchen, Mülheim an der Ruhr and Oberhausen, with North Rhine-Westphalia and the Ruhr region for comparison, per year, with source and retrieval date.',
    }),
    'dct:publisher': {
      ...publisher,
      '@type': 'foaf:Organization',
      'foaf:name':
        'Integration.Interkommunal – Städtekooperation Bochum, Dortmund, Duisburg, Essen, Gelsenkirchen, Mülheim an der Ruhr, Oberhausen',
    },
    'dct:license': licence,
    'dct:language': { '@id': LANGUAGE_DE },
    ...modified,
    'dcat:dataset': options.indicators.map((item) => {
      const key = item.indicator.key;
      const temporal =
        item.firstYear !== null && item.lastYear !== null
          ? {
              'dct:temporal': {
                '@type': 'dct:PeriodOfTime',
                'dcat:startDate': { '@value': `${item.firstYear}-01-01`, '@type': 'xsd:date' },
                'dcat:endDate': { '@value': `${item.lastYear}-12-31`, '@type': 'xsd:date' },
              },
            }
          : {};
      const distribution = (path: string, format: 'CSV' | 'JSON', mediaType: string) => ({
        '@id': `${baseUrl}${path}#distribution`,
        '@type': 'dcat:Distribution',
        'dct:title': tagged({ de: `${item.title.de} (${format})`, en: `${item.title.en} (${format})` }),
        'dcat:accessURL': { '@id': `${baseUrl}${path}` },
        'dcat:downloadURL': { '@id': `${baseUrl}${path}` },
        'dct:format': { '@id': `${FILE_TYPE}${format}` },
        'dcat:mediaType': { '@id': `${MEDIA_TYPE}${mediaType}` },
        'dct:license': licence,
        'dcatde:licenseAttributionByText': ATTRIBUTION,
      });
      return {
        '@id': `${baseUrl}${MONITORING_DCAT_PATH}#${key}`,
        '@type': 'dcat:Dataset',
        'dct:identifier': `${baseUrl}${MONITORING_DCAT_PATH}#${key}`,
        'dct:title': tagged(item.title),
        'dct:description': tagged(
          item.hasDemo
            ? {
                de: `${item.description.de} Enthält Demowerte zur Vorführung, keine amtliche Statistik.`,
                en: `${item.description.en} Contains demonstration values, not official statistics.`,
              }
            : item.description,
        ),
        'dct:publisher': publisher,
        'dct:license': licence,
        'dct:language': { '@id': LANGUAGE_DE },
        'dcat:theme': [
          { '@id': THEME_SOCIETY },
          ...(item.indicator.theme === 'school' || item.indicator.theme === 'early_education'
            ? [{ '@id': THEME_EDUCATION }]
            : []),
        ],
        'dcat:keyword': ['Monitoring', 'Integration', 'Ruhrgebiet', key],
        'dct:spatial': spatial,
        'dcatde:politicalGeocodingLevelURI': { '@id': LEVEL_DISTRICT },
        'dcatde:politicalGeocodingURI': spatial,
        ...temporal,
        ...modified,
        'dcat:distribution': [
          distribution(`/api/v1/monitoring/values.csv?indicator=${key}`, 'CSV', 'text/csv'),
          distribution(`/api/v1/monitoring/values?indicator=${key}`, 'JSON', 'application/json'),
        ],
      };
    }),
  };
}
