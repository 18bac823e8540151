/**
 * Building blocks for fictional organisation names. The stems are invented words with a Ruhr
 * flavour; combined with a trade (data/trades.ts) and a legal form they read like real firms
 * without naming one. All websites and mail addresses use the reserved top-level domain `.example`.
 * Chambers and welfare associations are deliberately not imitated: the providers here are
 * invented training providers, networks and associations.
 */
export const NAME_STEMS = [
  'Emscherbogen', 'Haldenblick', 'Zechenring', 'Kanalhafen', 'Brückenwerk', 'Schachtfeld', 'Lindenhof', 'Rheinbogen',
  'Revierwerk', 'Ruhrglanz', 'Emscherquell', 'Grubenlicht', 'Stahlbogen', 'Hafenkante', 'Sonnenhalde', 'Förderblick',
  'Kokereiweg', 'Lohwiese', 'Pappelufer', 'Kettenwerk', 'Gleisdreieck', 'Kranbahn', 'Seilscheibe', 'Lichtschacht',
  'Kumpelstück', 'Schleusenblick', 'Hüttenweg', 'Nordhalde', 'Birkenhain', 'Wasserturm', 'Ziegelhof', 'Kanalbrücke',
] as const;

export const COMPANY_LEGAL_FORMS: readonly (readonly [string, number])[] = [
  ['GmbH', 10],
  ['GmbH & Co. KG', 4],
  ['e. K.', 3],
  ['KG', 2],
  ['UG (haftungsbeschränkt)', 2],
  ['OHG', 1],
  ['AG', 1],
];

export const PROVIDER_PATTERNS = [
  'Bildungswerk {stem} e. V.',
  'Ausbildungsverbund {stem} gGmbH',
  'Berufsbildungszentrum {stem}',
  'Qualifizierungsagentur {stem} gGmbH',
  'Netzwerk Vielfalt im Betrieb {city} e. V.',
  'Unternehmerinnen- und Unternehmernetzwerk {city} e. V.',
  'Jugendberufshilfe {stem} e. V.',
  'Interkulturelles Bildungszentrum {stem}',
  'Coaching-Werkstatt {stem} gGmbH',
  'Mentoring-Netzwerk {stem} e. V.',
  'Sprachschule {stem} GmbH',
  'Zentrum für Berufsorientierung {stem}',
] as const;

export const SCHOOL_PATTERNS = [
  'Berufskolleg {stem}',
  'Berufskolleg {city}-{stem}',
  'Gesamtschule {stem}',
  'Sekundarschule {stem}',
  'Realschule {stem}',
  'Hauptschule {stem}',
  'Gymnasium {stem}',
] as const;
