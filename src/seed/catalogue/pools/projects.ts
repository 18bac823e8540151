import type { FieldOfAction, TargetGroup } from '../../../modules/catalogue/taxonomy.js';

/**
 * Project themes. Every title names the city, so the same idea run in three cities yields
 * three near-identical projects — exactly the "Projektitis" the similarity view should reveal.
 * Result templates use {total} and {part} = {total} × share; all figures are fictional demo values
 * the projects "report" themselves, never official statistics.
 */
export interface ProjectTheme {
  key: string;
  fields: readonly FieldOfAction[];
  targets: readonly TargetGroup[];
  titles: readonly string[];
  summaries: readonly string[];
  goals: readonly string[];
  approaches: readonly string[];
  /** Each result: template and the share range of {part} in {total}. */
  results: readonly { template: string; min: number; max: number; share: readonly [number, number] }[];
  partners: readonly string[];
}

export const PROJECT_THEMES: readonly ProjectTheme[] = [
  {
    key: 'refugee-application-training',
    fields: ['apprenticeship_support', 'education'],
    targets: ['young_people'],
    titles: [
      'Bewerbungstraining für junge Geflüchtete in {city}',
      'Bewerbungstraining für junge Geflüchtete – {city}',
      'Bewerbungstraining für junge Geflüchtete {city}',
    ],
    summaries: [
      'Junge Geflüchtete trainieren Bewerbung und Vorstellungsgespräch und lernen Ausbildungsbetriebe in {city} kennen.',
      'Ein Bewerbungstraining für junge Geflüchtete mit Praktikum in Betrieben aus {city} und Begleitung bis zum Ausbildungsvertrag.',
      'Junge Menschen mit Fluchtgeschichte bereiten Bewerbungen vor, üben Vorstellungsgespräche und lernen Betriebe in {city} kennen.',
    ],
    goals: [
      'Junge Geflüchtete in Ausbildung vermitteln',
      'Stärken und Sprachen in Bewerbungen sichtbar machen',
      'Betriebe für neue Zielgruppen öffnen',
      'Abbrüche im ersten Ausbildungsjahr vermeiden',
    ],
    approaches: [
      'In Gruppen von zehn bis zwölf Personen werden Unterlagen erstellt und Gespräche geübt. Danach folgt ein zweiwöchiges Praktikum in einem Betrieb, den das Projekt vorher besucht hat.',
      'Ehrenamtliche aus Betrieben führen Probegespräche und geben Rückmeldung. Wer eine Zusage bekommt, wird bis zum Ende der Probezeit weiter begleitet.',
    ],
    results: [
      { template: '{total} Teilnehmende, {part} davon in Ausbildung', min: 18, max: 64, share: [0.4, 0.75] },
      {
        template: '{total} Praktika vermittelt, {part} davon mit anschließendem Ausbildungsangebot',
        min: 12,
        max: 40,
        share: [0.3, 0.6],
      },
    ],
    partners: [
      'Ausbildungsbetriebe aus Handwerk und Handel',
      'Berufskollegs der Stadt',
      'ehrenamtliche Bewerbungspatinnen und -paten',
    ],
  },
  {
    key: 'apprenticeship-mentors',
    fields: ['apprenticeship_support'],
    targets: ['young_people', 'smes'],
    titles: [
      'Ausbildungspaten {city}',
      'Ausbildungspatenschaften {city}: Mentoring im ersten Lehrjahr',
      'Mentoring für Auszubildende in {city}',
    ],
    summaries: [
      'Ehrenamtliche Patinnen und Paten begleiten Auszubildende in {city} durch das erste Lehrjahr und helfen, Krisen früh zu lösen.',
      'Erfahrene Fachkräfte begleiten Auszubildende in {city} ein Jahr lang als Mentorinnen und Mentoren.',
    ],
    goals: [
      'Ausbildungsabbrüche im ersten Jahr senken',
      'Auszubildenden eine verlässliche Ansprechperson geben',
      'Große Betriebe als Paten für kleine Betriebe gewinnen',
    ],
    approaches: [
      'Patinnen und Paten werden in einem Tagesseminar vorbereitet und treffen ihre Tandempartner mindestens einmal im Monat. Das Projektteam vermittelt bei Bedarf an Fachberatungen.',
      'Beschäftigte großer Unternehmen begleiten Auszubildende aus kleinen Betrieben. So profitieren auch Betriebe ohne eigene Personalabteilung von Erfahrung und Netzwerk.',
    ],
    results: [
      {
        template: '{total} Tandems gebildet, {part} davon haben das ganze Jahr durchgehalten',
        min: 15,
        max: 60,
        share: [0.7, 0.92],
      },
      {
        template: '{total} Auszubildende begleitet, {part} davon haben die Zwischenprüfung bestanden',
        min: 15,
        max: 50,
        share: [0.75, 0.95],
      },
    ],
    partners: ['Patinnen und Paten aus regionalen Unternehmen', 'Berufskollegs', 'Jugendberufshilfe'],
  },
  {
    key: 'parent-guides',
    fields: ['education'],
    targets: ['parents', 'schools'],
    titles: [
      'Elternlotsen Berufsorientierung {city}',
      'Elternlotsinnen und Elternlotsen für den Übergang Schule–Beruf in {city}',
      'Mehrsprachige Elternlotsen {city}',
    ],
    summaries: [
      'Mehrsprachige Elternlotsinnen und -lotsen informieren Familien in {city} über Ausbildung und Berufswahl – in ihrer Sprache und in ihrer Nachbarschaft.',
      'Geschulte Eltern erklären anderen Eltern in {city}, wie Ausbildung in Deutschland funktioniert und wie sie ihre Kinder unterstützen können.',
    ],
    goals: [
      'Eltern als Berufswegbegleiter stärken',
      'Informationen zur dualen Ausbildung mehrsprachig verbreiten',
      'Schulen und Familien besser verbinden',
    ],
    approaches: [
      'Eltern mit eigener Zuwanderungsgeschichte werden in vier Modulen geschult und gestalten danach Elterncafés an Schulen, in Vereinen und Gemeindezentren.',
      'Die Lotsinnen und Lotsen sprechen zusammen elf Sprachen. Sie begleiten Familien auch zu Elternsprechtagen und Ausbildungsmessen.',
    ],
    results: [
      {
        template: '{total} Elternlotsinnen und -lotsen geschult, {part} davon weiterhin aktiv',
        min: 10,
        max: 30,
        share: [0.6, 0.9],
      },
      { template: '{total} Elterncafés mit insgesamt {part} Teilnehmenden', min: 12, max: 40, share: [6, 14] },
    ],
    partners: ['Schulen der Sekundarstufe I', 'Migrantenorganisationen', 'Stadtteilzentren'],
  },
  {
    key: 'anonymised-hiring-administration',
    fields: ['networking', 'advice_municipalities'],
    targets: ['municipalities'],
    titles: [
      'Anonymisierte Bewerbungen in der Stadtverwaltung {city}',
      'Anonymisiertes Bewerbungsverfahren für Ausbildungsplätze der Stadt {city}',
    ],
    summaries: [
      'Die Stadtverwaltung {city} sichtet Bewerbungen um Ausbildungsplätze ohne Name, Foto und Geburtsort und wertet die Wirkung aus.',
      'Ein Pilot der Stadt {city}: Ausbildungsbewerbungen werden in der ersten Runde anonymisiert gesichtet.',
    ],
    goals: [
      'Auswahl nach Qualifikation und Motivation',
      'Mehr Auszubildende mit Zuwanderungsgeschichte in der Verwaltung',
      'Erfahrungen für andere Arbeitgeber dokumentieren',
    ],
    approaches: [
      'Ein einheitliches Online-Formular ersetzt Anschreiben und Lebenslauf in der ersten Runde. Erst für die Einladung zum Gespräch werden die persönlichen Angaben freigegeben.',
      'Das Personalamt schult die Auswahlkommissionen und vergleicht die Einladungsquoten mit den Vorjahren.',
    ],
    results: [
      {
        template: '{total} Bewerbungen anonymisiert gesichtet, {part} Einladungen zum Gespräch',
        min: 200,
        max: 900,
        share: [0.15, 0.3],
      },
      {
        template: '{total} Ausbildungsplätze besetzt, {part} davon mit mehrsprachigen Auszubildenden',
        min: 20,
        max: 80,
        share: [0.3, 0.55],
      },
    ],
    partners: ['Personalamt', 'Gleichstellungsstelle', 'Personalrat'],
  },
  {
    key: 'migrant-firms-train',
    fields: ['apprenticeship_places', 'advice_companies'],
    targets: ['smes'],
    titles: [
      'Neue Ausbildungsbetriebe in {city}',
      'Ausbildungsplätze in Unternehmen von Zugewanderten – {city}',
      'Ausbildungsakquise bei migrantischen Unternehmen in {city}',
    ],
    summaries: [
      'Das Projekt gewinnt Unternehmen von Zugewanderten in {city} als Ausbildungsbetriebe und begleitet sie bis zum ersten Vertrag.',
      'Beraterinnen und Berater besuchen Betriebe in {city}, klären Voraussetzungen und vermitteln passende Auszubildende.',
    ],
    goals: [
      'Zusätzliche Ausbildungsplätze schaffen',
      'Unternehmen von Zugewanderten bei der Ausbildereignung unterstützen',
      'Passende Auszubildende vermitteln',
    ],
    approaches: [
      'Mehrsprachige Beraterinnen und Berater gehen aktiv auf Betriebe zu. Sie klären Fragen zur Eignung, helfen bei der Eintragung und vermitteln in Verbundausbildungen.',
      'Betriebe, die schon ausbilden, berichten anderen Inhaberinnen und Inhabern von ihren Erfahrungen – das überzeugt mehr als jede Broschüre.',
    ],
    results: [
      { template: '{total} Betriebe beraten, {part} davon bilden erstmals aus', min: 25, max: 90, share: [0.2, 0.45] },
      { template: '{total} neue Ausbildungsplätze, {part} davon schon besetzt', min: 10, max: 45, share: [0.6, 0.9] },
    ],
    partners: ['Unternehmerinnen- und Unternehmervereine', 'Wirtschaftsförderung', 'Berufskollegs'],
  },
  {
    key: 'school-company-partnership',
    fields: ['education', 'networking'],
    targets: ['schools', 'smes'],
    titles: [
      'Lernpartnerschaften Schule und Betrieb in {city}',
      'Schule trifft Betrieb {city}',
      'Betriebspatenschaften für Schulen in {city}',
    ],
    summaries: [
      'Schulen und Betriebe in {city} schließen feste Partnerschaften: Betriebserkundungen, Praktika und Bewerbungstraining gehören dazu.',
      'Jede teilnehmende Schule in {city} bekommt mindestens zwei Partnerbetriebe aus ihrem Stadtteil.',
    ],
    goals: [
      'Berufsorientierung praxisnah gestalten',
      'Betriebe frühzeitig mit Talenten bekannt machen',
      'Kontakte auch für Jugendliche ohne persönliche Netzwerke',
    ],
    approaches: [
      'Schule und Betrieb vereinbaren für ein Schuljahr gemeinsame Aktivitäten: Erkundungen ab Klasse 8, Praktika ab Klasse 9 und ein Bewerbungstraining mit Ausbilderinnen und Ausbildern.',
      'Eine Koordinatorin hält die Partnerschaften lebendig und bringt neue Betriebe dazu, wenn eine Schule mehr Angebote braucht.',
    ],
    results: [
      {
        template: '{total} Lernpartnerschaften, {part} davon im zweiten Jahr fortgesetzt',
        min: 12,
        max: 40,
        share: [0.6, 0.9],
      },
      {
        template: '{total} Praktika vermittelt, {part} davon bei Partnerbetrieben',
        min: 60,
        max: 240,
        share: [0.5, 0.8],
      },
    ],
    partners: [
      'Schulen der Sekundarstufe I',
      'Ausbildungsbetriebe aus dem Stadtteil',
      'Kommunale Koordinierung Übergang Schule–Beruf',
    ],
  },
  {
    key: 'dropout-prevention',
    fields: ['apprenticeship_support'],
    targets: ['young_people', 'trainers'],
    titles: [
      'Ausbildung sichern in {city}',
      'Dranbleiben! Abbruchprävention in {city}',
      'Krisenbegleitung für Auszubildende in {city}',
    ],
    summaries: [
      'Ein Coaching-Team in {city} begleitet Auszubildende und Betriebe, sobald eine Ausbildung zu scheitern droht.',
      'Frühwarnsystem und vertrauliche Beratung: So bleiben mehr Auszubildende in {city} bis zum Abschluss dabei.',
    ],
    goals: [
      'Ausbildungsabbrüche verringern',
      'Betriebe und Berufsschulen früh ins Gespräch bringen',
      'Auszubildende in Krisen vertraulich beraten',
    ],
    approaches: [
      'Berufsschullehrkräfte und Ausbildende melden mit Einverständnis der Auszubildenden, wenn sich Probleme abzeichnen. Das Coaching-Team meldet sich innerhalb einer Woche.',
      'Gespräche finden dort statt, wo es für Auszubildende passt: in der Berufsschule, im Betrieb, im Café oder per Video.',
    ],
    results: [
      {
        template: '{total} Auszubildende begleitet, {part} davon setzen ihre Ausbildung fort',
        min: 30,
        max: 120,
        share: [0.65, 0.85],
      },
      {
        template: '{total} Vermittlungsgespräche mit Betrieben, {part} davon mit Einigung',
        min: 20,
        max: 80,
        share: [0.6, 0.85],
      },
    ],
    partners: ['Berufskollegs', 'Ausbildungsbetriebe', 'Schuldnerberatung und Wohnungshilfe'],
  },
  {
    key: 'diversity-award',
    fields: ['communication'],
    targets: ['smes', 'municipalities'],
    titles: ['Preis für Vielfalt im Betrieb {city}', 'Vielfalt gewinnt: Unternehmenspreis {city}'],
    summaries: [
      'Ein Preis würdigt Betriebe in {city}, die mehrsprachig ausbilden, Talente fördern und Vielfalt im Alltag leben.',
      'Unternehmen von Zugewanderten und Betriebe mit vielfältigen Teams zeigen beim Preis in {city}, was gelingt.',
    ],
    goals: [
      'Gute Praxis sichtbar machen',
      'Potenziale statt Defizite in den Mittelpunkt stellen',
      'Andere Betriebe zum Nachmachen anregen',
    ],
    approaches: [
      'Betriebe bewerben sich selbst oder werden von Beschäftigten vorgeschlagen. Eine Jury aus Wirtschaft, Verwaltung und Auszubildenden wählt die Preisträger.',
      'Die Preisträger werden in Porträts, Videos und auf einer Veranstaltung vorgestellt; ihre Geschichten stehen als gute Praxis im Katalog.',
    ],
    results: [
      {
        template: '{total} Bewerbungen um den Preis, {part} davon von Unternehmen von Zugewanderten',
        min: 25,
        max: 80,
        share: [0.3, 0.6],
      },
      {
        template: '{total} Porträts veröffentlicht, {part} davon in mehreren Sprachen',
        min: 8,
        max: 24,
        share: [0.4, 0.8],
      },
    ],
    partners: ['Wirtschaftsförderung', 'Lokalpresse', 'Unternehmensverbände'],
  },
  {
    key: 'iko-administration',
    fields: ['advice_municipalities', 'qualification'],
    targets: ['municipalities'],
    titles: [
      'Interkulturelle Öffnung der Verwaltung {city}',
      'Vielfalt im Rathaus {city}',
      'Qualitätsstandard interkulturelle Öffnung – Stadt {city}',
    ],
    summaries: [
      'Die Stadt {city} prüft mit einer Checkliste Ämter, Formulare und Auswahlverfahren und macht Fortschritte jedes Jahr sichtbar.',
      'Beschäftigte der Stadtverwaltung {city} werden geschult; Ausbildung und Stellenausschreibungen werden für mehr Bewerbende geöffnet.',
    ],
    goals: [
      'Anteil der Beschäftigten mit Zuwanderungsgeschichte an den Bevölkerungsanteil heranführen',
      'Interkulturelle Kompetenz als Qualitätsstandard verankern',
      'Mehrsprachige Information in Bürgerdiensten',
    ],
    approaches: [
      'Jeder Fachbereich erstellt mit der Checkliste eine Selbsteinschätzung und vereinbart zwei Maßnahmen pro Jahr. Die Koordinierungsstelle fasst die Ergebnisse zusammen.',
      'Schulungen für Führungskräfte und Beschäftigte mit Publikumsverkehr ergänzen die Veränderungen in Ausbildung und Personalauswahl.',
    ],
    results: [
      {
        template: '{total} Fachbereiche mit Selbsteinschätzung, {part} davon mit vereinbarten Maßnahmen',
        min: 10,
        max: 30,
        share: [0.6, 0.9],
      },
      { template: '{total} Beschäftigte geschult, {part} davon Führungskräfte', min: 80, max: 400, share: [0.1, 0.25] },
    ],
    partners: ['Personalamt', 'Personalrat', 'Kommunales Integrationszentrum'],
  },
  {
    key: 'talent-matching-region',
    fields: ['networking', 'apprenticeship_places'],
    targets: ['young_people', 'smes'],
    titles: [
      'Talente halten: interkommunales Ausbildungsmatching ab {city}',
      'Ausbildung ohne Stadtgrenzen – Pilot {city}',
    ],
    summaries: [
      'Jugendliche aus {city} ohne Ausbildungsplatz werden mit Betrieben in den Nachbarstädten zusammengebracht – damit Talente in der Region bleiben.',
      'Ein Matching über Stadtgrenzen: freie Ausbildungsplätze und Bewerbende aus {city} und den Nachbarstädten finden zueinander.',
    ],
    goals: [
      'Talente in der Region halten',
      'Freie Ausbildungsplätze über Stadtgrenzen besetzen',
      'Mehrsprachige Bewerbende mit passenden Betrieben verbinden',
    ],
    approaches: [
      'Die Berufsberatungen der beteiligten Städte tauschen mit Einwilligung der Jugendlichen Profile aus. Fahrtwege werden gemeinsam geplant, ein Ticket für den Nahverkehr gehört dazu.',
      'Betriebe melden freie Plätze einmal zentral und erhalten Vorschläge aus allen beteiligten Städten.',
    ],
    results: [
      {
        template: '{total} Jugendliche im Matching, {part} davon in Ausbildung in einer Nachbarstadt',
        min: 40,
        max: 160,
        share: [0.2, 0.45],
      },
      { template: '{total} Betriebe beteiligt, {part} davon mit besetztem Platz', min: 20, max: 70, share: [0.4, 0.7] },
    ],
    partners: ['Berufsberatungen der beteiligten Städte', 'Verkehrsverbund', 'Ausbildungsbetriebe der Region'],
  },
  {
    key: 'bilingual-nursing',
    fields: ['apprenticeship_places', 'education'],
    targets: ['young_people', 'smes'],
    titles: ['Mehrsprachig in die Pflege – {city}', 'Pflegeausbildung mit Sprachtalent in {city}'],
    summaries: [
      'Pflegedienste in {city} gewinnen mehrsprachige Auszubildende, die ältere Menschen auch in ihrer Erstsprache versorgen können.',
      'Ein Projekt, das Pflegeeinrichtungen in {city} und mehrsprachige Jugendliche zusammenbringt.',
    ],
    goals: [
      'Mehrsprachige Auszubildende für die Pflege gewinnen',
      'Pflege in der Sprache der Pflegebedürftigen ermöglichen',
      'Ausbildung in der Pflege bekannter machen',
    ],
    approaches: [
      'Schnuppertage in Pflegediensten und Seniorenzentren zeigen den Beruf. Auszubildende mit Zuwanderungsgeschichte berichten in Schulen über ihren Alltag.',
      'Die Pflegeschulen bieten ausbildungsbegleitende Fachsprachkurse an, die Betriebe geben dafür Zeit.',
    ],
    results: [
      {
        template: '{total} Schnuppertage, {part} davon mit anschließender Bewerbung',
        min: 30,
        max: 120,
        share: [0.2, 0.4],
      },
      {
        template: '{total} Auszubildende in der Pflege, {part} davon sprechen zwei oder mehr Sprachen',
        min: 15,
        max: 60,
        share: [0.5, 0.85],
      },
    ],
    partners: ['Pflegedienste', 'Pflegeschulen', 'Seniorenzentren'],
  },
  {
    key: 'girls-in-tech',
    fields: ['education', 'apprenticeship_places'],
    targets: ['young_people', 'schools'],
    titles: [
      'Technik kann sie: Mädchen in technischen Ausbildungen – {city}',
      'MINT-Werkstatt für Schülerinnen in {city}',
    ],
    summaries: [
      'Schülerinnen aus {city} erproben technische Berufe in Werkstätten von Betrieben und treffen Auszubildende als Vorbilder.',
      'Werkstatttage für Mädchen in {city}, die Mechatronik, Elektrotechnik oder IT kennenlernen möchten.',
    ],
    goals: [
      'Mehr junge Frauen in technischen Ausbildungen',
      'Vorbilder sichtbar machen',
      'Eltern für technische Berufe gewinnen',
    ],
    approaches: [
      'An fünf Werkstatttagen bauen Schülerinnen kleine Projekte in Betrieben. Zum Abschluss stellen sie ihre Ergebnisse ihren Familien vor.',
      'Auszubildende Frauen – viele von ihnen mehrsprachig – begleiten die Gruppen und erzählen von ihrem Weg.',
    ],
    results: [
      {
        template: '{total} Teilnehmerinnen, {part} davon mit Praktikum in einem technischen Beruf',
        min: 20,
        max: 90,
        share: [0.3, 0.6],
      },
      { template: '{total} Werkstatttage, {part} davon in kleinen Betrieben', min: 10, max: 40, share: [0.4, 0.7] },
    ],
    partners: ['Technikbetriebe der Region', 'Schulen der Sekundarstufe I', 'Berufskollegs'],
  },
];

