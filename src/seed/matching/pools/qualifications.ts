/**
 * Phrases for the qualifications part of generated applications (internships, training,
 * experience), in the applicants' words. No names, places of birth, addresses or contact data.
 */
export const INTERNSHIPS: readonly string[] = [
  'Schulpraktikum (3 Wochen) in einer Kfz-Werkstatt',
  'Schulpraktikum (2 Wochen) in einer Arztpraxis',
  'Schulpraktikum (3 Wochen) im Einzelhandel, an der Kasse und im Lager',
  'Praktikum (4 Wochen) in einem Elektrobetrieb',
  'Praktikum (2 Wochen) in der Verwaltung einer Wohnungsgesellschaft',
  'Schulpraktikum (2 Wochen) in einer Kita',
  'Praktikum (6 Wochen) in einem Logistikzentrum',
  'Praktikum (3 Wochen) in einem Hotel, Rezeption und Frühstücksservice',
  'Schulpraktikum (3 Wochen) in einer Schreinerei',
];

export const EXPERIENCE: readonly string[] = [
  'Minijob im Supermarkt (Regale einräumen, Kasse), seit einem Jahr',
  'Aushilfe in einer Bäckerei am Wochenende',
  'Zeitungszustellung, zwei Jahre lang jeden Samstag',
  'Ferienjob in einem Lager: Kommissionieren und Verpacken',
  'Mithilfe im Familienbetrieb (Gastronomie), Service und Einkauf',
  'Nachhilfe in Mathematik für jüngere Schülerinnen und Schüler',
];

export const TRAINING: readonly string[] = [
  'Erste-Hilfe-Kurs (9 Unterrichtseinheiten)',
  'Computerkurs: Tabellenkalkulation und Textverarbeitung',
  'Berufsorientierungsprogramm mit Werkstatttagen',
  'Sprachkurs Deutsch B2 mit Zertifikat',
  'Gabelstapler-Schein (Fahrausweis für Flurförderzeuge)',
];
