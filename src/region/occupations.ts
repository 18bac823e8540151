/**
 * Occupations for positions and applicant interests.
 *
 * Source of the list: the Federal Institute for Vocational Education and Training (BIBB),
 * "Verzeichnis der anerkannten Ausbildungsberufe" (recognised apprenticeship occupations under
 * BBiG and HwO), names as published there. The selection follows the occupations that BIBB's
 * yearly report on new apprenticeship contracts shows among the most frequently chosen, plus
 * occupations common in the Ruhr's industry; it is NOT in rank order and reproduces no figures
 * from those statistics. Names were written down by the author from those publications, not
 * fetched live.
 *
 * `regulation` says under which law the training is regulated: 'bbig_hwo' for dual training in
 * a company and vocational school; the few others are school-based or health occupations under
 * their own laws (Pflegeberufegesetz, Notfallsanitätergesetz, PTA-Berufsgesetz, NRW school law)
 * and are marked as such — they are not Ausbildungsberufe nach BBiG/HwO.
 *
 * `kldb2010` is the five-digit code of the Klassifikation der Berufe 2010 (Bundesagentur für
 * Arbeit). It is null for every entry: the author could not confirm any code against the
 * classification while writing this list, and a guessed code would be worse than none. Fill a
 * code in only from the official KldB 2010 Systematik or BERUFENET, entry by entry.
 *
 * `field` groups related occupations; ranking gives partial credit for an interest in the same
 * field (see ranking/scores.ts). Ids are stable slugs stored in positions.occupation_id and
 * applicant_profiles.interests — never rename one.
 */
export const OCCUPATION_FIELDS = [
  'business',
  'it_media',
  'metal_electrical',
  'construction',
  'health',
  'food_hospitality',
  'logistics',
  'science',
  'services',
  'green',
  'social',
] as const;
export type OccupationField = (typeof OCCUPATION_FIELDS)[number];

export type OccupationRegulation = 'bbig_hwo' | 'school_based' | 'health_law';

/** School certificates in ascending order, the same values matching stores (CERTIFICATES). */
export type UsualCertificate = 'none' | 'hauptschulabschluss' | 'msa' | 'fachhochschulreife' | 'abitur';

export interface Occupation {
  id: string;
  name: string;
  field: OccupationField;
  regulation: OccupationRegulation;
  kldb2010: string | null;
  /** Regular length of the training in months, as the training regulation (or the law) sets it. */
  durationMonths: number;
  /**
   * The school certificate most new trainees of this occupation bring, a well-known fact of the job
   * profiles (BERUFENET, BIBB) — not a requirement: BBiG/HwO occupations prescribe no certificate.
   * For the health and school-based occupations it is the usual entry requirement of their law.
   */
  usualCertificate: UsualCertificate;
}

type Row = [id: string, name: string, field: OccupationField, regulation?: OccupationRegulation];

