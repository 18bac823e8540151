import type { FieldOfAction, TargetGroup } from '../../../modules/catalogue/taxonomy.js';

/** Event formats. Slots: {city}, {place}, {organiser}. */
export interface EventFormat {
  fields: readonly FieldOfAction[];
  targets: readonly TargetGroup[];
  titles: readonly string[];
  summaries: readonly string[];
  programme: readonly string[];
  /** Typical capacity range; some events are kept deliberately small. */
  capacity: readonly [number, number];
  hours: readonly [number, number];
}

export const EVENT_FORMATS: readonly EventFormat[] = [
  {
    fields: ['networking', 'apprenticeship_places'],
    targets: ['young_people', 'smes'],
    titles: [
      'Azubi-Speed-Dating',
      'Azubi-Speed-Dating in {city}',
      'Ausbildungsbörse {city}: Betriebe treffen Talente',
      'Last-Minute-Börse für Ausbildungsplätze',
    ],
    summaries: [
      'Jugendliche und Betriebe lernen sich in kurzen Gesprächen kennen – Stärken und Sprachen zählen mehr als Noten.',
      'Betriebe aus {city} und den Nachbarstädten stellen freie Ausbildungsplätze vor. Gespräche sind direkt vor Ort möglich.',
    ],
    programme: [
      'Ankommen und Steckbrief ausfüllen',
      'Kurzgespräche mit Betrieben',
      'Beratung zu Bewerbungsunterlagen',
      'Vereinbarung von Praktika und Probearbeit',
    ],
    capacity: [40, 120],
    hours: [3, 4],
  },
  {
    fields: ['qualification'],
    targets: ['trainers', 'smes'],
    titles: [
      'Fachtag Ausbilden in vielfältigen Teams',
      'Werkstattgespräch: Feedback in der Ausbildung',
      'Online-Impuls: Interkulturelle Kompetenz für Ausbildende',
    ],
    summaries: [
      'Ausbildende aus Handwerk, Industrie und Pflege tauschen Erfahrungen aus und nehmen Werkzeuge für den Alltag mit.',
      'Ein kurzer Impuls und viel Zeit für Fragen: wie Ausbildung in vielfältigen Teams gelingt.',
    ],
    programme: [
      'Impulsvortrag',
      'Fallbeispiele aus den Betrieben der Teilnehmenden',
      'Arbeitsgruppen',
      'Vernetzung beim Imbiss',
    ],
    capacity: [15, 60],
    hours: [2, 6],
  },
  {
    fields: ['education'],
    targets: ['parents'],
    titles: [
      'Elterncafé: Wege in die Ausbildung',
      'Mehrsprachiger Informationsabend für Familien in {place}',
      'Elternabend Berufswahl',
    ],
    summaries: [
      'Eltern erfahren in ihrer Sprache, wie Ausbildung in Deutschland funktioniert, und sprechen mit Auszubildenden aus der Nachbarschaft.',
      'Ein entspannter Abend mit Tee, Gebäck und Antworten auf die Fragen der Familien rund um die Berufswahl.',
    ],
    programme: [
      'Begrüßung in mehreren Sprachen',
      'Kurzvorstellung der dualen Ausbildung',
      'Gespräch mit Auszubildenden',
      'Fragen an Lehrkräfte und Betriebe',
    ],
    capacity: [8, 40],
    hours: [2, 2],
  },
  {
    fields: ['networking'],
    targets: ['municipalities', 'trainers'],
    titles: [
      'Anbieterkreis Vielfalt im Betrieb',
      'Qualitätszirkel der Beratungsanbieter',
      'Netzwerktreffen Übergang Schule–Beruf {city}',
    ],
    summaries: [
      'Anbieter aus der Region stimmen ihre Angebote ab, damit sich Projekte ergänzen statt doppeln.',
      'Das Netzwerktreffen bringt Träger, Schulen und Verwaltung zusammen und stellt neue Angebote im Katalog vor.',
    ],
    programme: [
      'Neuigkeiten aus den Städten',
      'Vorstellung neuer Angebote und Projekte',
      'Abgleich ähnlicher Projekte',
      'Verabredungen für gemeinsame Vorhaben',
    ],
    capacity: [12, 35],
    hours: [2, 3],
  },
  {
    fields: ['communication'],
    targets: ['smes', 'young_people', 'municipalities'],
    titles: [
      'Preisverleihung „Vielfalt gewinnt“',
      'Talente im Revier: Abend der guten Beispiele',
      'Kampagnenstart „Potenziale zeigen“ in {city}',
    ],
    summaries: [
      'Betriebe, Schulen und Auszubildende zeigen, was gelingt – ein Abend für Geschichten, die Mut machen.',
      'Wir stellen die neuen Porträts der Kampagne vor und feiern die Menschen, die darin zu sehen sind.',
    ],
    programme: ['Begrüßung', 'Porträts und Kurzfilme', 'Gespräch mit Preisträgerinnen und Preisträgern', 'Empfang'],
    capacity: [60, 200],
    hours: [2, 3],
  },
  {
    fields: ['advice_companies', 'apprenticeship_places'],
    targets: ['smes'],
    titles: [
      'Sprechstunde: Zum ersten Mal ausbilden',
      'Infoabend für Unternehmerinnen und Unternehmer: Ausbildung im eigenen Betrieb',
      'Frühstück für Gründerinnen und Gründer: Ausbilden lohnt sich',
    ],
    summaries: [
      'In kleiner Runde klären Inhaberinnen und Inhaber ihre Fragen zu Ausbildereignung, Vertrag und Fördermitteln.',
      'Ein Frühstück mit kurzen Beiträgen von Betrieben, die vor Kurzem erstmals ausgebildet haben.',
    ],
    programme: ['Kurzinformation zum Weg in die Ausbildung', 'Erfahrungsbericht eines Betriebs', 'Einzelgespräche'],
    capacity: [3, 12],
    hours: [1, 2],
  },
  {
    fields: ['apprenticeship_support'],
    targets: ['young_people'],
    titles: [
      'Workshop Bewerbungsfotos und Lebenslauf',
      'Prüfungsfit: Lerntag für Auszubildende',
      'Bewerbungsmappen-Check',
    ],
    summaries: [
      'Jugendliche bringen ihre Unterlagen mit und bekommen direkt Rückmeldung von Ausbildenden.',
      'Ein Lerntag vor den Abschlussprüfungen mit Übungsaufgaben und Tipps gegen Prüfungsangst.',
    ],
    programme: ['Kurze Einführung', 'Arbeit an den eigenen Unterlagen', 'Rückmeldung in Einzelgesprächen'],
    capacity: [4, 20],
    hours: [3, 5],
  },
];
