/**
 * Synonyms and abbreviations of the platform's field — integration, vocational training, diversity
 * in companies — as the search uses them. Data, not code: see src/core/search/README.md for how to
 * maintain the list.
 *
 * Each group lists terms that mean the same for someone searching: a query term (a word or a run
 * of words) equal to one of them also finds every other term of the group. A term of several words
 * is found only where all of its words occur. Spelling, case and accents do not matter ("ikö",
 * "IKÖ", "IKO" are one term).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Vehicles and their trades.
  ['Kfz', 'Kraftfahrzeug', 'Kfz-Mechatroniker', 'Kraftfahrzeugmechatroniker', 'Autowerkstatt'],
  ['Mechatroniker', 'Mechatronikerin', 'Mechatronik'],
  // Vocational training and its people.
  ['Azubi', 'Azubis', 'Auszubildende', 'Auszubildender', 'Ausbildung'],
  ['Praktikum', 'Schülerpraktikum', 'Betriebspraktikum'],
  ['EQ', 'Einstiegsqualifizierung'],
  ['Bewerbungstraining', 'Bewerbungscoaching', 'Bewerbungsmappe'],
  ['Anerkennung', 'Berufsanerkennung', 'Anerkennungsberatung'],
  // Money for training and study.
  ['BAföG', 'Bundesausbildungsförderungsgesetz', 'Ausbildungsförderung'],
  ['BAB', 'Berufsausbildungsbeihilfe'],
  // Language learning.
  ['Sprachkurs', 'Deutschkurs', 'Berufsbezogenes Deutsch', 'Fachsprache', 'Integrationskurs', 'Sprachförderung'],
  ['DaZ', 'Deutsch als Zweitsprache'],
  ['DaF', 'Deutsch als Fremdsprache'],
  // Companies and institutions.
  ['KMU', 'kleine und mittlere Unternehmen', 'Mittelstand'],
  ['IKÖ', 'interkulturelle Öffnung'],
  ['IHK', 'Industrie- und Handelskammer'],
  ['HWK', 'Handwerkskammer'],
  ['Jobcenter', 'Arbeitsagentur', 'Agentur für Arbeit'],
  ['MINT', 'Mathematik Informatik Naturwissenschaft Technik'],
  // People.
  ['Geflüchtete', 'Flüchtlinge', 'Schutzsuchende'],
];