const ROWS: Row[] = [
  // Business and administration
  ['kaufmann-bueromanagement', 'Kaufmann/Kauffrau für Büromanagement', 'business'],
  ['industriekaufmann', 'Industriekaufmann/Industriekauffrau', 'business'],
  ['kaufmann-einzelhandel', 'Kaufmann/Kauffrau im Einzelhandel', 'business'],
  ['verkaeufer', 'Verkäufer/-in', 'business'],
  ['kaufmann-gross-aussenhandel', 'Kaufmann/Kauffrau für Groß- und Außenhandelsmanagement', 'business'],
  ['bankkaufmann', 'Bankkaufmann/Bankkauffrau', 'business'],
  ['kaufmann-versicherungen-finanzanlagen', 'Kaufmann/Kauffrau für Versicherungen und Finanzanlagen', 'business'],
  ['steuerfachangestellter', 'Steuerfachangestellter/Steuerfachangestellte', 'business'],
  ['rechtsanwaltsfachangestellter', 'Rechtsanwaltsfachangestellter/Rechtsanwaltsfachangestellte', 'business'],
  ['verwaltungsfachangestellter', 'Verwaltungsfachangestellter/Verwaltungsfachangestellte', 'business'],
  [
    'sozialversicherungsfachangestellter',
    'Sozialversicherungsfachangestellter/Sozialversicherungsfachangestellte',
    'business',
  ],
  ['immobilienkaufmann', 'Immobilienkaufmann/Immobilienkauffrau', 'business'],
  ['kaufmann-e-commerce', 'Kaufmann/Kauffrau im E-Commerce', 'business'],
  ['kaufmann-dialogmarketing', 'Kaufmann/Kauffrau für Dialogmarketing', 'business'],
  ['kaufmann-marketingkommunikation', 'Kaufmann/Kauffrau für Marketingkommunikation', 'business'],
  ['automobilkaufmann', 'Automobilkaufmann/Automobilkauffrau', 'business'],
  ['kaufmann-tourismus-freizeit', 'Kaufmann/Kauffrau für Tourismus und Freizeit', 'business'],
  ['personaldienstleistungskaufmann', 'Personaldienstleistungskaufmann/Personaldienstleistungskauffrau', 'business'],
  ['kaufmann-gesundheitswesen', 'Kaufmann/Kauffrau im Gesundheitswesen', 'business'],
  ['veranstaltungskaufmann', 'Veranstaltungskaufmann/Veranstaltungskauffrau', 'business'],
  ['sport-fitnesskaufmann', 'Sport- und Fitnesskaufmann/Sport- und Fitnesskauffrau', 'business'],
  [
    'fachangestellter-medien-informationsdienste',
    'Fachangestellter/Fachangestellte für Medien- und Informationsdienste',
    'business',
  ],
  [
    'pharmazeutisch-kaufmaennischer-angestellter',
    'Pharmazeutisch-kaufmännischer Angestellter/Pharmazeutisch-kaufmännische Angestellte',
    'business',
  ],
  // IT and media
  ['fachinformatiker', 'Fachinformatiker/-in', 'it_media'],
  ['it-system-elektroniker', 'IT-System-Elektroniker/-in', 'it_media'],
  ['kaufmann-it-systemmanagement', 'Kaufmann/Kauffrau für IT-System-Management', 'it_media'],
  ['kaufmann-digitalisierungsmanagement', 'Kaufmann/Kauffrau für Digitalisierungsmanagement', 'it_media'],
  ['mediengestalter-digital-print', 'Mediengestalter/-in Digital und Print', 'it_media'],
  ['fotograf', 'Fotograf/-in', 'it_media'],
  ['fachkraft-veranstaltungstechnik', 'Fachkraft für Veranstaltungstechnik', 'it_media'],
  // Metal and electrical
  ['mechatroniker', 'Mechatroniker/-in', 'metal_electrical'],
  ['kraftfahrzeugmechatroniker', 'Kraftfahrzeugmechatroniker/-in', 'metal_electrical'],
  ['industriemechaniker', 'Industriemechaniker/-in', 'metal_electrical'],
  ['elektroniker', 'Elektroniker/-in', 'metal_electrical'],
  ['elektroniker-betriebstechnik', 'Elektroniker/-in für Betriebstechnik', 'metal_electrical'],
  ['elektroniker-automatisierungstechnik', 'Elektroniker/-in für Automatisierungstechnik', 'metal_electrical'],
  ['elektroniker-geraete-systeme', 'Elektroniker/-in für Geräte und Systeme', 'metal_electrical'],
  ['anlagenmechaniker-shk', 'Anlagenmechaniker/-in für Sanitär-, Heizungs- und Klimatechnik', 'metal_electrical'],
  ['anlagenmechaniker', 'Anlagenmechaniker/-in', 'metal_electrical'],
  ['metallbauer', 'Metallbauer/-in', 'metal_electrical'],
  ['zerspanungsmechaniker', 'Zerspanungsmechaniker/-in', 'metal_electrical'],
  ['werkzeugmechaniker', 'Werkzeugmechaniker/-in', 'metal_electrical'],
  ['konstruktionsmechaniker', 'Konstruktionsmechaniker/-in', 'metal_electrical'],
  ['maschinen-anlagenfuehrer', 'Maschinen- und Anlagenführer/-in', 'metal_electrical'],
  ['fachkraft-metalltechnik', 'Fachkraft für Metalltechnik', 'metal_electrical'],
  ['feinwerkmechaniker', 'Feinwerkmechaniker/-in', 'metal_electrical'],
  ['land-baumaschinenmechatroniker', 'Land- und Baumaschinenmechatroniker/-in', 'metal_electrical'],
  ['karosserie-fahrzeugbaumechaniker', 'Karosserie- und Fahrzeugbaumechaniker/-in', 'metal_electrical'],
  ['fahrzeuglackierer', 'Fahrzeuglackierer/-in', 'metal_electrical'],
  ['zweiradmechatroniker', 'Zweiradmechatroniker/-in', 'metal_electrical'],
  ['mechatroniker-kaeltetechnik', 'Mechatroniker/-in für Kältetechnik', 'metal_electrical'],
  ['technischer-produktdesigner', 'Technischer Produktdesigner/Technische Produktdesignerin', 'metal_electrical'],
  ['technischer-systemplaner', 'Technischer Systemplaner/Technische Systemplanerin', 'metal_electrical'],
  [
    'verfahrensmechaniker-kunststoff',
    'Verfahrensmechaniker/-in für Kunststoff- und Kautschuktechnik',
    'metal_electrical',
  ],
  // Construction, wood and finishing
  ['maurer', 'Maurer/-in', 'construction'],
  ['zimmerer', 'Zimmerer/Zimmerin', 'construction'],
  ['tischler', 'Tischler/-in', 'construction'],
  ['maler-lackierer', 'Maler/-in und Lackierer/-in', 'construction'],
  ['dachdecker', 'Dachdecker/-in', 'construction'],
  ['fliesenleger', 'Fliesen-, Platten- und Mosaikleger/-in', 'construction'],
  ['strassenbauer', 'Straßenbauer/-in', 'construction'],
  ['beton-stahlbetonbauer', 'Beton- und Stahlbetonbauer/-in', 'construction'],
  ['stuckateur', 'Stuckateur/-in', 'construction'],
  ['bauzeichner', 'Bauzeichner/-in', 'construction'],
  ['raumausstatter', 'Raumausstatter/-in', 'construction'],
  ['schornsteinfeger', 'Schornsteinfeger/-in', 'construction'],
  ['gebaeudereiniger', 'Gebäudereiniger/-in', 'construction'],
  // Health (dual training)
  ['medizinischer-fachangestellter', 'Medizinischer Fachangestellter/Medizinische Fachangestellte', 'health'],
  [
    'zahnmedizinischer-fachangestellter',
    'Zahnmedizinischer Fachangestellter/Zahnmedizinische Fachangestellte',
    'health',
  ],
  [
    'tiermedizinischer-fachangestellter',
    'Tiermedizinischer Fachangestellter/Tiermedizinische Fachangestellte',
    'health',
  ],
  ['augenoptiker', 'Augenoptiker/-in', 'health'],
  ['hoerakustiker', 'Hörakustiker/-in', 'health'],
  ['zahntechniker', 'Zahntechniker/-in', 'health'],
  // Food and hospitality
  ['koch', 'Koch/Köchin', 'food_hospitality'],
  [
    'fachmann-restaurants-veranstaltungsgastronomie',
    'Fachmann/Fachfrau für Restaurants und Veranstaltungsgastronomie',
    'food_hospitality',
  ],
  ['fachkraft-gastronomie', 'Fachkraft für Gastronomie', 'food_hospitality'],
  ['hotelfachmann', 'Hotelfachmann/Hotelfachfrau', 'food_hospitality'],
  ['fachmann-systemgastronomie', 'Fachmann/Fachfrau für Systemgastronomie', 'food_hospitality'],
  ['baecker', 'Bäcker/-in', 'food_hospitality'],
  ['konditor', 'Konditor/-in', 'food_hospitality'],
  ['fleischer', 'Fleischer/-in', 'food_hospitality'],
  ['fachverkaeufer-lebensmittelhandwerk', 'Fachverkäufer/-in im Lebensmittelhandwerk', 'food_hospitality'],
  ['fachkraft-lebensmitteltechnik', 'Fachkraft für Lebensmitteltechnik', 'food_hospitality'],
  // Logistics and transport
  ['fachkraft-lagerlogistik', 'Fachkraft für Lagerlogistik', 'logistics'],
  ['fachlagerist', 'Fachlagerist/-in', 'logistics'],
  ['kaufmann-spedition-logistik', 'Kaufmann/Kauffrau für Spedition und Logistikdienstleistung', 'logistics'],
  ['berufskraftfahrer', 'Berufskraftfahrer/-in', 'logistics'],
  ['eisenbahner-betriebsdienst', 'Eisenbahner/-in im Betriebsdienst', 'logistics'],
  // Science and process industry
  ['chemikant', 'Chemikant/-in', 'science'],
  ['chemielaborant', 'Chemielaborant/-in', 'science'],
  ['biologielaborant', 'Biologielaborant/-in', 'science'],
  ['produktionsfachkraft-chemie', 'Produktionsfachkraft Chemie', 'science'],
  ['fachkraft-abwassertechnik', 'Fachkraft für Abwassertechnik', 'science'],
  // Personal and security services
  ['friseur', 'Friseur/-in', 'services'],
  ['kosmetiker', 'Kosmetiker/-in', 'services'],
  ['fachkraft-schutz-sicherheit', 'Fachkraft für Schutz und Sicherheit', 'services'],
  ['hauswirtschafter', 'Hauswirtschafter/-in', 'services'],
  // Green occupations
  ['gaertner', 'Gärtner/-in', 'green'],
  ['florist', 'Florist/-in', 'green'],
  ['landwirt', 'Landwirt/-in', 'green'],
  ['forstwirt', 'Forstwirt/-in', 'green'],
  ['tierpfleger', 'Tierpfleger/-in', 'green'],
  // Not under BBiG/HwO: health occupations under their own federal laws, school-based training under NRW law
  ['pflegefachmann', 'Pflegefachmann/Pflegefachfrau', 'health', 'health_law'],
  ['notfallsanitaeter', 'Notfallsanitäter/-in', 'health', 'health_law'],
  [
    'pharmazeutisch-technischer-assistent',
    'Pharmazeutisch-technischer Assistent/Pharmazeutisch-technische Assistentin',
    'health',
    'health_law',
  ],
  ['erzieher', 'Erzieher/-in', 'social', 'school_based'],
  ['kinderpfleger', 'Kinderpfleger/-in', 'social', 'school_based'],
];