/** How the project is funded (fictional programmes from the funding pool or generic sources). Slot: {city}. */
export const PROJECT_FUNDING: readonly string[] = [
  'Ruhr-Talente-Fonds (Demo)',
  'Programm Brückenbauer Ausbildung (Demo)',
  'Stiftung Zechenlicht (Demo) und Eigenmittel',
  'Haushaltsmittel der Stadt {city}',
  'Spenden und Eigenmittel des Trägers',
  'Innovationsfonds Vielfalt Ruhr (Demo)',
];

export const PROJECT_STATUS_SENTENCES: Readonly<Record<string, readonly string[]>> = {
  idea: [
    'Das Projekt ist in Planung. Partnerinnen und Partner, die mitmachen möchten, sind willkommen.',
    'Die Idee steht, die Finanzierung wird gerade beantragt. Erfahrungen aus anderen Städten nehmen wir gern auf.',
  ],
  pilot: [
    'Das Projekt läuft als Pilot in {city}. Nach der Auswertung soll entschieden werden, ob es verstetigt wird.',
    'Die Pilotphase läuft noch. Erste Ergebnisse liegen vor und werden laufend ausgewertet.',
  ],
  running: [
    'Das Projekt läuft und nimmt weiterhin Teilnehmende auf.',
    'Das Projekt ist fester Bestandteil der Angebote in {city}.',
  ],
  transferred: [
    'Nach einer erfolgreichen Pilotphase in {city} haben weitere Städte das Projekt übernommen: {adopted}.',
    'Vom Piloten in die Fläche: Das Konzept aus {city} läuft inzwischen auch in {adopted}.',
  ],
  ended: [
    'Das Projekt ist abgeschlossen. Materialien und Erfahrungen stehen anderen Trägern zur Verfügung.',
    'Die Förderung ist ausgelaufen; die Ergebnisse sind dokumentiert und können übernommen werden.',
  ],
};
