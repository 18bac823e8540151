import type { FieldOfAction, TargetGroup } from '../../../modules/catalogue/taxonomy.js';

/**
 * Offers by topic. Titles, summaries, introductions and contents are combined at random with
 * place, format and schedule, so a hundred offers on the same topics still read differently.
 * Slots: {city}, {place} (district or city), {provider}.
 */
export interface OfferTopic {
  key: string;
  fields: readonly FieldOfAction[];
  targets: readonly TargetGroup[];
  /** Probability that the offer costs a fee. */
  feeChance: number;
  titles: readonly string[];
  summaries: readonly string[];
  intros: readonly string[];
  contents: readonly string[];
}

export const OFFER_TOPICS: readonly OfferTopic[] = [
  {
    key: 'application-training',
    fields: ['apprenticeship_support', 'education'],
    targets: ['young_people'],
    feeChance: 0,
    titles: [
      'Bewerbungstraining für junge Geflüchtete',
      'Fit für die Bewerbung: Training für Jugendliche',
      'Bewerbungswerkstatt in {place}',
      'Bewerbungscoaching für mehrsprachige Jugendliche',
      'Von der Idee zur Zusage: Bewerbungstraining in {city}',
    ],
    summaries: [
      'In kleinen Gruppen üben junge Menschen Anschreiben, Lebenslauf und Vorstellungsgespräch – mit Blick auf ihre Stärken und Sprachen.',
      'Jugendliche bereiten ihre Bewerbung für Ausbildung oder Praktikum vor und üben Gespräche mit echten Ausbilderinnen und Ausbildern.',
      'Wer sich um einen Ausbildungsplatz bewirbt, bekommt hier Unterstützung bei Unterlagen, Online-Bewerbung und Auswahltests.',
    ],
    intros: [
      'Mehrsprachigkeit, Erfahrungen aus einem anderen Land und Verantwortung in der Familie sind Stärken, die in vielen Bewerbungen nicht vorkommen. In diesem Training lernen junge Menschen, genau diese Stärken sichtbar zu machen.',
      'Eine gute Bewerbung beginnt mit der Frage, was man schon kann. Gemeinsam sammeln die Teilnehmenden ihre Erfahrungen aus Schule, Familie, Ehrenamt und Nebenjob und machen daraus überzeugende Unterlagen.',
      'Viele Betriebe in {city} suchen Auszubildende, die zwei oder mehr Sprachen sprechen. Das Training hilft, diesen Vorteil in Anschreiben und Gespräch selbstbewusst zu nennen.',
    ],
    contents: [
      'Lebenslauf mit Stärkenprofil erstellen',
      'Anschreiben für Ausbildung und Praktikum',
      'Vorstellungsgespräche üben, auch per Video',
      'Online-Bewerbungsportale sicher nutzen',
      'Einstellungstests kennenlernen und üben',
      'Sprachkenntnisse richtig angeben',
      'Zeugnisse aus dem Ausland beilegen und erklären',
      'Nachfassen nach einer Bewerbung',
    ],
  },
  {
    key: 'intercultural-trainers',
    fields: ['qualification'],
    targets: ['trainers', 'smes'],
    feeChance: 0.5,
    titles: [
      'Interkulturelle Kompetenz für Ausbilderinnen und Ausbilder',
      'Vielfalt im Ausbildungsalltag: Seminar für Ausbildende',
      'Ausbilden in vielfältigen Teams',
      'Workshop: Kommunikation mit Auszubildenden aus aller Welt',
    ],
    summaries: [
      'Ausbildende lernen, Missverständnisse früh zu erkennen, Feedback klar zu geben und die Sprachen und Erfahrungen ihrer Auszubildenden zu nutzen.',
      'Ein praxisnahes Seminar für alle, die im Betrieb ausbilden: Fallbeispiele, Gesprächsübungen und Werkzeuge für den Alltag.',
      'Wie gelingt Ausbildung, wenn Auszubildende unterschiedliche Schul- und Lebenswege mitbringen? Das Seminar gibt Antworten aus der Praxis.',
    ],
    intros: [
      'Ausbildende sind für junge Menschen oft die erste Ansprechperson im Berufsleben. Wer versteht, wie unterschiedlich Erwartungen an Pünktlichkeit, Hierarchie oder Rückmeldung sein können, führt entspanntere Gespräche und hält Auszubildende im Betrieb.',
      'Das Seminar richtet sich an Ausbilderinnen und Ausbilder aus Handwerk, Industrie, Handel und Pflege. Im Mittelpunkt stehen Situationen, die Teilnehmende aus ihrem eigenen Betrieb mitbringen.',
    ],
    contents: [
      'Kulturelle Prägungen erkennen, ohne zu verallgemeinern',
      'Klare Arbeitsaufträge in einfacher Sprache',
      'Feedbackgespräche wertschätzend führen',
      'Mehrsprachigkeit im Team als Ressource nutzen',
      'Konflikte früh ansprechen',
      'Umgang mit religiösen Feiertagen und Fastenzeiten im Betrieb',
      'Eigene Vorannahmen reflektieren',
    ],
  },
  {
    key: 'anonymised-applications',
    fields: ['networking', 'advice_companies'],
    targets: ['smes'],
    feeChance: 0.2,
    titles: [
      'Beratung zum anonymisierten Bewerbungsverfahren',
      'Anonym bewerben lassen: Einstieg für kleine Betriebe',
      'Faire Auswahl: anonymisierte Bewerbungen im Betrieb einführen',
      'Sprechstunde anonymisierte Bewerbung in {city}',
    ],
    summaries: [
      'Betriebe erfahren, wie sie Bewerbungen ohne Name, Foto und Geburtsort sichten und so die besten Talente nach Kompetenz auswählen.',
      'Wir begleiten kleine und mittlere Unternehmen Schritt für Schritt bei der Einführung anonymisierter Bewerbungsverfahren.',
      'Kurze Beratung mit Vorlagen: So wird die erste Auswahlrunde fairer, ohne dass der Aufwand steigt.',
    ],
    intros: [
      'In der ersten Auswahlrunde entscheiden oft wenige Sekunden. Anonymisierte Bewerbungen lenken den Blick auf Qualifikation und Motivation und erweitern den Kreis der Talente, die ein Betrieb kennenlernt.',
      'Ein anonymisiertes Verfahren ist kein Großprojekt. Schon ein einheitliches Bewerbungsformular und eine klare Reihenfolge der Schritte reichen, um die erste Sichtung fairer zu machen.',
    ],
    contents: [
      'Bewerbungsformular ohne Name, Foto und Alter gestalten',
      'Auswahlkriterien vorher festlegen',
      'Ablauf vom Eingang bis zum Gespräch planen',
      'Datenschutz und AGG im Blick behalten',
      'Erfahrungen anderer Betriebe aus der Region',
      'Rückmeldung an Bewerberinnen und Bewerber',
    ],
  },
  {
    key: 'mentoring',
    fields: ['apprenticeship_support'],
    targets: ['young_people', 'smes'],
    feeChance: 0,
    titles: [
      'Ausbildungspatenschaften: Mentoring für Auszubildende',
      'Patinnen und Paten für den Ausbildungsstart',
      'Mentoring-Programm für Auszubildende in {city}',
      'Tandem in die Ausbildung',
    ],
    summaries: [
      'Erfahrene Berufstätige begleiten Auszubildende ein Jahr lang – bei Fragen zur Berufsschule, im Betrieb und bei Behördengängen.',
      'Ehrenamtliche Patinnen und Paten stärken Auszubildende im ersten Ausbildungsjahr und helfen, Krisen früh zu lösen.',
      'Ein Tandem aus Auszubildender oder Auszubildendem und erfahrener Fachkraft trifft sich regelmäßig und plant die nächsten Schritte gemeinsam.',
    ],
    intros: [
      'Das erste Ausbildungsjahr ist voller neuer Eindrücke. Eine Patin oder ein Pate, die selbst einmal neu im Beruf waren, geben Sicherheit und haben ein offenes Ohr für Fragen, die man im Betrieb nicht stellen möchte.',
      'Viele Patinnen und Paten sprechen selbst mehrere Sprachen oder sind einmal in die Region gekommen. Sie wissen, wie viel Kraft ein Neuanfang kostet – und wie viel man dabei lernt.',
    ],
    contents: [
      'Kennenlerntreffen und Vereinbarung der Ziele',
      'Regelmäßige Treffen, mindestens einmal im Monat',
      'Lernunterstützung für die Berufsschule',
      'Begleitung bei Gesprächen mit dem Betrieb, wenn gewünscht',
      'Austauschabende für alle Tandems',
      'Schulung und Supervision für die Patinnen und Paten',
    ],
  },
  {
    key: 'job-german',
    fields: ['qualification', 'apprenticeship_support'],
    targets: ['young_people'],
    feeChance: 0.1,
    titles: [
      'Berufsbezogenes Deutsch für Auszubildende',
      'Deutsch für die Berufsschule',
      'Fachsprache Deutsch: Kurs für Auszubildende in {city}',
      'Sprachcafé für Auszubildende',
    ],
    summaries: [
      'Ausbildungsbegleitender Kurs für Fachsprache, Prüfungsaufgaben und Berichtsheft – abends oder online, passend zum Schichtplan.',
      'Auszubildende trainieren die Sprache ihres Berufs: Fachbegriffe, Arbeitsanweisungen und schriftliche Prüfungen.',
      'In entspannter Runde üben Auszubildende Gespräche aus dem Arbeitsalltag und bereiten sich auf Prüfungen vor.',
    ],
    intros: [
      'Wer im Alltag längst sicher Deutsch spricht, stößt in der Berufsschule oft auf eine neue Sprache: Fachbegriffe, lange Prüfungsfragen und Normtexte. Der Kurs setzt genau dort an.',
      'Die Teilnehmenden bringen ihre Unterlagen aus Betrieb und Berufsschule mit. So wird an echten Aufgaben gelernt, und der Kurs passt zu jedem Ausbildungsberuf.',
    ],
    contents: [
      'Fachwortschatz des eigenen Berufs',
      'Prüfungsfragen verstehen und beantworten',
      'Berichtsheft sicher schreiben',
      'Telefonate und Kundengespräche üben',
      'Lesestrategien für lange Texte',
      'Vorbereitung auf die Zwischenprüfung',
    ],
  },
  {
    key: 'parents-orientation',
    fields: ['education'],
    targets: ['parents', 'schools'],
    feeChance: 0,
    titles: [
      'Elternabend Berufsorientierung – mehrsprachig',
      'Eltern als Berufswegbegleiter',
      'Ausbildung in Deutschland: Informationsabend für Familien',
      'Elterncafé Übergang Schule–Beruf in {place}',
    ],
    summaries: [
      'Eltern erfahren in ihrer Sprache, wie die duale Ausbildung funktioniert und wie sie ihre Kinder bei der Berufswahl stärken können.',
      'Ein Abend für Familien mit Fragen zu Ausbildung, Studium und Praktikum – mit Dolmetschenden und Auszubildenden als Gästen.',
      'Im Elterncafé sprechen Familien mit Lehrkräften und Betrieben über Wege nach der Schule.',
    ],
    intros: [
      'Eltern sind die wichtigsten Beraterinnen und Berater bei der Berufswahl. Viele kennen das System der dualen Ausbildung aber nicht aus eigener Erfahrung. Der Abend schließt diese Lücke und zeigt, wie vielfältig die Wege sind.',
      'Die Veranstaltung findet in mehreren Sprachen statt. Auszubildende aus der Nachbarschaft erzählen, wie sie ihren Weg gefunden haben, und beantworten Fragen der Familien.',
    ],
    contents: [
      'Duale Ausbildung, schulische Ausbildung und Studium im Vergleich',
      'Verdienst in der Ausbildung und Unterstützungsangebote',
      'Praktika und Berufsfelderkundung',
      'Anerkennung von Abschlüssen aus dem Ausland',
      'Gespräch mit Auszubildenden und Betrieben',
      'Ansprechpersonen in der Stadt',
    ],
  },
  {
    key: 'culture-sensitive-recruiting',
    fields: ['advice_companies', 'networking'],
    targets: ['smes'],
    feeChance: 0.4,
    titles: [
      'Workshop kultursensibles Recruiting',
      'Neue Talente gewinnen: kultursensible Personalauswahl',
      'Stellenanzeigen, die alle erreichen',
      'Recruiting-Werkstatt für kleine und mittlere Unternehmen',
    ],
    summaries: [
      'Unternehmen lernen, Stellenanzeigen, Auswahlgespräche und Einarbeitung so zu gestalten, dass sie mehr Talente erreichen.',
      'Praxisworkshop für Inhaberinnen, Inhaber und Personalverantwortliche: Wo finden wir zweisprachige Auszubildende, und wie sprechen wir sie an?',
      'Mit wenigen Änderungen werden Stellenanzeigen verständlicher und erreichen junge Menschen, die bisher nicht angesprochen wurden.',
    ],
    intros: [
      '„Wo bekomme ich Zugang zu Azubis, die zweisprachig sind?“ – diese Frage stellen viele Betriebe in der Region. Der Workshop zeigt Wege zu Schulen, Vereinen und Communities, die Betriebe bisher kaum nutzen.',
      'Kultursensible Personalauswahl heißt nicht, Bewerbende unterschiedlich zu behandeln, sondern Hürden abzubauen, die niemand beabsichtigt hat: komplizierte Sprache, unnötige Anforderungen oder Auswahltests, die nur Schulwissen abfragen.',
    ],
    contents: [
      'Stellenanzeigen in verständlicher Sprache',
      'Neue Kanäle: Schulen, Sportvereine, Migrantenorganisationen, Kulturzentren',
      'Strukturierte Auswahlgespräche',
      'Mehrsprachigkeit als Auswahlkriterium',
      'Einarbeitung und Willkommenskultur',
      'Rechtliche Grundlagen nach dem AGG',
    ],
  },
  {
    key: 'migrant-business-training-company',
    fields: ['apprenticeship_places', 'advice_companies'],
    targets: ['smes'],
    feeChance: 0,
    titles: [
      'Ausbildungsbetrieb werden: Beratung für Unternehmen von Zugewanderten',
      'Erstmals ausbilden – wir begleiten Sie',
      'Ausbildungsberatung für migrantische Unternehmen in {city}',
      'Der Weg zur Ausbildungsberechtigung',
    ],
    summaries: [
      'Inhaberinnen und Inhaber, die selbst zugewandert sind, erhalten Beratung zu Ausbildereignung, Formalitäten und Fördermitteln – auf Wunsch auch auf Türkisch oder Arabisch.',
      'Wir helfen Betrieben, die zum ersten Mal ausbilden möchten: von der Eignung über den Ausbildungsvertrag bis zur Suche nach Auszubildenden.',
      'Persönliche Beratung für Unternehmen, die einen Ausbildungsplatz schaffen möchten, und ihre Fragen zu Ablauf und Kosten.',
    ],
    intros: [
      'Tausende Unternehmen in der Region werden von Menschen geführt, die selbst zugewandert sind. Viele von ihnen könnten ausbilden und suchen Fachkräfte – kennen aber die Wege zur Ausbildungsberechtigung nicht. Hier setzt die Beratung an.',
      'Ein Betrieb, der ausbildet, sichert seine Fachkräfte von morgen. Die Beratung klärt in einem ersten Gespräch, was fehlt, und begleitet bis zum ersten Ausbildungsvertrag.',
    ],
    contents: [
      'Voraussetzungen für die Ausbildungsberechtigung',
      'Vorbereitung auf die Ausbildereignungsprüfung',
      'Ausbildungsvertrag und Eintragung',
      'Verbundausbildung mit anderen Betrieben',
      'Fördermittel und Zuschüsse',
      'Passende Auszubildende finden',
    ],
  },
  {
    key: 'internship-exchange',
    fields: ['education', 'networking'],
    targets: ['schools', 'smes', 'young_people'],
    feeChance: 0,
    titles: [
      'Praktikumsbörse Schule–Betrieb',
      'Praktikumsplätze für Schülerinnen und Schüler in {city}',
      'Betriebe öffnen ihre Türen: Praktikumsvermittlung',
      'Schnupperpraktika in Handwerk und Industrie',
    ],
    summaries: [
      'Schulen und Betriebe finden über die Börse zueinander: Schülerinnen und Schüler lernen Berufe kennen, Betriebe ihre Auszubildenden von morgen.',
      'Wir vermitteln ein- bis dreiwöchige Praktika in Betrieben der Region und begleiten Schule, Betrieb und Jugendliche dabei.',
      'Kurze Praktika in den Ferien oder während der Schulzeit, mit Vor- und Nachbereitung in der Schule.',
    ],
    intros: [
      'Ein gutes Praktikum ist oft der Anfang einer Ausbildung. Die Börse bringt Schulen und Betriebe aus {city} zusammen und achtet darauf, dass auch kleine Betriebe und Jugendliche ohne persönliche Kontakte eine Chance bekommen.',
      'Viele Jugendliche kennen nur wenige Berufe aus eigener Anschauung. Schnupperpraktika zeigen die Vielfalt – von der Mechatronik bis zur Pflege.',
    ],
    contents: [
      'Praktikumsplätze nach Beruf und Stadtteil finden',
      'Vorbereitung in der Schule',
      'Ansprechperson im Betrieb',
      'Praktikumsbescheinigung mit Stärkenprofil',
      'Nachgespräch mit Schule und Betrieb',
    ],
  },
  {
    key: 'crisis-coaching',
    fields: ['apprenticeship_support'],
    targets: ['young_people', 'trainers'],
    feeChance: 0,
    titles: [
      'Coaching bei Krisen in der Ausbildung',
      'Ausbildung fortsetzen statt abbrechen',
      'Krisensprechstunde für Auszubildende',
      'Begleitung in schwierigen Ausbildungsphasen in {city}',
    ],
    summaries: [
      'Wenn es in Betrieb, Berufsschule oder Familie schwierig wird, finden Auszubildende hier vertraulich Rat – bevor sie ans Aufhören denken.',
      'Vertrauliche Beratung für Auszubildende und Betriebe, um Konflikte zu lösen und Ausbildungen erfolgreich abzuschließen.',
      'Ein Coaching, das Auszubildende und Betriebe an einen Tisch bringt und gemeinsam Lösungen findet.',
    ],
    intros: [
      'Ausbildungsabbrüche haben selten nur einen Grund. Prüfungsangst, Konflikte im Team, Geldsorgen oder eine Wohnung, die fehlt – vieles lässt sich lösen, wenn früh jemand zuhört.',
      'Die Beratung ist vertraulich und kostenfrei. Auszubildende entscheiden selbst, ob und wann der Betrieb einbezogen wird.',
    ],
    contents: [
      'Vertrauliches Erstgespräch innerhalb einer Woche',
      'Vermittlung bei Konflikten im Betrieb',
      'Lernplanung für die Berufsschule',
      'Hilfe bei Anträgen, zum Beispiel Berufsausbildungsbeihilfe',
      'Betriebswechsel, wenn es nicht anders geht',
      'Kontakt zu weiteren Beratungsstellen',
    ],
  },
  {
    key: 'iko-administration',
    fields: ['advice_municipalities', 'qualification'],
    targets: ['municipalities'],
    feeChance: 0.3,
    titles: [
      'Interkulturelle Öffnung der Verwaltung: Prozessbegleitung',
      'IKÖ-Check für Ämter und Fachbereiche',
      'Vielfalt in der Stadtverwaltung: Beratung für Personalabteilungen',
      'Interkulturelle Kompetenz im Bürgeramt',
    ],
    summaries: [
      'Fachbereiche prüfen mit einer Checkliste, wie offen ihre Angebote, Formulare und Auswahlverfahren sind, und planen nächste Schritte.',
      'Beratung und Schulung für kommunale Personalstellen, die mehr Beschäftigte mit Zuwanderungsgeschichte gewinnen möchten.',
      'Schulung für Beschäftigte mit Publikumsverkehr: verständliche Sprache, Dolmetschangebote und Umgang mit Mehrsprachigkeit.',
    ],
    intros: [
      'Die Städte der Kooperation haben sich vorgenommen, dass ihre Beschäftigten die Vielfalt der Bevölkerung widerspiegeln. Die Prozessbegleitung hilft Fachbereichen, diesen Anspruch in Stellenausschreibungen, Auswahl und Ausbildung umzusetzen.',
      'Interkulturelle Öffnung beginnt bei den Formularen und endet nicht beim Personal. Die Beratung schaut auf beides und macht Fortschritte messbar.',
    ],
    contents: [
      'Bestandsaufnahme mit der IKÖ-Checkliste',
      'Stellenausschreibungen und Auswahlverfahren prüfen',
      'Ausbildung in der Verwaltung bewerben',
      'Mehrsprachige Information und Dolmetschpool',
      'Kennzahlen festlegen und jährlich prüfen',
      'Austausch mit anderen Städten der Kooperation',
    ],
  },
  {
    key: 'diversity-management-sme',
    fields: ['advice_companies', 'qualification'],
    targets: ['smes'],
    feeChance: 0.6,
    titles: [
      'Diversity-Management für kleine und mittlere Unternehmen',
      'Vielfalt als Erfolgsfaktor: Strategieberatung für KMU',
      'Charta der Vielfalt im Betrieb umsetzen',
      'Vielfalt führen: Seminarreihe für Führungskräfte',
    ],
    summaries: [
      'Eine kompakte Beratung, mit der Betriebe ihre Stärken in Sachen Vielfalt erkennen und einen realistischen Plan für die nächsten zwölf Monate entwickeln.',
      'Führungskräfte lernen, vielfältige Teams zu leiten, Konflikte zu lösen und die Erfahrung aller Beschäftigten zu nutzen.',
      'Von der Selbstverpflichtung zur Praxis: Wir übersetzen die Charta der Vielfalt in konkrete Schritte für Ihren Betrieb.',
    ],
    intros: [
      'Kleine und mittlere Unternehmen haben oft schon viel Vielfalt im Team, ohne sie strategisch zu nutzen. Die Beratung beginnt mit einer Bestandsaufnahme der Stärken und endet mit einem Plan, der zum Betrieb passt.',
      'Vielfältige Teams finden bessere Lösungen, wenn ihre Führung die Unterschiede kennt und einbezieht. Die Seminarreihe verbindet kurze Impulse mit Übungen aus dem Führungsalltag.',
    ],
    contents: [
      'Bestandsaufnahme mit dem Vielfalts-Check',
      'Ziele und Kennzahlen für den Betrieb',
      'Mehrsprachige Kundschaft besser erreichen',
      'Führung in vielfältigen Teams',
      'Beschäftigte als Botschafterinnen und Botschafter',
      'Öffentlichkeitsarbeit zu gelebter Vielfalt',
    ],
  },
  {
    key: 'speed-dating',
    fields: ['networking', 'apprenticeship_places'],
    targets: ['young_people', 'smes'],
    feeChance: 0,
    titles: [
      'Azubi-Speed-Dating',
      'Zehn Minuten für die Zukunft: Azubi-Speed-Dating in {city}',
      'Ausbildungsbörse Betriebe treffen Talente',
      'Last-Minute-Ausbildungsbörse',
    ],
    summaries: [
      'Jugendliche und Betriebe lernen sich in kurzen Gesprächen kennen – ohne Anschreiben, dafür mit Stärken und Sprachkenntnissen.',
      'Kurz vor Ausbildungsbeginn bringen wir Betriebe mit freien Plätzen und Jugendliche ohne Zusage zusammen.',
      'Betriebe aus {city} und den Nachbarstädten stellen offene Ausbildungsplätze vor; Gespräche sind direkt vor Ort möglich.',
    ],
    intros: [
      'Beim Speed-Dating zählt der erste Eindruck jenseits von Noten. Jugendliche bringen einen kurzen Steckbrief mit ihren Stärken und Sprachen mit; Betriebe stellen sich und ihre Ausbildung in wenigen Minuten vor.',
      'Auch über Stadtgrenzen hinweg: Betriebe aus der ganzen Region nehmen teil, denn ein Ausbildungsplatz in der Nachbarstadt ist oft nur eine Straßenbahnfahrt entfernt.',
    ],
    contents: [
      'Vorbereitungstreffen für Jugendliche',
      'Gespräche von zehn Minuten mit bis zu fünf Betrieben',
      'Steckbrief mit Stärken und Sprachen statt Lebenslauf',
      'Direkte Einladung zu Praktikum oder Probearbeit',
      'Nachbetreuung bis zum Vertrag',
    ],
  },
  {
    key: 'recognition-advice',
    fields: ['qualification', 'apprenticeship_support'],
    targets: ['young_people'],
    feeChance: 0,
    titles: [
      'Beratung zur Anerkennung ausländischer Abschlüsse',
      'Schulabschluss aus dem Ausland anerkennen lassen',
      'Anerkennungsberatung in {city}',
    ],
    summaries: [
      'Wir klären, welche Stelle zuständig ist, welche Unterlagen gebraucht werden und welche Kosten entstehen – auf Wunsch in mehreren Sprachen.',
      'Junge Menschen mit Abschlüssen aus dem Ausland erfahren, wie sie diese anerkennen lassen und für Ausbildung oder Studium nutzen.',
    ],
    intros: [
      'Ein Abschluss aus dem Ausland ist eine Qualifikation, die zählt. Die Anerkennung öffnet Türen zu Ausbildung, Studium und Beruf – wenn man weiß, wo man anfangen muss.',
      'Die Beratung ist kostenfrei und vertraulich. Übersetzungen, Beglaubigungen und Fristen werden gemeinsam geplant.',
    ],
    contents: [
      'Zuständige Stelle ermitteln',
      'Unterlagen zusammenstellen und übersetzen lassen',
      'Kosten und Förderung klären',
      'Teilanerkennung und Anpassungsqualifizierung',
      'Nächste Schritte in Ausbildung oder Studium',
    ],
  },
  {
    key: 'learning-support',
    fields: ['apprenticeship_support'],
    targets: ['young_people'],
    feeChance: 0.1,
    titles: [
      'Lernbegleitung für Auszubildende',
      'Prüfungsvorbereitung in kleinen Gruppen',
      'Nachhilfe für die Berufsschule in {place}',
      'Lernwerkstatt Ausbildung',
    ],
    summaries: [
      'Auszubildende lernen gemeinsam für Berufsschule und Prüfungen – begleitet von Fachleuten aus der Praxis.',
      'Kostenfreie Lernbegleitung in kleinen Gruppen, abends und am Samstag, passend zur Arbeitszeit.',
      'Gezielte Vorbereitung auf Zwischen- und Abschlussprüfung mit Übungsaufgaben aus dem eigenen Beruf.',
    ],
    intros: [
      'Die Ausbildung verbindet Betrieb und Berufsschule – und beide verlangen viel. In der Lernwerkstatt bekommen Auszubildende Zeit und Unterstützung für den schulischen Teil.',
      'Die Gruppen sind klein, damit jede Frage Platz hat. Wer mehrere Sprachen spricht, darf Fachbegriffe auch in seiner Erstsprache klären – das hilft beim Verstehen.',
    ],
    contents: [
      'Mathematik und Fachrechnen',
      'Fachtheorie des eigenen Berufs',
      'Prüfungsaufgaben aus früheren Jahrgängen',
      'Lern- und Zeitplanung',
      'Umgang mit Prüfungsangst',
    ],
  },
  {
    key: 'campaign-workshop',
    fields: ['communication'],
    targets: ['smes', 'municipalities', 'young_people'],
    feeChance: 0.2,
    titles: [
      'Kampagnenwerkstatt: Potenziale sichtbar machen',
      'Gute Geschichten erzählen: Öffentlichkeitsarbeit für Vielfalt',
      'Mitmach-Workshop für die Kampagne „Talente im Revier“',
      'Social-Media-Werkstatt für Azubi-Botschafterinnen und -Botschafter',
    ],
    summaries: [
      'Betriebe, Schulen und Verwaltungen entwickeln gemeinsam Bilder und Geschichten, die Talente zeigen statt Probleme.',
      'Auszubildende lernen, ihren Beruf und ihren Weg in kurzen Videos und Beiträgen selbst vorzustellen.',
      'Wie erzählt man von Vielfalt, ohne Klischees zu bedienen? Die Werkstatt gibt Werkzeuge und Beispiele.',
    ],
    intros: [
      'Öffentliche Debatten über Zuwanderung drehen sich oft um Defizite. Die Werkstatt dreht die Perspektive: Sie zeigt mehrsprachige Auszubildende, Gründerinnen und Ausbilder, die die Region heute schon prägen.',
      'Die besten Botschafterinnen und Botschafter sind Menschen, die ihren eigenen Weg erzählen. In der Werkstatt entstehen Beiträge, die Betriebe und Schulen für ihre eigene Öffentlichkeitsarbeit nutzen können.',
    ],
    contents: [
      'Botschaften entwickeln, die Potenziale zeigen',
      'Fotos und Videos ohne Klischees',
      'Einwilligung und Bildrechte',
      'Kurze Beiträge für Social Media',
      'Pressearbeit für Betriebe und Schulen',
    ],
  },
  {
    key: 'monitoring-advice',
    fields: ['monitoring', 'advice_municipalities'],
    targets: ['municipalities', 'schools'],
    feeChance: 0.3,
    titles: [
      'Kennzahlen für Vielfalt: Beratung zum Monitoring',
      'Wirkung messen: Monitoring für Integrationsprojekte',
      'Datenwerkstatt Übergang Schule–Beruf',
    ],
    summaries: [
      'Verwaltungen und Projektträger lernen, Ziele messbar zu formulieren und Ergebnisse ohne großen Aufwand zu erfassen.',
      'Wir helfen, vorhandene Daten zu Ausbildung und Übergängen zu nutzen und daraus Entscheidungen abzuleiten.',
      'Eine Werkstatt für alle, die wissen wollen, ob ihr Projekt wirkt – mit einfachen Werkzeugen und klaren Begriffen.',
    ],
    intros: [
      'Viele Projekte wissen, dass sie wirken, können es aber nicht zeigen. Die Beratung hilft, von Anfang an wenige, aussagekräftige Kennzahlen festzulegen und regelmäßig zu erheben.',
      'Messbarkeit ist kein Selbstzweck: Wer seine Ergebnisse kennt, kann erfolgreiche Ansätze in andere Stadtteile und Städte übertragen.',
    ],
    contents: [
      'Ziele und Kennzahlen formulieren',
      'Daten datenschutzgerecht erheben',
      'Vorhandene Statistiken nutzen',
      'Ergebnisse verständlich darstellen',
      'Wirkung für Förderer dokumentieren',
    ],
  },
  {
    key: 'second-chance',
    fields: ['apprenticeship_support', 'qualification'],
    targets: ['young_people'],
    feeChance: 0,
    titles: [
      'Zweite Chance: Berufsabschluss nachholen',
      'Neustart Ausbildung für junge Erwachsene',
      'Teilqualifizierung mit Abschlussperspektive in {city}',
    ],
    summaries: [
      'Junge Erwachsene ohne Berufsabschluss holen ihn Schritt für Schritt nach – in Teilzeit und mit Begleitung.',
      'Wer eine Ausbildung abgebrochen hat, findet hier einen zweiten Weg zum Abschluss, mit Anerkennung des bereits Gelernten.',
      'Berufserfahrung zählt: Module führen zur Externenprüfung vor der Kammer.',
    ],
    intros: [
      'Viele junge Erwachsene arbeiten seit Jahren, ohne einen Abschluss zu haben. Ihre Erfahrung ist wertvoll – die Zweite Chance macht sie zu einer anerkannten Qualifikation.',
      'Der Neustart ist möglich, auch nach einem Abbruch. Gemeinsam wird geprüft, was schon anerkannt werden kann und welcher Weg am schnellsten zum Abschluss führt.',
    ],
    contents: [
      'Kompetenzfeststellung zu Beginn',
      'Module in Teilzeit, neben Arbeit oder Familie',
      'Vorbereitung auf die Externenprüfung',
      'Begleitung bei Finanzierung und Anträgen',
      'Vermittlung in Betriebe',
    ],
  },
  {
    key: 'school-certification',
    fields: ['education', 'monitoring'],
    targets: ['schools'],
    feeChance: 0,
    titles: [
      'Auf dem Weg zur Schule der Vielfalt: Begleitung zur Zertifizierung',
      'Qualitätsstandard Vielfalt für Schulen',
      'Schulentwicklung mit der Vielfalts-Checkliste',
    ],
    summaries: [
      'Schulen prüfen mit der Checkliste, wie sie Mehrsprachigkeit, Elternarbeit und Berufsorientierung gestalten, und werden bis zum Zertifikat begleitet.',
      'Begleitung für Schulleitungen und Steuergruppen auf dem Weg zu einem sichtbaren Qualitätsstandard.',
    ],
    intros: [
      'Schulen in der Region leisten täglich viel für eine vielfältige Schülerschaft. Der Qualitätsstandard macht diese Arbeit sichtbar und hilft, sie gezielt weiterzuentwickeln.',
      'Die Begleitung beginnt mit einer Selbsteinschätzung der Steuergruppe und endet mit einem Besuch, nach dem die Schule ihr Zertifikat erhält.',
    ],
    contents: [
      'Selbsteinschätzung mit der Checkliste',
      'Mehrsprachigkeit im Unterricht wertschätzen',
      'Elternarbeit in mehreren Sprachen',
      'Berufsorientierung mit Betrieben aus dem Stadtteil',
      'Besuch und Zertifikat',
    ],
  },
  {
    key: 'bilingual-talent-desk',
    fields: ['networking', 'apprenticeship_places'],
    targets: ['smes', 'young_people'],
    feeChance: 0,
    titles: [
      'Talentbüro für zweisprachige Auszubildende',
      'Mehrsprachige Azubis finden: Vermittlung für Betriebe',
      'Sprachtalente für das Handwerk in {city}',
    ],
    summaries: [
      'Betriebe, die zweisprachige Auszubildende suchen, bekommen passende Vorschläge aus Schulen und Jugendberufshilfe der ganzen Region.',
      'Das Talentbüro bringt mehrsprachige Jugendliche und Betriebe mit mehrsprachiger Kundschaft zusammen – auch über Stadtgrenzen hinweg.',
    ],
    intros: [
      'Ein Pflegedienst mit türkischsprachigen Kundinnen, ein Autohaus mit arabischsprachiger Kundschaft, ein Logistiker mit Partnern in Polen: Viele Betriebe brauchen Sprachen, die junge Menschen in der Region schon sprechen.',
      'Das Talentbüro arbeitet über Stadtgrenzen hinweg, damit Talente in der Region bleiben und Betriebe nicht leer ausgehen.',
    ],
    contents: [
      'Anforderungsprofil mit Sprachen und Stärken',
      'Vorschläge passender Jugendlicher',
      'Kennenlernen im Betrieb',
      'Begleitung in den ersten Monaten',
    ],
  },
];