/**
 * Regular training lengths that differ from three years: 3½ years for most metal, electrical and
 * laboratory occupations, two years for the short occupations, 2½ years for PTA (PTA-Berufsgesetz 2023).
 */
const DURATION_MONTHS: Readonly<Record<string, number>> = {
  mechatroniker: 42,
  kraftfahrzeugmechatroniker: 42,
  industriemechaniker: 42,
  elektroniker: 42,
  'elektroniker-betriebstechnik': 42,
  'elektroniker-automatisierungstechnik': 42,
  'elektroniker-geraete-systeme': 42,
  'anlagenmechaniker-shk': 42,
  anlagenmechaniker: 42,
  metallbauer: 42,
  zerspanungsmechaniker: 42,
  werkzeugmechaniker: 42,
  konstruktionsmechaniker: 42,
  feinwerkmechaniker: 42,
  'land-baumaschinenmechatroniker': 42,
  'karosserie-fahrzeugbaumechaniker': 42,
  zweiradmechatroniker: 42,
  'mechatroniker-kaeltetechnik': 42,
  'technischer-produktdesigner': 42,
  'technischer-systemplaner': 42,
  chemikant: 42,
  chemielaborant: 42,
  biologielaborant: 42,
  zahntechniker: 42,
  verkaeufer: 24,
  fachlagerist: 24,
  'fachkraft-gastronomie': 24,
  'maschinen-anlagenfuehrer': 24,
  'fachkraft-metalltechnik': 24,
  'produktionsfachkraft-chemie': 24,
  kinderpfleger: 24,
  'pharmazeutisch-technischer-assistent': 30,
};

