/**
 * Trades of the demo's fictional companies and the occupations a firm of that trade really
 * trains (ids of src/region/occupations.ts): an optician trains opticians and perhaps a
 * salesperson, a car workshop trains car mechatronics technicians and car sales staff, never the
 * other way round. The mapping is written down by hand as data; the demo names every company
 * after its trade and draws each position's occupation from this list, and a test checks every
 * generated position against it (src/seed/matching/trades.test.ts).
 *
 * A company's trade is read from its name: every generated name contains exactly one of the
 * trade's labels as whole words ("Emscherbogen Augenoptik GmbH"), so the trade needs no column
 * of its own and reads the same in the database as in the generator.
 */

/** How a generated name is built: "<stem> <label> <form>", "<label> <founder> <form>", "<label> <founder> & <partner> <form>". */
export type CompanyNameStyle = 'stem' | 'founder' | 'partners';

/** What a firm's sites are called in a position's address line. */
export type SiteKind = 'workshop' | 'shop' | 'office' | 'plant' | 'practice' | 'care' | 'hospitality' | 'site';

export interface Trade {
  key: string;
  /** Words that name the trade in a company name, as whole words; generated names use any of them. */
  labels: readonly string[];
  /** How often firms of this trade appear among the generated companies (0: only fixed companies). */
  weight: number;
  /** Occupation ids the trade trains, with relative weights (the first is the trade's core occupation). */
  occupations: readonly (readonly [string, number])[];
  /** Whether such firms offer a dual study programme alongside the training (larger firms of the trade do). */
  dualStudy: boolean;
  site: SiteKind;
  /** Legal forms in generated names (default: the common ones of data/organisations.ts). */
  legalForms?: readonly (readonly [string, number])[];
  /** Name styles in generated names (default: all three). */
  styles?: readonly CompanyNameStyle[];
}

const PRACTICE_FORMS: readonly (readonly [string, number])[] = [['', 1]];
const FAMILY_STYLES: readonly CompanyNameStyle[] = ['founder', 'partners'];

