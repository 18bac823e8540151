import {
  ATTRIBUTION,
  DATA_LICENCE,
  DCAT_CONTEXT,
  dateTime,
  datasetCommons,
  periodOfTime,
  publisherNode,
} from '../../catalogue/index.js';
import type { IndicatorDefinition } from '../indicators.js';

/**
 * The DCAT-AP.de description of the monitoring's open data: one dcat:Dataset per public indicator,
 * each with a CSV and a JSON distribution of the same values, the seven cities as political geocoding
 * (their district keys), the years covered as dct:temporal and the GovData conventions every dataset of
 * the platform shares (contributor ID, contact point, publisher, licence). Titles come from the German
 * and English indicator catalogues, tagged with their language.
 */
export const MONITORING_DCAT_PATH = '/api/v1/monitoring/dcat';

const FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';
const MEDIA_TYPE = 'https://www.iana.org/assignments/media-types/';
const THEME_SOCIETY = 'http://publications.europa.eu/resource/authority/data-theme/SOCI';
const THEME_EDUCATION = 'http://publications.europa.eu/resource/authority/data-theme/EDUC';

export interface DcatIndicator {
  indicator: IndicatorDefinition;
  title: { de: string; en: string };
  description: { de: string; en: string };
  firstYear: number | null;
  lastYear: number | null;
  /** When the indicator's first values were stored, and when they last changed. */
  issued: Date | null;
  modified: Date | null;
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
  const licence = { '@id': DATA_LICENCE };
  const commons = datasetCommons(baseUrl);
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
    'dct:publisher': publisherNode(baseUrl),
    'dct:license': licence,
    'dct:language': commons['dct:language'],
    'dct:spatial': commons['dct:spatial'],
    'foaf:homepage': { '@id': `${baseUrl}/de/monitoring` },
    ...(options.modified ? { 'dct:modified': dateTime(options.modified) } : {}),
    'dcat:dataset': options.indicators.map((item) => {
      const key = item.indicator.key;
      const temporal =
        item.firstYear !== null && item.lastYear !== null
          ? periodOfTime(new Date(Date.UTC(item.firstYear, 0, 1)), new Date(Date.UTC(item.lastYear, 11, 31)))
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
        ...commons,
        'dcat:landingPage': { '@id': `${baseUrl}/de/monitoring/indikatoren/${key}` },
        'dcat:theme': [
          { '@id': THEME_SOCIETY },
          ...(item.indicator.theme === 'school' || item.indicator.theme === 'early_education'
            ? [{ '@id': THEME_EDUCATION }]
            : []),
        ],
        'dcat:keyword': ['Monitoring', 'Integration', 'Ruhrgebiet', key],
        ...(item.issued ? { 'dct:issued': dateTime(item.issued) } : {}),
        ...(item.modified ? { 'dct:modified': dateTime(item.modified) } : {}),
        ...temporal,
        'dcat:distribution': [
          distribution(`/api/v1/monitoring/values.csv?indicator=${key}`, 'CSV', 'text/csv'),
          distribution(`/api/v1/monitoring/values?indicator=${key}`, 'JSON', 'application/json'),
        ],
      };
    }),
  };
}
