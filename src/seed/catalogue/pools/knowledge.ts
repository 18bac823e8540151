import type { FieldOfAction, TargetGroup } from '../../../modules/catalogue/taxonomy.js';

/**
 * Guides and good-practice stories, written from potentials, not deficits. Stories use invented
 * people and firms: slots {person}, {firm}, {trade}, {city}, {languages}, {years}.
 */
export interface KnowledgeTopic {
  type: 'guide' | 'story';
  fields: readonly FieldOfAction[];
  targets: readonly TargetGroup[];
  titles: readonly string[];
  summaries: readonly string[];
  intro: readonly string[];
  /** A heading and the list items or paragraph below it. */
  sections: readonly { heading: string; items?: readonly string[]; text?: readonly string[] }[];
}

export const KNOWLEDGE_TOPICS: readonly KnowledgeTopic[] = [
  {
    type: 'guide',
    fields: ['networking', 'advice_companies'],
    targets: ['smes'],
    titles: [
      'Leitfaden: Kultursensibel einstellen in kleinen Betrieben',
      'Kultursensible Personalauswahl in fünf Schritten',
    ],
    summaries: [
      'Wie kleine und mittlere Unternehmen mehr Talente erreichen: von der Stellenanzeige über das Gespräch bis zur Einarbeitung.',
      'Ein kompakter Leitfaden für Inhaberinnen, Inhaber und Ausbildende, die ihre Personalauswahl fairer und erfolgreicher machen wollen.',
    ],
    intro: [
      'Viele Betriebe in der Region finden keine Auszubildenden – und übersehen dabei Talente, die schon da sind: junge Menschen, die zwei oder drei Sprachen sprechen, Verantwortung in der Familie tragen und sich in unterschiedlichen Welten bewegen.',
    ],
    sections: [
      {
        heading: 'Schritt für Schritt',
        items: [
          'Anforderungen prüfen: Was ist für den Beruf wirklich nötig, was ist Gewohnheit?',
          'Stellenanzeige in verständlicher Sprache schreiben und Mehrsprachigkeit als Vorteil nennen',
          'Neue Wege gehen: Schulen, Vereine und Kulturzentren im Stadtteil ansprechen',
          'Gespräche strukturiert führen, mit denselben Fragen für alle',
          'Einarbeitung planen und eine feste Ansprechperson benennen',
        ],
      },
      {
        heading: 'Worauf es ankommt',
        text: [
          'Kultursensibel heißt nicht, Menschen nach ihrer Herkunft zu behandeln. Es heißt, Hürden zu erkennen, die niemand beabsichtigt hat – und sie abzubauen. Nach dem Allgemeinen Gleichbehandlungsgesetz darf niemand wegen seiner Herkunft oder Religion benachteiligt werden; Fragen danach gehören nicht ins Gespräch.',
        ],
      },
    ],
  },
  {
    type: 'guide',
    fields: ['networking', 'advice_companies', 'advice_municipalities'],
    targets: ['smes', 'municipalities'],
    titles: ['Anonymisierte Bewerbungen einführen: ein Praxisleitfaden', 'Anonymisiert bewerben lassen – so geht es'],
    summaries: [
      'Was ein anonymisiertes Bewerbungsverfahren ist, wie Betriebe und Verwaltungen es in wenigen Wochen einführen und was es bringt.',
      'Ohne Name, Foto und Geburtsdatum in die erste Runde: ein Leitfaden mit Formularvorlage und Erfahrungen aus der Region.',
    ],
    intro: [
      'In der ersten Sichtung entscheiden oft wenige Sekunden über eine Einladung. Ein anonymisiertes Verfahren lenkt den Blick auf das, was zählt: Qualifikation, Erfahrung und Motivation.',
    ],
    sections: [
      {
        heading: 'So führen Sie das Verfahren ein',
        items: [
          'Ein Bewerbungsformular mit Fragen zu Qualifikation und Motivation entwerfen',
          'Persönliche Angaben getrennt erfassen und erst für die Einladung freigeben',
          'Auswahlkriterien vor der Sichtung festlegen',
          'Alle Beteiligten kurz schulen',
          'Nach einem Jahr auswerten: Wer wurde eingeladen, wer eingestellt?',
        ],
      },
      {
        heading: 'Was Betriebe berichten',
        text: [
          'Betriebe, die das Verfahren ausprobiert haben, berichten von mehr Bewerbungen aus neuen Zielgruppen und von Gesprächen, die sich stärker um Fähigkeiten drehen. Der zusätzliche Aufwand ist gering, wenn das Formular einmal steht.',
        ],
      },
    ],
  },
  {
    type: 'guide',
    fields: ['apprenticeship_support'],
    targets: ['smes', 'trainers'],
    titles: ['Mentoring im Betrieb aufbauen', 'Ausbildungspatenschaften: Leitfaden für Betriebe und Vereine'],
    summaries: [
      'Wie Betriebe und Vereine Patenschaften für Auszubildende organisieren – mit Checkliste für das erste Treffen.',
      'Mentoring hält Auszubildende im Betrieb. Der Leitfaden zeigt, wie man Patinnen und Paten gewinnt, vorbereitet und begleitet.',
    ],
    intro: [
      'Eine verlässliche Ansprechperson außerhalb der direkten Hierarchie ist für viele Auszubildende der entscheidende Unterschied. Mentoring nutzt die Erfahrung von Beschäftigten, die selbst einmal neu waren.',
    ],
    sections: [
      {
        heading: 'Bausteine eines Patenschaftsprogramms',
        items: [
          'Patinnen und Paten freiwillig gewinnen, gern auch mehrsprachige',
          'Ein kurzes Vorbereitungstreffen zu Rolle, Vertraulichkeit und Grenzen',
          'Eine Vereinbarung über Ziele und Häufigkeit der Treffen',
          'Austausch der Patinnen und Paten untereinander',
          'Anerkennung des Engagements, etwa durch Arbeitszeit',
        ],
      },
      {
        heading: 'Große Betriebe als Paten für kleine',
        text: [
          'Wo ein kleiner Betrieb keine eigene Personalabteilung hat, können Beschäftigte eines großen Unternehmens die Patenschaft übernehmen. Beide Seiten profitieren: Der kleine Betrieb von Erfahrung und Netzwerk, der große von Einblicken in das Handwerk und von motivierten Beschäftigten.',
        ],
      },
    ],
  },
  {
    type: 'guide',
    fields: ['apprenticeship_places', 'advice_companies'],
    targets: ['smes'],
    titles: ['Zum ersten Mal ausbilden: was Unternehmerinnen und Unternehmer wissen sollten'],
    summaries: [
      'Von der Ausbildereignung bis zum ersten Ausbildungstag: ein Überblick für Betriebe, die zum ersten Mal ausbilden.',
    ],
    intro: [
      'Viele Unternehmen von Zugewanderten könnten ausbilden und tun es noch nicht. Oft fehlt nur die Information, wie es geht – dabei ist der Weg überschaubar.',
    ],
    sections: [
      {
        heading: 'Die wichtigsten Schritte',
        items: [
          'Prüfen, ob der Betrieb die Ausbildungsinhalte vermitteln kann – sonst ist Verbundausbildung möglich',
          'Ausbildereignung erwerben oder eine geeignete Person benennen',
          'Ausbildungsplatz bei der zuständigen Kammer eintragen lassen',
          'Auszubildende suchen, auch mehrsprachige',
          'Einarbeitung und Ausbildungsplan vorbereiten',
        ],
      },
    ],
  },
  {
    type: 'guide',
    fields: ['education'],
    targets: ['parents'],
    titles: ['Elternarbeit zur Berufsorientierung mehrsprachig gestalten'],
    summaries: [
      'Wie Schulen Eltern als Partner bei der Berufswahl gewinnen – mit Beispielen für Elterncafés und Lotsenprojekte.',
    ],
    intro: [
      'Eltern beeinflussen die Berufswahl ihrer Kinder stärker als jede Messe. Mehrsprachige Elternarbeit nutzt dieses Potenzial und macht die duale Ausbildung in Familien bekannt, die sie nicht aus eigener Erfahrung kennen.',
    ],
    sections: [
      {
        heading: 'Was sich bewährt hat',
        items: [
          'Einladungen in mehreren Sprachen und persönlich über Klassenlehrkräfte',
          'Termine am frühen Abend, mit Kinderbetreuung',
          'Auszubildende als Gäste, die von ihrem Weg erzählen',
          'Elternlotsinnen und -lotsen, die selbst die Sprache der Familien sprechen',
        ],
      },
    ],
  },
  {
    type: 'guide',
    fields: ['monitoring'],
    targets: ['municipalities', 'schools'],
    titles: ['Wirkung messen mit wenigen Kennzahlen'],
    summaries: [
      'Ein Leitfaden für Projektträger: Ziele messbar formulieren, Daten sparsam erheben und Ergebnisse verständlich berichten.',
    ],
    intro: [
      'Gegen Projektitis hilft Messbarkeit: Wer weiß, was ein Projekt erreicht, kann es weiterentwickeln und in andere Städte übertragen.',
    ],
    sections: [
      {
        heading: 'Drei Fragen für den Anfang',
        items: [
          'Was soll sich für die Teilnehmenden ändern?',
          'Woran erkennen wir das in einem Jahr?',
          'Welche Daten haben wir ohnehin, welche brauchen wir zusätzlich?',
        ],
      },
      {
        heading: 'Datenschutz mitdenken',
        text: [
          'Erheben Sie nur, was Sie für die Auswertung brauchen, und berichten Sie in Gruppen, nie über einzelne Personen. Angaben zur Zuwanderungsgeschichte sind freiwillig und werden nur anonym ausgewertet.',
        ],
      },
    ],
  },
  {
    type: 'guide',
    fields: ['qualification'],
    targets: ['trainers'],
    titles: ['Feedback in vielfältigen Ausbildungsteams'],
    summaries: [
      'Wie Ausbildende klar und wertschätzend Rückmeldung geben – auch wenn Erwartungen an Hierarchie und Kommunikation unterschiedlich sind.',
    ],
    intro: [
      'Gute Rückmeldung ist konkret, zeitnah und respektvoll. In vielfältigen Teams lohnt es sich, darüber zu sprechen, wie Rückmeldung ankommt – denn nicht jede Zurückhaltung ist Desinteresse.',
    ],
    sections: [
      {
        heading: 'Praktische Tipps',
        items: [
          'Erwartungen zu Beginn der Ausbildung offen besprechen',
          'Rückmeldung auf Verhalten beziehen, nicht auf die Person',
          'Nachfragen, wie die Rückmeldung verstanden wurde',
          'Stärken ausdrücklich benennen, auch Sprachkenntnisse',
        ],
      },
    ],
  },
  {
    type: 'story',
    fields: ['apprenticeship_places', 'advice_companies'],
    targets: ['smes'],
    titles: ['Wie {firm} zum Ausbildungsbetrieb wurde', 'Gute Praxis: {firm} bildet erstmals aus'],
    summaries: [
      '{person} führt seit {years} Jahren einen Betrieb in {city}. Seit diesem Jahr bildet der Betrieb aus – und sucht gezielt mehrsprachige Auszubildende.',
      'Aus der Idee wurde ein Ausbildungsplatz: wie {firm} in {city} den Weg zur Ausbildung gegangen ist.',
    ],
    intro: [
      '{person} kam mit Anfang zwanzig in die Region und hat {firm} in {city} aufgebaut. Heute arbeiten dort Menschen aus mehreren Ländern; gesprochen werden {languages}.',
    ],
    sections: [
      {
        heading: 'Der Weg',
        text: [
          'Lange dachte {person}, Ausbilden sei nur etwas für große Unternehmen. Eine Beratung im Stadtteil zeigte, dass der Weg kürzer ist als gedacht: Die Ausbildereignung war in wenigen Monaten erworben, die Eintragung bei der Kammer eine Formsache.',
          'Die erste Auszubildende kam über ein Praktikum aus der Schule nebenan. Dass sie drei Sprachen spricht, ist für den Betrieb ein Gewinn – viele Kundinnen und Kunden freuen sich, in ihrer Sprache beraten zu werden.',
        ],
      },
      {
        heading: 'Was andere lernen können',
        items: [
          'Früh Beratung suchen',
          'Praktika als Türöffner nutzen',
          'Mehrsprachigkeit als Stärke in der Stellenanzeige nennen',
        ],
      },
    ],
  },
  {
    type: 'story',
    fields: ['apprenticeship_support'],
    targets: ['young_people'],
    titles: [
      'Dranbleiben hat sich gelohnt: {person} über die Ausbildung im Bereich {trade}',
      'Gute Praxis: mit Patin zum Abschluss',
    ],
    summaries: [
      '{person} stand im zweiten Lehrjahr kurz vor dem Abbruch. Mit einer Patin und einem verständnisvollen Betrieb kam der Abschluss.',
      'Eine Geschichte über Krisen in der Ausbildung – und darüber, wie Mentoring hilft, sie zu überstehen.',
    ],
    intro: [
      '{person} spricht {languages} und macht eine Ausbildung im Bereich {trade} in {city}. Im zweiten Lehrjahr wurde es schwierig: Prüfungsstress, ein Umzug und Geldsorgen kamen zusammen.',
    ],
    sections: [
      {
        heading: 'Die Wende',
        text: [
          'Über die Berufsschule kam der Kontakt zu einer Ausbildungspatin zustande. Einmal pro Woche trafen sie sich, planten das Lernen und klärten einen Antrag auf Berufsausbildungsbeihilfe. Der Betrieb passte die Arbeitszeiten vor der Prüfung an.',
          'Heute hat {person} den Abschluss in der Tasche und übernimmt selbst eine Patenschaft für eine neue Auszubildende. „Ich weiß, wie es ist, wenn alles auf einmal kommt“, sagt {person}.',
        ],
      },
    ],
  },
  {
    type: 'story',
    fields: ['networking', 'advice_municipalities'],
    targets: ['municipalities'],
    titles: [
      'Gute Praxis: anonymisierte Bewerbungen in der Verwaltung',
      'Was ein Jahr anonymisierte Bewerbung im Personalamt gezeigt hat',
    ],
    summaries: [
      'Eine Stadtverwaltung der Region hat Ausbildungsbewerbungen ein Jahr lang anonymisiert gesichtet. Ein Erfahrungsbericht aus dem Personalamt.',
    ],
    intro: [
      'Als das Personalamt in {city} beschloss, die erste Runde der Ausbildungsbewerbungen zu anonymisieren, gab es Skepsis: zu viel Aufwand, zu wenig Wirkung. Ein Jahr später ist das Verfahren Standard.',
    ],
    sections: [
      {
        heading: 'Die Erfahrungen',
        text: [
          'Die Auswahlkommissionen berichten, dass sie sich stärker auf Motivation und Erfahrungen konzentrieren. Bewerbende schätzen das einheitliche Formular, weil es klar sagt, worauf es ankommt.',
        ],
      },
      {
        heading: 'Tipps aus dem Personalamt',
        items: [
          'Das Formular mit Auszubildenden testen',
          'Auswahlkriterien vorher schriftlich festlegen',
          'Ergebnisse nach einem Jahr offen auswerten',
        ],
      },
    ],
  },
  {
    type: 'story',
    fields: ['communication'],
    targets: ['smes', 'young_people'],
    titles: ['Sprachtalent als Stärke: {person} im Porträt', 'Gute Praxis: mehrsprachig im Kundenkontakt bei {firm}'],
    summaries: [
      '{person} spricht {languages} – und macht bei {firm} in {city} genau daraus einen Vorteil für Kundschaft und Team.',
    ],
    intro: [
      'Bei {firm} in {city} kommt die Kundschaft aus der ganzen Welt. {person} hat dort die Ausbildung gemacht und berät heute in {languages}.',
    ],
    sections: [
      {
        heading: 'Im Porträt',
        text: [
          '„In der Bewerbung habe ich meine Sprachen erst ganz unten erwähnt“, erzählt {person}. „Im Gespräch hat mein Chef sofort danach gefragt.“ Heute ist die Mehrsprachigkeit ein fester Teil des Angebots.',
          'Der Betrieb hat daraus gelernt: In jeder Stellenanzeige steht nun, dass weitere Sprachen willkommen sind.',
        ],
      },
    ],
  },
  {
    type: 'story',
    fields: ['education', 'networking'],
    targets: ['schools', 'smes'],
    titles: ['Gute Praxis: eine Schule und ihre Partnerbetriebe in {city}'],
    summaries: [
      'Eine Gesamtschule in {city} hat feste Partnerschaften mit Betrieben aus dem Stadtteil aufgebaut – mit Praktika ab Klasse 9 und gemeinsamem Bewerbungstraining.',
    ],
    intro: [
      'Vor fünf Jahren hatte die Schule zwei Betriebskontakte, heute sind es vierzehn. Der Schlüssel: eine Lehrerin, die Zeit für die Partnerschaften bekommt, und Betriebe, die merken, dass sich das Engagement lohnt.',
    ],
    sections: [
      {
        heading: 'Was die Partnerschaften ausmacht',
        items: [
          'Feste Ansprechpersonen auf beiden Seiten',
          'Betriebserkundungen ab Klasse 8',
          'Bewerbungstraining mit Ausbildenden',
          'Ein gemeinsames Fest am Schuljahresende',
        ],
      },
    ],
  },
];