/** How the offer runs, by format. Slots: {sessions}, {hours}, {groupSize}, {weekday}, {place}, {city}, {weeks}. */
export const SCHEDULE_PARAGRAPHS: Readonly<Record<'in_person' | 'online' | 'hybrid', readonly string[]>> = {
  in_person: [
    'Das Angebot umfasst {sessions} Termine zu je {hours} Stunden, jeweils {weekday}, in {place}. Eine Gruppe hat höchstens {groupSize} Teilnehmende.',
    'Wir treffen uns über {weeks} Wochen einmal wöchentlich {weekday} in {place}. Die Räume sind mit Bus und Bahn gut erreichbar.',
    'Die Termine finden als Kompaktkurs an {sessions} Tagen statt, in kleinen Gruppen von bis zu {groupSize} Personen in {place}.',
  ],
  online: [
    'Das Angebot findet online statt: {sessions} Termine zu je {hours} Stunden, jeweils {weekday} am Abend. Sie brauchen nur ein Smartphone oder einen Rechner mit Internetzugang.',
    'Alle Termine laufen per Videokonferenz. Über {weeks} Wochen gibt es einen festen Termin {weekday}; die Unterlagen stehen danach zum Nachlesen bereit.',
  ],
  hybrid: [
    'Das Angebot ist hybrid: Der Auftakt findet in {place} statt, die weiteren {sessions} Termine wahlweise vor Ort oder online.',
    'Wir kombinieren Treffen in {place} mit Online-Terminen {weekday} am Abend, damit die Teilnahme auch neben Arbeit, Schule oder Familie gelingt.',
  ],
};

