import type { FieldOfAction, TargetGroup } from '../../../modules/catalogue/taxonomy.js';

/**
 * Funding programmes. Every name and funder is invented and marked "(Demo)", so no amount here
 * can be mistaken for a real programme's conditions.
 */
export interface FundingProgramme {
  name: string;
  funder: string;
  purpose: string;
  summary: string;
  eligibility: string;
  amount: readonly [number, number];
  fields: readonly FieldOfAction[];
  targets: readonly TargetGroup[];
}

export const FUNDING_PROGRAMMES: readonly FundingProgramme[] = [
  {
    name: 'Ruhr-Talente-Fonds (Demo)',
    funder: 'Stiftung Revierzukunft (Demo)',
    purpose: 'Projekte, die mehrsprachige Jugendliche in Ausbildung bringen und dort halten.',
    summary:
      'Zuschüsse für Projekte, die junge Talente mit Zuwanderungsgeschichte auf dem Weg in die Ausbildung begleiten.',
    eligibility: 'Gemeinnützige Träger, Schulen und Kommunen aus den sieben Städten der Kooperation.',
    amount: [5000, 40000],
    fields: ['apprenticeship_support', 'education'],
    targets: ['young_people', 'schools'],
  },
  {
    name: 'Programm Brückenbauer Ausbildung (Demo)',
    funder: 'Regionalverband Vielfalt (Demo)',
    purpose: 'Verbünde aus Schulen, Betrieben und Trägern, die Übergänge von der Schule in den Beruf gestalten.',
    summary: 'Förderung für Verbünde, die Schule und Betrieb dauerhaft miteinander verbinden.',
    eligibility: 'Verbünde aus mindestens einer Schule, einem Betrieb und einem gemeinnützigen Träger.',
    amount: [10000, 60000],
    fields: ['education', 'networking'],
    targets: ['schools', 'smes'],
  },
  {
    name: 'Erstausbildung im Kleinbetrieb (Demo)',
    funder: 'Wirtschaftsstiftung Emscherland (Demo)',
    purpose: 'Kleine Betriebe, die zum ersten Mal ausbilden, insbesondere Unternehmen von Zugewanderten.',
    summary: 'Ein Zuschuss für Betriebe, die erstmals einen Ausbildungsplatz schaffen.',
    eligibility:
      'Betriebe mit bis zu 49 Beschäftigten und Sitz in einer der sieben Städte, die in den letzten fünf Jahren nicht ausgebildet haben.',
    amount: [1500, 6000],
    fields: ['apprenticeship_places'],
    targets: ['smes'],
  },
  {
    name: 'Vielfaltsberatung für KMU (Demo)',
    funder: 'Kooperationsfonds Integration.Interkommunal (Demo)',
    purpose:
      'Externe Beratung kleiner und mittlerer Unternehmen zu Vielfalt, kultursensibler Personalauswahl und Ausbildung.',
    summary: 'Übernimmt einen Großteil der Kosten einer Beratung zu Vielfalt und Personalgewinnung.',
    eligibility:
      'Kleine und mittlere Unternehmen aus der Region; die Beratung muss von einem im Katalog eingetragenen Anbieter stammen.',
    amount: [800, 4000],
    fields: ['advice_companies'],
    targets: ['smes'],
  },
  {
    name: 'Innovationsfonds Vielfalt Ruhr (Demo)',
    funder: 'Stiftung Revierzukunft (Demo)',
    purpose:
      'Neue Ideen gegen Ausbildungsabbrüche und für faire Personalauswahl, die in mehreren Städten erprobt werden.',
    summary: 'Anschubfinanzierung für neue Ansätze, die von Anfang an in mindestens zwei Städten starten.',
    eligibility:
      'Gemeinnützige Träger und Kommunen; Projekte mit Partnern aus mindestens zwei Städten der Kooperation.',
    amount: [20000, 120000],
    fields: ['networking', 'apprenticeship_support'],
    targets: ['young_people', 'municipalities'],
  },
  {
    name: 'Mentoring-Mikrofonds (Demo)',
    funder: 'Bürgerstiftung Halde und Hafen (Demo)',
    purpose: 'Ehrenamtliche Ausbildungspatenschaften: Schulungen, Fahrtkosten und gemeinsame Treffen.',
    summary: 'Kleine Beträge, schnell bewilligt: für Patenschaftsprojekte, die Auszubildende begleiten.',
    eligibility: 'Vereine und Initiativen mit ehrenamtlichen Patinnen und Paten.',
    amount: [500, 3000],
    fields: ['apprenticeship_support'],
    targets: ['young_people'],
  },
  {
    name: 'Elternstark – Fonds für mehrsprachige Elternarbeit (Demo)',
    funder: 'Stiftung Familienbrücke (Demo)',
    purpose: 'Mehrsprachige Elternarbeit zur Berufsorientierung an Schulen und in Stadtteilen.',
    summary: 'Förderung für Elterncafés, Lotsenprojekte und Dolmetschkosten rund um die Berufswahl.',
    eligibility: 'Schulen, Elternvereine und gemeinnützige Träger.',
    amount: [1000, 12000],
    fields: ['education'],
    targets: ['parents', 'schools'],
  },
  {
    name: 'Interkulturelle Öffnung kommunal (Demo)',
    funder: 'Kooperationsfonds Integration.Interkommunal (Demo)',
    purpose:
      'Vorhaben der Städte zur interkulturellen Öffnung ihrer Verwaltung, zum Beispiel Schulungen oder anonymisierte Verfahren.',
    summary: 'Mittel für Städte, die Personalgewinnung und Bürgerdienste interkulturell öffnen.',
    eligibility: 'Die sieben Städte der Kooperation und ihre Eigenbetriebe.',
    amount: [15000, 80000],
    fields: ['advice_municipalities', 'qualification'],
    targets: ['municipalities'],
  },
  {
    name: 'Kampagnenfonds Potenziale zeigen (Demo)',
    funder: 'Regionalverband Vielfalt (Demo)',
    purpose: 'Kampagnen und Öffentlichkeitsarbeit, die Talente und Erfolge sichtbar machen statt Defizite.',
    summary: 'Zuschüsse für Kampagnen, Porträts und Medienprojekte mit Auszubildenden und Betrieben.',
    eligibility: 'Träger, Schulen, Kommunen und Unternehmensverbände.',
    amount: [2000, 25000],
    fields: ['communication'],
    targets: ['smes', 'municipalities', 'young_people'],
  },
  {
    name: 'Qualifizierung Ausbildende (Demo)',
    funder: 'Wirtschaftsstiftung Emscherland (Demo)',
    purpose:
      'Weiterbildung von Ausbilderinnen und Ausbildern zu interkultureller Kompetenz und Ausbildung in vielfältigen Teams.',
    summary: 'Übernimmt Seminarkosten für Ausbildende kleiner und mittlerer Betriebe.',
    eligibility: 'Betriebe mit Ausbildungsberechtigung und bis zu 249 Beschäftigten.',
    amount: [300, 2500],
    fields: ['qualification'],
    targets: ['trainers', 'smes'],
  },
  {
    name: 'Zweite Chance Ruhr (Demo)',
    funder: 'Stiftung Neustart Revier (Demo)',
    purpose: 'Nachqualifizierung junger Erwachsener ohne Berufsabschluss bis zur Externenprüfung.',
    summary: 'Förderung für Träger, die junge Erwachsene zum nachgeholten Berufsabschluss begleiten.',
    eligibility: 'Bildungsträger mit Erfahrung in der Nachqualifizierung.',
    amount: [10000, 50000],
    fields: ['apprenticeship_support', 'qualification'],
    targets: ['young_people'],
  },
  {
    name: 'Schule der Vielfalt – Entwicklungsbudget (Demo)',
    funder: 'Bildungsstiftung Förderturm (Demo)',
    purpose: 'Schulentwicklung auf dem Weg zum Qualitätsstandard Vielfalt.',
    summary: 'Ein Budget für Schulen, die sich mit der Vielfalts-Checkliste weiterentwickeln.',
    eligibility: 'Allgemeinbildende Schulen und Berufskollegs in den sieben Städten.',
    amount: [2000, 15000],
    fields: ['education', 'monitoring'],
    targets: ['schools'],
  },
  {
    name: 'Gründen und Ausbilden (Demo)',
    funder: 'Wirtschaftsstiftung Emscherland (Demo)',
    purpose:
      'Gründerinnen und Gründer mit Zuwanderungsgeschichte, die in den ersten drei Jahren einen Ausbildungsplatz schaffen.',
    summary: 'Zuschuss und Beratung für junge Unternehmen, die früh ausbilden wollen.',
    eligibility: 'Unternehmen, die vor höchstens drei Jahren gegründet wurden.',
    amount: [2000, 8000],
    fields: ['apprenticeship_places', 'advice_companies'],
    targets: ['smes'],
  },
  {
    name: 'Wirkung messen (Demo)',
    funder: 'Stiftung Revierzukunft (Demo)',
    purpose: 'Auswertung und Monitoring bestehender Projekte, damit erfolgreiche Ansätze übertragen werden können.',
    summary: 'Finanziert Auswertungen, die zeigen, ob und wie ein Projekt wirkt.',
    eligibility: 'Projekte, die seit mindestens einem Jahr laufen.',
    amount: [3000, 20000],
    fields: ['monitoring'],
    targets: ['municipalities', 'schools'],
  },
  {
    name: 'Vom Piloten in die Fläche (Demo)',
    funder: 'Kooperationsfonds Integration.Interkommunal (Demo)',
    purpose: 'Übertragung erfolgreicher Pilotprojekte in weitere Städte der Kooperation.',
    summary: 'Förderung für Städte und Träger, die ein bewährtes Projekt aus einer Nachbarstadt übernehmen.',
    eligibility: 'Kommunen und Träger, die ein im Katalog dokumentiertes Projekt mit messbaren Ergebnissen übernehmen.',
    amount: [10000, 70000],
    fields: ['networking', 'monitoring'],
    targets: ['municipalities'],
  },
  {
    name: 'Sprachbrücke Beruf (Demo)',
    funder: 'Bürgerstiftung Halde und Hafen (Demo)',
    purpose: 'Berufsbezogene Sprachförderung für Auszubildende neben der Ausbildung.',
    summary: 'Zuschüsse für Fachsprachkurse und Lerngruppen in der Ausbildung.',
    eligibility: 'Bildungsträger, Berufskollegs und Ausbildungsverbünde.',
    amount: [2500, 18000],
    fields: ['qualification', 'apprenticeship_support'],
    targets: ['young_people', 'trainers'],
  },
  {
    name: 'Netzwerkpauschale Anbieterkreis (Demo)',
    funder: 'Regionalverband Vielfalt (Demo)',
    purpose: 'Treffen, Qualitätszirkel und gemeinsame Angebote von Beratungs- und Bildungsträgern.',
    summary: 'Eine jährliche Pauschale für Netzwerke von Anbietern, die ihre Angebote abstimmen.',
    eligibility: 'Netzwerke aus mindestens drei Trägern aus zwei Städten.',
    amount: [1000, 5000],
    fields: ['networking'],
    targets: ['trainers', 'municipalities'],
  },
  {
    name: 'Praktikum plus (Demo)',
    funder: 'Bildungsstiftung Förderturm (Demo)',
    purpose:
      'Fahrtkosten, Arbeitskleidung und Begleitung für Schülerpraktika in Betrieben außerhalb des eigenen Stadtteils.',
    summary: 'Kleine Zuschüsse, damit Praktika nicht an Fahrtkosten oder Ausstattung scheitern.',
    eligibility: 'Schulen, die Praktika für ihre Schülerinnen und Schüler organisieren.',
    amount: [200, 2000],
    fields: ['education'],
    targets: ['schools', 'young_people'],
  },
  {
    name: 'Mädchen in Technik (Demo)',
    funder: 'Stiftung Funkenflug (Demo)',
    purpose: 'Projekte, die Mädchen und junge Frauen für technische Ausbildungen gewinnen.',
    summary: 'Förderung für Werkstatttage, Vorbildprogramme und Elternarbeit rund um technische Berufe.',
    eligibility: 'Schulen, Träger und Betriebe in Kooperation.',
    amount: [3000, 30000],
    fields: ['education', 'apprenticeship_places'],
    targets: ['young_people', 'schools'],
  },
  {
    name: 'Willkommen im Team (Demo)',
    funder: 'Stiftung Familienbrücke (Demo)',
    purpose: 'Einarbeitung und Begleitung neu zugewanderter Beschäftigter und Auszubildender in kleinen Betrieben.',
    summary: 'Zuschüsse für Einarbeitungspläne, Sprachbegleitung und Patenschaften im Betrieb.',
    eligibility: 'Betriebe mit bis zu 99 Beschäftigten.',
    amount: [1000, 7500],
    fields: ['advice_companies', 'apprenticeship_support'],
    targets: ['smes'],
  },
];

