/**
 * Texts for generated mentorships: offers, requests, session topics and notes, problem reports
 * and confidential requests for help against a drop-out. No names, no training companies.
 */
export const OFFER_NOTES: readonly string[] = [
  'Ich war 30 Jahre Ausbilder im Handwerk und helfe gern bei Bewerbungen und beim Start in die Ausbildung.',
  'Ich arbeite in der Personalabteilung eines großen Betriebs und übe gern Vorstellungsgespräche.',
  'Ich habe selbst eine Ausbildung abgebrochen und neu angefangen. Ich weiß, wie sich das anfühlt.',
  'Treffen am liebsten einmal im Monat, gern auch online. Ich spreche auch Türkisch.',
  'Ich begleite Azubis durch die Prüfungsvorbereitung, besonders in Mathe und Fachrechnen.',
  'Pensionierte Lehrerin, viel Geduld, Schwerpunkt Bewerbungsunterlagen und Lernen lernen.',
];

export const COMPANY_OFFER_NOTES: readonly string[] = [
  'Unser Ausbildungswerk teilt gern seine Erfahrungen mit kleinen Betrieben: Auswahlverfahren, Einarbeitung, Berichtshefte.',
  'Wir zeigen, wie wir das anonymisierte Bewerbungsverfahren eingeführt haben, und beraten bei den ersten Schritten.',
  'Unsere Ausbildungsleitung berät zur Vermeidung von Ausbildungsabbrüchen und zu Sprachförderung im Betrieb.',
];

export const REQUEST_NOTES: readonly string[] = [
  'Ich suche jemanden, der mit mir meine Bewerbungsunterlagen durchgeht.',
  'Ich bin im ersten Ausbildungsjahr und möchte eine Ansprechperson außerhalb des Betriebs.',
  'Ich möchte mich auf Vorstellungsgespräche vorbereiten.',
  'Die Berufsschule fällt mir schwer, vor allem die Fachsprache. Ich suche Unterstützung.',
  'Im Moment läuft es im Betrieb nicht gut und ich weiß nicht, mit wem ich sprechen kann.',
];

export const COMPANY_REQUEST_NOTES: readonly string[] = [
  'Wir bilden zum ersten Mal aus und möchten von einem erfahrenen Betrieb lernen.',
  'Wir möchten mehr Bewerbungen von zweisprachigen jungen Menschen bekommen und suchen Rat.',
  'Zwei Azubis haben im letzten Jahr abgebrochen. Wir möchten verstehen, was wir besser machen können.',
];

export const SESSION_TOPICS: readonly string[] = [
  'Kennenlernen und Ziele',
  'Bewerbungsmappe überarbeitet',
  'Vorstellungsgespräch geübt',
  'Berichtsheft und Lernplan',
  'Prüfungsvorbereitung Zwischenprüfung',
  'Gespräch über die Situation im Betrieb',
  'Fachbegriffe für die Berufsschule',
  'Auswahlverfahren für Azubis besprochen',
  'Einarbeitungsplan für neue Azubis',
];

export const SESSION_NOTES: readonly string[] = [
  'Gutes Gespräch, nächster Termin in vier Wochen.',
  'Lebenslauf ist fertig; zwei Bewerbungen gehen diese Woche raus.',
  'Wir haben einen Lernplan bis zur Prüfung aufgestellt.',
  'Es geht voran. Nächstes Mal üben wir die Präsentation.',
  'Offene Fragen notiert, die Antworten kommen per Nachricht.',
];

export const PROBLEM_REPORTS: readonly string[] = [
  'Die letzten zwei Termine sind ausgefallen, ohne dass abgesagt wurde. Bitte einmal nachfragen.',
  'Wir kommen inhaltlich nicht weiter; vielleicht passt ein anderer Schwerpunkt besser.',
  'Die Treffen sind wegen der Schichtarbeit schwer zu planen.',
];

export const DROPOUT_SITUATIONS: readonly string[] = [
  'Ich bin im zweiten Lehrjahr und komme mit meinem Ausbilder nicht klar. Ich überlege abzubrechen, möchte aber erst mit jemandem sprechen.',
  'Die Berufsschule ist sehr schwer für mich, besonders die Fachtexte. Ich habe Angst, die Prüfung nicht zu schaffen.',
  'Zu Hause ist gerade viel los und ich schaffe die Arbeitszeiten kaum. Ich brauche Rat, wie es weitergehen kann.',
  'Ich fühle mich im Team nicht respektiert und weiß nicht, ob das normal ist.',
];

export const REACHABLE: readonly string[] = [
  'Am besten nachmittags per E-Mail',
  'Nach 17 Uhr',
  'Über die Plattform',
  '',
];