/** Closing paragraph about registration and languages. Slots: {languages}, {provider}, {city}. */
export const CLOSING_PARAGRAPHS: readonly string[] = [
  'Das Angebot ist in {languages} möglich. Melden Sie sich per E-Mail an; wir antworten innerhalb von drei Werktagen.',
  'Sprachen: {languages}. Eine kurze Nachricht an {provider} genügt, um einen Platz zu reservieren oder Fragen zu klären.',
  'Wir beraten und schulen in {languages}. Die Anmeldung ist jederzeit möglich, neue Gruppen starten regelmäßig.',
  'Sie können in {languages} teilnehmen. Wenn Sie unsicher sind, ob das Angebot passt, rufen Sie uns an oder schreiben Sie uns – wir finden gemeinsam den richtigen Weg.',
];

export const FEE_SENTENCES: readonly string[] = [
  'Die Teilnahme kostet für Betriebe mit bis zu 49 Beschäftigten einen ermäßigten Beitrag; Einzelheiten nennen wir auf Anfrage.',
  'Für die Teilnahme erheben wir einen Kostenbeitrag, der je nach Betriebsgröße gestaffelt ist.',
  'Die Teilnahme ist kostenpflichtig; für Auszubildende und Schulen gibt es freie Plätze.',
];

export const FREE_SENTENCES: readonly string[] = [
  'Die Teilnahme ist kostenfrei.',
  'Das Angebot ist kostenlos, weil es aus Mitteln der Stadt und der Kooperation finanziert wird.',
  'Für die Teilnehmenden entstehen keine Kosten.',
];

export const ACCESSIBILITY_NOTES: readonly string[] = [
  'Die Räume sind stufenlos erreichbar, eine barrierefreie Toilette ist vorhanden.',
  'Stufenloser Zugang über den Seiteneingang; Unterlagen gibt es auf Wunsch in Leichter Sprache.',
  'Gebärdensprachdolmetschung auf Anfrage mit zwei Wochen Vorlauf.',
  'Online-Termine mit Live-Untertiteln; Unterlagen als barrierefreie PDF-Dateien.',
  'Der Veranstaltungsort hat einen Aufzug; eine Induktionsschleife ist vorhanden.',
];

export const WEEKDAYS: readonly string[] = ['montags', 'dienstags', 'mittwochs', 'donnerstags', 'freitags', 'samstags'];