/** The certificate most trainees of a field bring, and the occupations that differ from their field. */
const USUAL_CERTIFICATE_BY_FIELD: Readonly<Record<OccupationField, UsualCertificate>> = {
  business: 'msa',
  it_media: 'msa',
  metal_electrical: 'msa',
  construction: 'hauptschulabschluss',
  health: 'msa',
  food_hospitality: 'hauptschulabschluss',
  logistics: 'hauptschulabschluss',
  science: 'msa',
  services: 'hauptschulabschluss',
  green: 'hauptschulabschluss',
  social: 'msa',
};
const USUAL_CERTIFICATE: Readonly<Record<string, UsualCertificate>> = {
  bankkaufmann: 'abitur',
  industriekaufmann: 'abitur',
  'kaufmann-versicherungen-finanzanlagen': 'abitur',
  steuerfachangestellter: 'abitur',
  immobilienkaufmann: 'abitur',
  'kaufmann-marketingkommunikation': 'abitur',
  veranstaltungskaufmann: 'abitur',
  'kaufmann-digitalisierungsmanagement': 'abitur',
  fachinformatiker: 'abitur',
  'mediengestalter-digital-print': 'abitur',
  'kaufmann-it-systemmanagement': 'fachhochschulreife',
  verkaeufer: 'hauptschulabschluss',
  'maschinen-anlagenfuehrer': 'hauptschulabschluss',
  'fachkraft-metalltechnik': 'hauptschulabschluss',
  fahrzeuglackierer: 'hauptschulabschluss',
  metallbauer: 'hauptschulabschluss',
  'anlagenmechaniker-shk': 'hauptschulabschluss',
  bauzeichner: 'msa',
  schornsteinfeger: 'msa',
  hotelfachmann: 'msa',
  'kaufmann-spedition-logistik': 'msa',
  'eisenbahner-betriebsdienst': 'msa',
  'produktionsfachkraft-chemie': 'hauptschulabschluss',
  'fachkraft-schutz-sicherheit': 'msa',
  kosmetiker: 'msa',
  tierpfleger: 'msa',
  erzieher: 'fachhochschulreife',
  kinderpfleger: 'hauptschulabschluss',
};

export const OCCUPATIONS: readonly Occupation[] = ROWS.map(([id, name, field, regulation]) => ({
  id,
  name,
  field,
  regulation: regulation ?? 'bbig_hwo',
  kldb2010: null,
  durationMonths: DURATION_MONTHS[id] ?? 36,
  usualCertificate: USUAL_CERTIFICATE[id] ?? USUAL_CERTIFICATE_BY_FIELD[field],
}));

const BY_ID = new Map(OCCUPATIONS.map((occupation) => [occupation.id, occupation]));

export const OCCUPATION_IDS = OCCUPATIONS.map((occupation) => occupation.id) as [string, ...string[]];

export function findOccupation(id: string): Occupation | undefined {
  return BY_ID.get(id);
}

export function isOccupationId(id: string): boolean {
  return BY_ID.has(id);
}

/** Every occupation of the same field, including the given one. */
export function occupationsOfSameField(id: string): string[] {
  const occupation = BY_ID.get(id);
  if (!occupation) return [];
  return OCCUPATIONS.filter((other) => other.field === occupation.field).map((other) => other.id);
}