/** How to apply when there are fixed deadlines. */
export const FUNDING_PROCEDURES: readonly string[] = [
  'Anträge werden online gestellt. Nach einer kurzen Projektskizze folgt ein Beratungsgespräch, danach der vollständige Antrag.',
  'Die Antragstellung ist zweistufig: Zuerst reichen Sie eine Ideenskizze von höchstens zwei Seiten ein, ausgewählte Vorhaben werden zum Vollantrag eingeladen.',
  'Vor der Antragstellung empfehlen wir ein Beratungsgespräch, in dem wir gemeinsam prüfen, ob das Vorhaben zum Programm passt.',
];

/** How to apply when applications are possible at any time. */
export const ROLLING_PROCEDURES: readonly string[] = [
  'Anträge können laufend gestellt werden; über kleine Beträge entscheidet die Geschäftsstelle innerhalb von vier Wochen.',
  'Es gibt keine feste Frist: Anträge werden in der Reihenfolge ihres Eingangs bearbeitet, solange Mittel vorhanden sind.',
];

/** The opening sentence. Slot: {funder}. */
export const FUNDING_INTROS: readonly string[] = [
  '{funder} unterstützt mit diesem Programm Vorhaben in den sieben Städten der Kooperation Integration.Interkommunal.',
  'Mit diesem Programm fördert {funder} Vorhaben, die Talente in der Region sichtbar machen und halten.',
  'Das Programm von {funder} richtet sich an Vorhaben mit klaren Zielen und messbaren Ergebnissen.',
];

export const FUNDING_CONDITIONS: readonly string[] = [
  'Ein Eigenanteil von zehn Prozent ist erwünscht, kann aber auch durch ehrenamtliche Arbeit erbracht werden.',
  'Gefördert werden Personal- und Sachkosten; Investitionen nur, wenn sie für das Vorhaben unverzichtbar sind.',
  'Geförderte Vorhaben dokumentieren ihre Ergebnisse mit wenigen, vorher vereinbarten Kennzahlen im Katalog.',
  'Eine Kombination mit anderen Förderungen ist möglich, solange dieselben Kosten nicht doppelt gefördert werden.',
];
