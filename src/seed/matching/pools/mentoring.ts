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

/**
 * Mentoring sessions as logged: a topic with the notes written after such a session, for
 * mentorships with a person or between companies. The first session of every mentorship is the
 * first entry of its audience.
 */
export interface SessionLog {
  topic: string;
  notes: readonly string[];
}

export const SESSIONS: Readonly<Record<'person' | 'company', readonly SessionLog[]>> = {
  person: [
    {
      topic: 'Kennenlernen und Ziele',
      notes: [
        'Gutes erstes Gespräch. Ziel bis zum Sommer: ein Ausbildungsplatz; nächster Termin in vier Wochen.',
        'Wir haben uns kennengelernt und aufgeschrieben, wobei die Begleitung helfen soll.',
      ],
    },
    {
      topic: 'Bewerbungsmappe überarbeitet',
      notes: [
        'Lebenslauf ist fertig; zwei Bewerbungen gehen diese Woche raus.',
        'Anschreiben gekürzt und die Sprachkenntnisse nach vorn gestellt.',
      ],
    },
    {
      topic: 'Vorstellungsgespräch geübt',
      notes: [
        'Zwei Probedurchläufe, beim zweiten schon viel ruhiger. Nächstes Mal üben wir Fragen zu Stärken und Schwächen.',
        'Typische Fragen durchgesprochen; die eigene Vorstellung sitzt jetzt.',
      ],
    },
    {
      topic: 'Berichtsheft und Lernplan',
      notes: [
        'Berichtsheft ist auf dem aktuellen Stand; Lernplan für die nächsten sechs Wochen steht.',
        'Wir haben einen festen Lernabend pro Woche vereinbart.',
      ],
    },
    {
      topic: 'Prüfungsvorbereitung Zwischenprüfung',
      notes: [
        'Alte Prüfungsaufgaben gerechnet, Fachrechnen klappt schon gut. Offen: Wirtschafts- und Sozialkunde.',
        'Wir haben einen Lernplan bis zur Prüfung aufgestellt.',
      ],
    },
    {
      topic: 'Gespräch über die Situation im Betrieb',
      notes: [
        'Der Ärger mit den Arbeitszeiten ist angesprochen; ein Gespräch mit der Ausbilderin ist vereinbart.',
        'Offene Fragen notiert, die Antworten kommen per Nachricht.',
      ],
    },
    {
      topic: 'Fachbegriffe für die Berufsschule',
      notes: [
        'Eine Liste mit 40 Fachbegriffen angelegt, mit Übersetzung in die Familiensprache.',
        'Es geht voran. Nächstes Mal üben wir die Präsentation für die Berufsschule.',
      ],
    },
  ],
  company: [
    {
      topic: 'Kennenlernen und Ziele',
      notes: [
        'Erstes Treffen im Betrieb; Ziel ist ein eigenes Auswahlverfahren bis zum Frühjahr.',
        'Wir haben geklärt, wo der Betrieb Unterstützung braucht, und drei Themen festgelegt.',
      ],
    },
    {
      topic: 'Auswahlverfahren für Azubis besprochen',
      notes: [
        'Bewerbungsformular ohne Foto und Geburtsdatum entworfen; Kriterien für die erste Sichtung festgelegt.',
        'Unser Ablauf vom Eingang bis zur Zusage ist vorgestellt, der Betrieb passt ihn an seine Größe an.',
      ],
    },
    {
      topic: 'Einarbeitungsplan für neue Azubis',
      notes: [
        'Plan für die ersten vier Wochen steht, mit einer festen Ansprechperson und wöchentlichem Kurzgespräch.',
        'Vorlage für den Einarbeitungsplan übergeben; der Betrieb ergänzt die eigenen Stationen.',
      ],
    },
    {
      topic: 'Sprachförderung im Betrieb',
      notes: [
        'Fachbegriffe-Glossar für die Werkstatt angefangen; ein Azubi übersetzt ins Arabische.',
        'Kontakt zu einem berufsbezogenen Deutschkurs vermittelt.',
      ],
    },
    {
      topic: 'Ausbildungsabbrüche vermeiden',
      notes: [
        'Warnzeichen besprochen: häufiges Fehlen, Rückzug, Noten. Monatliches Gespräch mit jedem Azubi eingeführt.',
        'Die zwei Abbrüche im letzten Jahr nachbesprochen; beide Male fehlte eine Ansprechperson außerhalb des Teams.',
      ],
    },
  ],
};

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