/** Trades for story protagonists. */
export const STORY_TRADES: readonly string[] = [
  'Kfz-Mechatronik',
  'Pflegefachkraft',
  'Elektronik',
  'Kaufleute im Einzelhandel',
  'Anlagenmechanik',
  'Zahnmedizinische Fachangestellte',
  'Fachinformatik',
  'Medizinische Fachangestellte',
  'Friseurhandwerk',
  'Lagerlogistik',
  'Industriemechanik',
  'Hotelfach',
];

/** Editions of a guide for a sector or a city, so the same guide can appear in several versions. Slot: {city}. */
export const GUIDE_EDITIONS: readonly { suffix: string; paragraph: string }[] = [
  {
    suffix: 'Erfahrungen aus {city}',
    paragraph:
      'Diese Ausgabe sammelt Beispiele aus {city}: Betriebe, Schulen und Träger berichten, was bei ihnen funktioniert hat und was sie beim nächsten Mal anders machen würden.',
  },
  {
    suffix: 'kompakt für das Handwerk',
    paragraph:
      'Die Kurzfassung richtet sich an Handwerksbetriebe mit wenigen Beschäftigten, in denen die Inhaberin oder der Inhaber selbst ausbildet und wenig Zeit für lange Konzepte bleibt.',
  },
  {
    suffix: 'für Pflege und Gesundheit',
    paragraph:
      'In Pflege und Gesundheit sind Mehrsprachigkeit und kulturelle Erfahrung besonders gefragt, denn Patientinnen, Patienten und Angehörige sprechen viele Sprachen. Diese Ausgabe zeigt Beispiele aus Pflegediensten und Praxen.',
  },
  {
    suffix: 'für Handel und Logistik',
    paragraph:
      'Diese Ausgabe enthält Beispiele aus Handel und Logistik, wo Schichtarbeit, Kundenkontakt und internationale Partner den Alltag prägen.',
  },
  {
    suffix: 'Checkliste für die Praxis',
    paragraph:
      'Die wichtigsten Schritte passen auf eine Seite – zum Ausdrucken und Abhaken im Betrieb. Wer tiefer einsteigen möchte, findet im Katalog passende Beratungsangebote.',
  },
];