export const TRADES: readonly Trade[] = [
  {
    key: 'augenoptik',
    labels: ['Augenoptik', 'Optik'],
    weight: 3,
    occupations: [
      ['augenoptiker', 8],
      ['kaufmann-einzelhandel', 2],
    ],
    dualStudy: false,
    site: 'shop',
  },
  {
    key: 'hoerakustik',
    labels: ['Hörakustik', 'Hörgeräte'],
    weight: 2,
    occupations: [
      ['hoerakustiker', 8],
      ['kaufmann-bueromanagement', 1],
    ],
    dualStudy: false,
    site: 'shop',
  },
  {
    key: 'kfz',
    labels: ['Kfz-Technik', 'Autohaus', 'Fahrzeugtechnik', 'Kfz-Service'],
    weight: 6,
    occupations: [
      ['kraftfahrzeugmechatroniker', 8],
      ['automobilkaufmann', 3],
      ['karosserie-fahrzeugbaumechaniker', 2],
      ['fahrzeuglackierer', 1],
      ['kaufmann-bueromanagement', 1],
    ],
    dualStudy: false,
    site: 'workshop',
  },
  {
    key: 'lackiererei',
    labels: ['Lackiererei', 'Karosserie und Lack'],
    weight: 2,
    occupations: [
      ['fahrzeuglackierer', 6],
      ['karosserie-fahrzeugbaumechaniker', 3],
    ],
    dualStudy: false,
    site: 'workshop',
  },
  {
    key: 'zweirad',
    labels: ['Zweiradtechnik', 'Fahrradhaus'],
    weight: 1,
    occupations: [
      ['zweiradmechatroniker', 7],
      ['kaufmann-einzelhandel', 2],
    ],
    dualStudy: false,
    site: 'workshop',
  },
  {
    key: 'elektro',
    labels: ['Elektrotechnik', 'Elektro'],
    weight: 5,
    occupations: [
      ['elektroniker', 8],
      ['it-system-elektroniker', 1],
      ['kaufmann-bueromanagement', 1],
    ],
    dualStudy: false,
    site: 'workshop',
  },
  {
    key: 'energietechnik',
    labels: ['Energietechnik'],
    weight: 2,
    occupations: [
      ['elektroniker-betriebstechnik', 5],
      ['elektroniker', 3],
      ['anlagenmechaniker-shk', 2],
      ['technischer-systemplaner', 1],
      ['industriekaufmann', 1],
    ],
    dualStudy: true,
    site: 'plant',
  },
  {
    key: 'shk',
    labels: ['Sanitär und Heizung', 'Haustechnik', 'Heizungsbau'],
    weight: 5,
    occupations: [
      ['anlagenmechaniker-shk', 8],
      ['technischer-systemplaner', 1],
      ['elektroniker', 1],
      ['kaufmann-bueromanagement', 1],
    ],
    dualStudy: false,
    site: 'workshop',
  },
  {
    key: 'kaeltetechnik',
    labels: ['Kältetechnik', 'Klima- und Kältetechnik'],
    weight: 1,
    occupations: [
      ['mechatroniker-kaeltetechnik', 8],
      ['anlagenmechaniker-shk', 2],
    ],
    dualStudy: false,
    site: 'workshop',
  },
  {
    key: 'industrie',
    labels: ['Mechatronik', 'Maschinenbau', 'Anlagenbau'],
    weight: 4,
    occupations: [
      ['mechatroniker', 6],
      ['industriemechaniker', 5],
      ['elektroniker-betriebstechnik', 3],
      ['elektroniker-automatisierungstechnik', 2],
      ['zerspanungsmechaniker', 2],
      ['technischer-produktdesigner', 1],
      ['industriekaufmann', 2],
      ['fachinformatiker', 1],
      ['kaufmann-bueromanagement', 1],
    ],
    dualStudy: true,
    site: 'plant',
  },
  {
    // The large training company of the matching demo (fixed.ts); it trains across the industrial trades.
    key: 'ausbildungswerk',
    labels: ['Ausbildungswerk'],
    weight: 0,
    occupations: [
      ['industriemechaniker', 5],
      ['mechatroniker', 5],
      ['elektroniker-betriebstechnik', 4],
      ['elektroniker-automatisierungstechnik', 3],
      ['zerspanungsmechaniker', 2],
      ['konstruktionsmechaniker', 2],
      ['chemikant', 2],
      ['industriekaufmann', 3],
      ['fachinformatiker', 2],
      ['fachkraft-lagerlogistik', 2],
      ['technischer-produktdesigner', 1],
    ],
    dualStudy: true,
    site: 'plant',
  },
  {
    key: 'zerspanung',
    labels: ['Zerspanungstechnik', 'Präzisionsteile'],
    weight: 2,
    occupations: [
      ['zerspanungsmechaniker', 7],
      ['industriemechaniker', 3],
      ['werkzeugmechaniker', 2],
      ['maschinen-anlagenfuehrer', 2],
      ['fachkraft-metalltechnik', 1],
    ],
    dualStudy: false,
    site: 'plant',
  },
  {
    key: 'metallbau',
    labels: ['Metallbau', 'Stahlbau'],
    weight: 3,
    occupations: [
      ['metallbauer', 7],
      ['konstruktionsmechaniker', 3],
      ['fachkraft-metalltechnik', 1],
    ],
    dualStudy: false,
    site: 'workshop',
  },
  {
    key: 'kunststoff',
    labels: ['Kunststofftechnik'],
    weight: 1,
    occupations: [
      ['verfahrensmechaniker-kunststoff', 7],
      ['werkzeugmechaniker', 2],
      ['industriekaufmann', 1],
    ],
    dualStudy: false,
    site: 'plant',
  },
  {
    key: 'medizintechnik',
    labels: ['Medizintechnik'],
    weight: 1,
    occupations: [
      ['elektroniker-geraete-systeme', 5],
      ['feinwerkmechaniker', 3],
      ['technischer-produktdesigner', 1],
      ['industriekaufmann', 2],
    ],
    dualStudy: true,
    site: 'plant',
  },
  {
    key: 'chemie',
    labels: ['Chemie', 'Spezialchemie'],
    weight: 2,
    occupations: [
      ['chemikant', 6],
      ['chemielaborant', 4],
      ['produktionsfachkraft-chemie', 2],
      ['elektroniker-betriebstechnik', 1],
      ['industriekaufmann', 1],
    ],
    dualStudy: true,
    site: 'plant',
  },
  {
    key: 'pflege',
    labels: ['Pflegedienst', 'Ambulante Pflege', 'Seniorenpflege'],
    weight: 5,
    occupations: [
      ['pflegefachmann', 8],
      ['kaufmann-gesundheitswesen', 2],
      ['hauswirtschafter', 1],
      ['kaufmann-bueromanagement', 1],
    ],
    dualStudy: true,
    site: 'care',
  },
  {
    key: 'zahnarztpraxis',
    labels: ['Zahnarztpraxis', 'Zahnärzte'],
    weight: 3,
    occupations: [['zahnmedizinischer-fachangestellter', 1]],
    dualStudy: false,
    site: 'practice',
    legalForms: PRACTICE_FORMS,
    styles: FAMILY_STYLES,
  },
  {
    key: 'arztpraxis',
    labels: ['Hausarztpraxis', 'Gemeinschaftspraxis'],
    weight: 2,
    occupations: [['medizinischer-fachangestellter', 1]],
    dualStudy: false,
    site: 'practice',
    legalForms: PRACTICE_FORMS,
    styles: FAMILY_STYLES,
  },
  {
    key: 'tierarztpraxis',
    labels: ['Tierarztpraxis'],
    weight: 1,
    occupations: [['tiermedizinischer-fachangestellter', 1]],
    dualStudy: false,
    site: 'practice',
    legalForms: PRACTICE_FORMS,
    styles: FAMILY_STYLES,
  },
  {
    key: 'zahntechnik',
    labels: ['Zahntechnik', 'Dentallabor'],
    weight: 1,
    occupations: [
      ['zahntechniker', 8],
      ['kaufmann-bueromanagement', 1],
    ],
    dualStudy: false,
    site: 'workshop',
  },
  {
    key: 'apotheke',
    labels: ['Apotheke'],
    weight: 2,
    occupations: [
      ['pharmazeutisch-kaufmaennischer-angestellter', 6],
      ['pharmazeutisch-technischer-assistent', 2],
    ],
    dualStudy: false,
    site: 'shop',
    legalForms: [
      ['e. K.', 3],
      ['OHG', 1],
    ],
    styles: ['stem'],
  },
  {
    key: 'logistik',
    labels: ['Logistik', 'Spedition', 'Transporte'],
    weight: 5,
    occupations: [
      ['fachkraft-lagerlogistik', 6],
      ['kaufmann-spedition-logistik', 4],
      ['fachlagerist', 3],
      ['berufskraftfahrer', 3],
      ['kaufmann-bueromanagement', 1],
    ],
    dualStudy: true,
    site: 'site',
  },
  {
    key: 'grosshandel',
    labels: ['Großhandel', 'Handelshaus'],
    weight: 2,
    occupations: [
      ['kaufmann-gross-aussenhandel', 6],
      ['fachkraft-lagerlogistik', 3],
      ['berufskraftfahrer', 1],
    ],
    dualStudy: true,
    site: 'site',
  },
  {
    key: 'hotel',
    labels: ['Hotelbetrieb', 'Hotel'],
    weight: 3,
    occupations: [
      ['hotelfachmann', 6],
      ['koch', 4],
      ['fachmann-restaurants-veranstaltungsgastronomie', 3],
      ['fachkraft-gastronomie', 1],
      ['veranstaltungskaufmann', 1],
    ],
    dualStudy: true,
    site: 'hospitality',
    styles: ['stem', 'founder'],
  },
  {
    key: 'gastronomie',
    labels: ['Gastronomie', 'Restaurant'],
    weight: 3,
    occupations: [
      ['koch', 6],
      ['fachmann-restaurants-veranstaltungsgastronomie', 3],
      ['fachkraft-gastronomie', 3],
    ],
    dualStudy: false,
    site: 'hospitality',
  },
  {
    key: 'systemgastronomie',
    labels: ['Systemgastronomie'],
    weight: 1,
    occupations: [
      ['fachmann-systemgastronomie', 7],
      ['fachkraft-gastronomie', 2],
    ],
    dualStudy: false,
    site: 'hospitality',
  },
  {
    key: 'baeckerei',
    labels: ['Backhaus', 'Bäckerei'],
    weight: 3,
    occupations: [
      ['baecker', 6],
      ['fachverkaeufer-lebensmittelhandwerk', 5],
      ['konditor', 2],
    ],
    dualStudy: false,
    site: 'shop',
  },
  {
    key: 'fleischerei',
    labels: ['Fleischerei', 'Metzgerei'],
    weight: 1,
    occupations: [
      ['fleischer', 6],
      ['fachverkaeufer-lebensmittelhandwerk', 4],
    ],
    dualStudy: false,
    site: 'shop',
  },
  {
    key: 'einzelhandel',
    labels: ['Lebensmittelhandel', 'Einzelhandel', 'Frischemarkt', 'Modehaus'],
    weight: 4,
    occupations: [
      ['kaufmann-einzelhandel', 6],
      ['verkaeufer', 5],
      ['fachlagerist', 1],
    ],
    dualStudy: true,
    site: 'shop',
  },
  {
    key: 'onlinehandel',
    labels: ['Onlinehandel', 'Versandhandel'],
    weight: 1,
    occupations: [
      ['kaufmann-e-commerce', 6],
      ['fachkraft-lagerlogistik', 2],
      ['fachinformatiker', 1],
    ],
    dualStudy: true,
    site: 'office',
  },
  {
    key: 'floristik',
    labels: ['Blumenhaus', 'Floristik'],
    weight: 1,
    occupations: [['florist', 1]],
    dualStudy: false,
    site: 'shop',
  },
  {
    key: 'galabau',
    labels: ['Garten- und Landschaftsbau'],
    weight: 2,
    occupations: [['gaertner', 1]],
    dualStudy: false,
    site: 'site',
  },
  {
    key: 'friseur',
    labels: ['Friseursalon', 'Haarstudio'],
    weight: 3,
    occupations: [
      ['friseur', 9],
      ['kosmetiker', 1],
    ],
    dualStudy: false,
    site: 'shop',
  },
  {
    key: 'kosmetik',
    labels: ['Kosmetikstudio'],
    weight: 1,
    occupations: [['kosmetiker', 1]],
    dualStudy: false,
    site: 'shop',
  },
  {
    key: 'bau',
    labels: ['Bau', 'Bauunternehmung', 'Hochbau'],
    weight: 4,
    occupations: [
      ['maurer', 6],
      ['beton-stahlbetonbauer', 3],
      ['strassenbauer', 2],
      ['zimmerer', 1],
      ['bauzeichner', 1],
      ['kaufmann-bueromanagement', 1],
    ],
    dualStudy: true,
    site: 'site',
  },
  {
    key: 'dachdecker',
    labels: ['Bedachungen', 'Dachdeckerei'],
    weight: 2,
    occupations: [
      ['dachdecker', 8],
      ['zimmerer', 1],
    ],
    dualStudy: false,
    site: 'workshop',
  },
  {
    key: 'maler',
    labels: ['Malerbetrieb', 'Maler und Stuckateure'],
    weight: 2,
    occupations: [
      ['maler-lackierer', 7],
      ['stuckateur', 2],
    ],
    dualStudy: false,
    site: 'workshop',
  },
  {
    key: 'fliesen',
    labels: ['Fliesenfachbetrieb', 'Fliesen und Naturstein'],
    weight: 1,
    occupations: [['fliesenleger', 1]],
    dualStudy: false,
    site: 'workshop',
  },
  {
    key: 'tischlerei',
    labels: ['Tischlerei', 'Schreinerei'],
    weight: 2,
    occupations: [
      ['tischler', 8],
      ['raumausstatter', 1],
    ],
    dualStudy: false,
    site: 'workshop',
  },
  {
    key: 'gebaeudeservice',
    labels: ['Gebäudeservice', 'Gebäudereinigung'],
    weight: 2,
    occupations: [
      ['gebaeudereiniger', 7],
      ['kaufmann-bueromanagement', 1],
    ],
    dualStudy: false,
    site: 'office',
  },
  {
    key: 'sicherheit',
    labels: ['Sicherheitsdienst'],
    weight: 1,
    occupations: [['fachkraft-schutz-sicherheit', 1]],
    dualStudy: false,
    site: 'office',
  },
  {
    key: 'it',
    labels: ['IT-Service', 'Softwareentwicklung', 'IT-Systemhaus'],
    weight: 4,
    occupations: [
      ['fachinformatiker', 8],
      ['kaufmann-it-systemmanagement', 3],
      ['kaufmann-digitalisierungsmanagement', 2],
      ['it-system-elektroniker', 2],
    ],
    dualStudy: true,
    site: 'office',
  },
  {
    key: 'medien',
    labels: ['Druck & Medien', 'Werbeagentur'],
    weight: 2,
    occupations: [
      ['mediengestalter-digital-print', 7],
      ['kaufmann-marketingkommunikation', 2],
      ['fotograf', 1],
    ],
    dualStudy: false,
    site: 'office',
  },
  {
    key: 'veranstaltung',
    labels: ['Veranstaltungstechnik', 'Eventservice'],
    weight: 1,
    occupations: [
      ['fachkraft-veranstaltungstechnik', 5],
      ['veranstaltungskaufmann', 3],
    ],
    dualStudy: false,
    site: 'site',
  },
  {
    key: 'steuerberatung',
    labels: ['Steuerberatung', 'Steuerberater'],
    weight: 3,
    occupations: [
      ['steuerfachangestellter', 9],
      ['kaufmann-bueromanagement', 1],
    ],
    dualStudy: true,
    site: 'office',
    legalForms: [
      ['PartG mbB', 2],
      ['GmbH', 1],
    ],
    styles: FAMILY_STYLES,
  },
  {
    key: 'kanzlei',
    labels: ['Rechtsanwälte'],
    weight: 1,
    occupations: [['rechtsanwaltsfachangestellter', 1]],
    dualStudy: false,
    site: 'office',
    legalForms: [['PartG mbB', 1]],
    styles: ['partners'],
  },
  {
    key: 'immobilien',
    labels: ['Immobilienverwaltung', 'Immobilien'],
    weight: 2,
    occupations: [
      ['immobilienkaufmann', 8],
      ['kaufmann-bueromanagement', 2],
    ],
    dualStudy: true,
    site: 'office',
  },
  {
    key: 'versicherung',
    labels: ['Versicherungsmakler', 'Versicherungsbüro'],
    weight: 2,
    occupations: [
      ['kaufmann-versicherungen-finanzanlagen', 8],
      ['kaufmann-bueromanagement', 1],
    ],
    dualStudy: true,
    site: 'office',
  },
  {
    key: 'personaldienstleistung',
    labels: ['Personalservice', 'Personaldienstleistungen'],
    weight: 1,
    occupations: [
      ['personaldienstleistungskaufmann', 7],
      ['kaufmann-bueromanagement', 1],
    ],
    dualStudy: false,
    site: 'office',
  },
  {
    key: 'reisebuero',
    labels: ['Reisebüro', 'Reisen'],
    weight: 1,
    occupations: [['kaufmann-tourismus-freizeit', 1]],
    dualStudy: false,
    site: 'shop',
  },
  {
    key: 'fitness',
    labels: ['Fitnessstudio', 'Sportpark'],
    weight: 1,
    occupations: [['sport-fitnesskaufmann', 1]],
    dualStudy: true,
    site: 'site',
  },
];

const BY_KEY = new Map(TRADES.map((trade) => [trade.key, trade]));

export function getTrade(key: string): Trade {
  const trade = BY_KEY.get(key);
  if (!trade) throw new Error(`unknown trade ${key}`);
  return trade;
}

/** The trades whose labels occur in the company name as whole words (exactly one for every demo company). */
export function tradesNamedIn(companyName: string): Trade[] {
  const padded = ` ${companyName} `;
  return TRADES.filter((trade) => trade.labels.some((label) => padded.includes(` ${label} `)));
}

/** The trade of a demo company, read from its name; undefined when the name names none or several. */
export function tradeOfCompany(companyName: string): Trade | undefined {
  const found = tradesNamedIn(companyName);
  return found.length === 1 ? found[0] : undefined;
}

/** Whether a firm of the trade trains the occupation, by the list above. */
export function tradeTrains(trade: Trade, occupationId: string): boolean {
  return trade.occupations.some(([id]) => id === occupationId);
}
